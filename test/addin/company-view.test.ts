import assert from 'node:assert/strict';
import { alreadyLoggedOf, companyLink, decideView, paneFlags } from '../../addin/src/company-view.js';
import { alreadyLoggedText, namesList } from '../../addin/src/pane-wording.js';
import { companyFlagNotices } from '../../web-shared/company-flag-notices.js';
import { buildCompanySummary, buildContext, buildMatch, buildPreview, buildServiceContext } from './pane-factories.js';

describe('add-in company view (company-view)', () => {
  describe('deciding what to show for a context answer', () => {
    it('when exactly one company matches, then it is shown', () => {
      const match = buildMatch();
      assert.deepEqual(decideView(buildContext({ matches: [match] }), null), { kind: 'matched', match });
    });

    it('when several companies match, then they are offered as choices in ranked order (never a guess)', () => {
      const matches = [buildMatch({ score: 0.9 }), buildMatch({ score: 0.5 })];
      assert.deepEqual(decideView(buildContext({ matches }), null), { kind: 'choices', matches });
    });

    it('when nothing matches, then a search box is shown', () => {
      assert.deepEqual(decideView(buildContext(), null), { kind: 'search' });
    });

    it('when the item is already logged to one of several matches, then that company is shown', () => {
      const [a, b] = [buildMatch(), buildMatch()];
      const alreadyLogged = {
        interactionId: 'i1',
        companyId: b.company.id,
        loggedBy: [{ id: 's1', name: 'Camilla Bøgh' }],
      };
      assert.deepEqual(decideView(buildContext({ matches: [a, b] }), alreadyLogged), { kind: 'matched', match: b });
    });

    it('when the item is logged to a company the addresses no longer match, then that company is fetched', () => {
      const alreadyLogged = { interactionId: 'i1', companyId: 'c9', loggedBy: [] };
      assert.deepEqual(decideView(buildContext({ matches: [buildMatch()] }), alreadyLogged), {
        kind: 'logged-company',
        companyId: 'c9',
      });
    });

    it('when a meeting is already logged, then the preview (iCalUId) tells, since the context look-up cannot', () => {
      const logged = { interactionId: 'i1', companyId: 'c1', loggedBy: [{ id: 's1', name: 'Mette Hansen' }] };
      assert.equal(alreadyLoggedOf(buildContext(), buildPreview({ kind: 'meeting', alreadyLogged: logged })), logged);
      assert.equal(alreadyLoggedOf(buildContext({ alreadyLogged: logged }), null), logged);
      assert.equal(alreadyLoggedOf(buildContext(), null), null);
    });

    it('when loggers are listed, then they read as "A, B og C" and a missing name as "en kollega"', () => {
      assert.equal(namesList(['Mette Hansen'], 'da'), 'Mette Hansen');
      assert.equal(namesList(['Mette Hansen', 'Camilla Bøgh'], 'da'), 'Mette Hansen og Camilla Bøgh');
      assert.equal(namesList(['A', 'B', null], 'da'), 'A, B og en kollega');
      assert.equal(namesList(['A', 'B'], 'en'), 'A and B');
      assert.equal(alreadyLoggedText([{ name: 'Mette Hansen' }], 'da'), 'Allerede logget af Mette Hansen');
      assert.equal(alreadyLoggedText([{ name: 'Mette Hansen' }], 'en'), 'Already logged by Mette Hansen');
    });

    it('when the company link is built, then it points at the tab route for the company', () => {
      assert.equal(
        companyLink('0b1c6f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
        '/tab/#/companies/0b1c6f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      );
      assert.equal(companyLink('a/b'), '/tab/#/companies/a%2Fb');
    });
  });

  describe('the flags at the top of the company card', () => {
    it('when an email comes from a company the CVR register says is under bankruptcy, then the pane flags it first', () => {
      const company = buildCompanySummary({ registerStatus: 'UNDER KONKURS', blockade: true });
      const context = buildServiceContext({
        flags: { blockade: true, doNotContact: false, registerStatus: 'UNDER KONKURS' },
      });
      const notices = companyFlagNotices(paneFlags(company, context), 'da');
      assert.deepEqual(
        notices.map((n) => [n.testId, n.title, n.text]),
        [
          ['flag-register-status', 'Under konkurs', 'CVR-registret: virksomheden er under konkurs'],
          ['flag-blockade', 'Blokade/konflikt', notices[1]?.text],
        ],
      );
    });

    it('when a company picked from search is still loading its context, then its flags come from the search hit', () => {
      const company = buildCompanySummary({ registerStatus: 'OPHØRT', doNotContact: true });
      assert.deepEqual(paneFlags(company, null), { blockade: false, doNotContact: true, registerStatus: 'OPHØRT' });
    });

    it('when the context is loaded, then it wins over the older search hit (the register may have changed since)', () => {
      const company = buildCompanySummary({ registerStatus: 'NORMAL' });
      const context = buildServiceContext({
        flags: { blockade: false, doNotContact: false, registerStatus: 'OPLØST EFTER KONKURS' },
      });
      assert.equal(paneFlags(company, context).registerStatus, 'OPLØST EFTER KONKURS');
      assert.equal(companyFlagNotices(paneFlags(company, context), 'en')[0]?.title, 'Dissolved');
    });
  });
});
