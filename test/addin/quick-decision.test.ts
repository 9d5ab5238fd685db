import assert from 'node:assert/strict';
import { decideQuickAction, quickActionMessage } from '../../addin/src/quick-decision.js';
import { buildCompanySummary, buildContext, buildLogResult, buildMatch } from './pane-factories.js';

describe('add-in quick decision (quick-decision)', () => {
  describe('the quick action', () => {
    it('when exactly one company matches, then it logs there', () => {
      const match = buildMatch();
      assert.deepEqual(decideQuickAction(buildContext({ matches: [match] })), {
        kind: 'log',
        companyId: match.company.id,
        company: match.company,
      });
    });

    it('when several or no companies match, then it opens the pane', () => {
      assert.deepEqual(decideQuickAction(buildContext({ matches: [buildMatch(), buildMatch()] })), {
        kind: 'open-pane',
      });
      assert.deepEqual(decideQuickAction(buildContext()), { kind: 'open-pane' });
    });

    it('when the email is already filed under a company, then it logs there even if several match', () => {
      const [a, b] = [buildMatch(), buildMatch()];
      const context = buildContext({
        matches: [a, b],
        alreadyLogged: { interactionId: 'i', companyId: b.company.id, loggedBy: [] },
      });
      assert.deepEqual(decideQuickAction(context), { kind: 'log', companyId: b.company.id, company: b.company });
    });

    it('when it logged, then the notification names the company and its flags; when logged before, who did', () => {
      const company = buildCompanySummary({ name: 'Østergaard Byg A/S' });
      assert.equal(quickActionMessage(buildLogResult(), company, 'da'), 'Logget til Kontaktspor: Østergaard Byg A/S');
      assert.equal(
        quickActionMessage(buildLogResult(), { ...company, blockade: true }, 'da'),
        'Logget til Kontaktspor: Østergaard Byg A/S – bemærk: blokade',
      );
      assert.equal(
        quickActionMessage(
          buildLogResult({ status: 'already_logged', loggedBy: [{ id: 'x', name: 'Camilla Bøgh' }] }),
          company,
          'da',
        ),
        'Allerede logget af Camilla Bøgh',
      );
    });

    it('when the ribbon logs to a company the CVR register says is bankrupt, then the notification says so before the blockade', () => {
      const company = buildCompanySummary({ name: 'Rosen Byg ApS', registerStatus: 'UNDER KONKURS', blockade: true });
      assert.equal(
        quickActionMessage(buildLogResult(), company, 'da'),
        'Logget til Kontaktspor: Rosen Byg ApS – bemærk: under konkurs, blokade',
      );
      assert.equal(
        quickActionMessage(buildLogResult(), { ...company, registerStatus: 'OPHØRT', blockade: false }, 'en'),
        'Logged to Kontaktspor: Rosen Byg ApS – note: ceased',
      );
    });

    it("when the register uses a status Kontaktspor does not know, then the note keeps the register's words", () => {
      const company = buildCompanySummary({ name: 'Rosen Byg ApS', registerStatus: 'UNDER TVANGSAUKTION' });
      assert.equal(
        quickActionMessage(buildLogResult(), company, 'da'),
        'Logget til Kontaktspor: Rosen Byg ApS – bemærk: UNDER TVANGSAUKTION',
      );
    });
  });
});
