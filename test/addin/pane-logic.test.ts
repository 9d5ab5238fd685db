import assert from 'node:assert/strict';
import {
  EMPTY_VACANCY,
  addressesToRemember,
  alreadyLoggedOf,
  alreadyLoggedText,
  chooseAddresses,
  collisionText,
  companyLink,
  contactMeta,
  decideQuickAction,
  decideView,
  draftFromText,
  errorMessage,
  initialVisibility,
  isDarkBackground,
  logResultText,
  namesList,
  quickActionMessage,
  toPaneFailure,
  validateLogForm,
  visibilityHint,
  type LogFormValues,
} from '../../addin/src/pane-logic.js';
import { formatDate, relativeTime, topicLabel } from '../../web-shared/format.js';
import { HostError } from '../../addin/src/office-host.js';
import {
  TOPICS,
  buildColleagueContact,
  buildCompanySummary,
  buildContext,
  buildLastContact,
  buildLogResult,
  buildMatch,
  buildPreview,
  buildReadEmail,
} from './pane-factories.js';

const NOW = new Date(2026, 2, 12, 14, 0); // 12 March 2026, 14:00 local time
const daysBefore = (days: number, hour = 10) => new Date(2026, 2, 12 - days, hour, 0).toISOString();

describe('add-in pane logic', () => {
  describe('start-up', () => {
    it('when the Office theme body is dark, then the dark theme is chosen', () => {
      assert.equal(isDarkBackground('#1f1f1f'), true);
      assert.equal(isDarkBackground('#292929'), true);
      assert.equal(isDarkBackground('#000'), true);
      assert.equal(isDarkBackground('#ffffff'), false);
      assert.equal(isDarkBackground('#F3F2F1'), false);
      assert.equal(isDarkBackground(null), false);
      assert.equal(isDarkBackground('not a colour'), false);
    });
  });

  describe('choosing addresses from an item', () => {
    it('when an email is read, then only its sender is looked up, lower-cased', () => {
      assert.deepEqual(chooseAddresses(buildReadEmail(), 'mette.hansen@roskilde.dk'), ['kontakt@oestergaard-byg.dk']);
    });

    it('when I read an email I sent, then its recipients are looked up instead of me', () => {
      const item = buildReadEmail({
        from: { email: 'Mette.Hansen@roskilde.dk', name: 'Mette Hansen' },
        recipients: [
          { email: 'per@oestergaard-byg.dk', name: 'Per' },
          { email: 'lis@hansen-vvs.dk', name: 'Lis' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), ['per@oestergaard-byg.dk', 'lis@hansen-vvs.dk']);
    });

    it('when an email is composed, then its recipients are looked up, deduplicated', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        internetMessageId: null,
        recipients: [
          { email: 'per@oestergaard-byg.dk', name: 'Per' },
          { email: 'PER@oestergaard-byg.dk', name: 'Per' },
          { email: 'kollega@roskilde.dk', name: 'Kollega' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), ['per@oestergaard-byg.dk', 'kollega@roskilde.dk']);
    });

    it('when a meeting is open, then the organizer and attendees are looked up, without me', () => {
      const item = buildReadEmail({
        kind: 'meeting',
        from: null,
        recipients: [],
        internetMessageId: null,
        organizer: { email: 'per@oestergaard-byg.dk', name: 'Per' },
        attendees: [
          { email: 'mette.hansen@roskilde.dk', name: 'Mette' },
          { email: 'lis@oestergaard-byg.dk', name: 'Lis' },
        ],
      });
      assert.deepEqual(chooseAddresses(item, 'mette.hansen@roskilde.dk'), ['per@oestergaard-byg.dk', 'lis@oestergaard-byg.dk']);
    });

    it('when a meeting has more than 50 attendees, then 50 are looked up (the service limit)', () => {
      const attendees = Array.from({ length: 70 }, (_, i) => ({ email: `p${i}@firma.dk`, name: null }));
      const item = buildReadEmail({ kind: 'meeting', from: null, organizer: null, attendees });
      assert.equal(chooseAddresses(item, null).length, 50);
    });
  });

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
      const alreadyLogged = { interactionId: 'i1', companyId: b.company.id, loggedBy: [{ id: 's1', name: 'Camilla Bøgh' }] };
      assert.deepEqual(decideView(buildContext({ matches: [a, b] }), alreadyLogged), { kind: 'matched', match: b });
    });

    it('when the item is logged to a company the addresses no longer match, then that company is fetched', () => {
      const alreadyLogged = { interactionId: 'i1', companyId: 'c9', loggedBy: [] };
      assert.deepEqual(decideView(buildContext({ matches: [buildMatch()] }), alreadyLogged), { kind: 'logged-company', companyId: 'c9' });
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
  });

  describe('remembering a choice', () => {
    it('when I pick a company for an unmatched gmail sender, then that sender is remembered as its contact', () => {
      const item = buildReadEmail({ from: { email: 'per.hansen@gmail.com', name: 'Per Hansen' } });
      const context = buildContext({ ignored: [{ email: 'per.hansen@gmail.com', reason: 'freemail' }] });
      assert.deepEqual(addressesToRemember(item, context, 'mette.hansen@roskilde.dk', 'c1'), [
        { email: 'per.hansen@gmail.com', name: 'Per Hansen' },
      ]);
    });

    it('when a compose has several outside recipients, then nothing is remembered (which one would it be?)', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        recipients: [
          { email: 'per@a.dk', name: null },
          { email: 'lis@b.dk', name: null },
        ],
      });
      assert.deepEqual(addressesToRemember(item, buildContext(), null, 'c1'), []);
    });

    it('when the other addresses are our own, then the one outside address is remembered', () => {
      const item = buildReadEmail({
        mode: 'compose',
        from: null,
        recipients: [
          { email: 'kollega@roskilde.dk', name: null },
          { email: 'per@a.dk', name: 'Per' },
        ],
      });
      const context = buildContext({ ignored: [{ email: 'kollega@roskilde.dk', reason: 'own' }] });
      assert.deepEqual(addressesToRemember(item, context, 'mette.hansen@roskilde.dk', 'c1'), [{ email: 'per@a.dk', name: 'Per' }]);
    });

    it('when the sender already is a known contact of the chosen company, then nothing is stored again', () => {
      const match = buildMatch({ reason: 'contact', emails: ['kontakt@oestergaard-byg.dk'] });
      assert.deepEqual(addressesToRemember(buildReadEmail(), buildContext({ matches: [match] }), null, match.company.id, match), []);
    });
  });

  describe('dates', () => {
    it('when a contact was three days ago, then it reads "for 3 dage siden" / "3 days ago"', () => {
      assert.equal(relativeTime(daysBefore(3), NOW, 'da'), 'for 3 dage siden');
      assert.equal(relativeTime(daysBefore(3), NOW, 'en'), '3 days ago');
    });

    it('when a contact was yesterday, earlier today or just now, then it says so', () => {
      assert.equal(relativeTime(daysBefore(1, 23), NOW, 'da'), 'i går');
      assert.equal(relativeTime(new Date(2026, 2, 12, 11, 0).toISOString(), NOW, 'da'), 'for 3 timer siden');
      assert.equal(relativeTime(new Date(2026, 2, 12, 13, 59).toISOString(), NOW, 'da'), 'for 1 minut siden');
      assert.equal(relativeTime(NOW.toISOString(), NOW, 'da'), 'lige nu');
      assert.equal(relativeTime(new Date(2026, 2, 12, 13, 0).toISOString(), NOW, 'en'), '1 hour ago');
    });

    it('when a contact is weeks, months or years old, then the unit grows', () => {
      assert.equal(relativeTime(daysBefore(1 * 7 + 6), NOW, 'da'), 'for 13 dage siden');
      assert.equal(relativeTime(daysBefore(14), NOW, 'da'), 'for 2 uger siden');
      assert.equal(relativeTime(daysBefore(70), NOW, 'da'), 'for 2 måneder siden');
      assert.equal(relativeTime(daysBefore(400), NOW, 'da'), 'for 1 år siden');
      assert.equal(relativeTime(daysBefore(31), NOW, 'en'), '4 weeks ago');
    });

    it('when a date is in the future or not a date, then it reads as such or as nothing', () => {
      assert.equal(relativeTime(daysBefore(-1), NOW, 'da'), 'i morgen');
      assert.equal(relativeTime(daysBefore(-5), NOW, 'da'), 'om 5 dage');
      assert.equal(relativeTime('garbage', NOW, 'da'), '');
    });

    it('when a deadline date is shown, then it is a calendar date in the UI language', () => {
      assert.equal(formatDate('2026-04-01', 'da'), '1. apr. 2026');
      assert.equal(formatDate('2026-04-01', 'en'), '1 Apr 2026');
      assert.equal(formatDate('soon', 'da'), 'soon');
    });
  });

  describe('lines', () => {
    it('when a colleague contacted the company recently, then the warning names who, where, when and what', () => {
      const entry = buildColleagueContact({ occurredAt: daysBefore(3) });
      assert.equal(collisionText(entry, TOPICS, NOW, 'da'), 'Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse');
      assert.equal(collisionText(entry, TOPICS, NOW, 'en'), 'Camilla Bøgh, Job og ydelse, 3 days ago: retention');
    });

    it('when the colleague is nameless, sectionless and gave no topic, then the warning still reads', () => {
      const entry = buildColleagueContact({ name: null, sectionName: null, topics: [], kind: 'meeting', occurredAt: daysBefore(1) });
      assert.equal(collisionText(entry, TOPICS, NOW, 'da'), 'En kollega, i går: møde');
    });

    it('when a topic is an acronym or unknown, then it keeps its case or shows its key', () => {
      const entry = buildColleagueContact({ topics: ['igu', 'loentilskud', 'retired-topic'], occurredAt: daysBefore(2) });
      assert.equal(collisionText(entry, TOPICS, NOW, 'da'), 'Camilla Bøgh, Job og ydelse, for 2 dage siden: IGU, løntilskud, retired-topic');
      assert.equal(topicLabel('loentilskud', TOPICS, 'en'), 'Wage subsidy');
    });

    it('when a last contact is listed, then it shows kind, who and when', () => {
      const contact = buildLastContact({ kind: 'email', occurredAt: daysBefore(3), loggedBy: { id: 's1', name: 'Mette Hansen' } });
      assert.equal(contactMeta(contact, NOW, 'da'), 'E-mail · Mette Hansen · for 3 dage siden');
      assert.equal(contactMeta({ ...contact, kind: 'meeting' }, NOW, 'en'), 'Meeting · Mette Hansen · 3 days ago');
    });

    it('when the company link is built, then it points at the tab route for the company', () => {
      assert.equal(companyLink('0b1c6f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'), '/tab/#/companies/0b1c6f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
      assert.equal(companyLink('a/b'), '/tab/#/companies/a%2Fb');
    });
  });

  describe('error codes', () => {
    it('when the service says the item is not in the mailbox, forbidden, throttled or unavailable, then Danish says so', () => {
      assert.match(errorMessage({ code: 'NOT_FOUND', message: '' }, 'da'), /ikke fundet i din postkasse/);
      assert.match(errorMessage({ code: 'ITEM_ID_INVALID', message: '' }, 'da'), /element-id, som Microsoft 365 ikke kender/);
      assert.match(errorMessage({ code: 'MEETING_CANCELLED', message: 'The meeting was cancelled' }, 'da'), /^Mødet er aflyst/);
      assert.match(errorMessage({ code: 'ITEM_ID_INVALID', message: '' }, 'en'), /item id that Microsoft 365 does not know/);
      assert.match(errorMessage({ code: 'FORBIDDEN', message: '' }, 'da'), /ikke adgang/);
      assert.match(errorMessage({ code: 'THROTTLED', message: '' }, 'da'), /vente et øjeblik/);
      assert.match(errorMessage({ code: 'UNAVAILABLE', message: '' }, 'da'), /svarer ikke/);
      assert.match(errorMessage({ code: 'NOT_FOUND', message: '' }, 'en'), /not found in your mailbox/);
    });

    it('when sign-in is needed or the token is refused, then the user is told to sign in again', () => {
      for (const code of ['AUTH_REQUIRED', 'UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_AUDIENCE_INVALID']) {
        assert.match(errorMessage({ code, message: '' }, 'da'), /logge ind igen/, code);
      }
    });

    it("when validation fails, then the service's reason is shown after the Danish lead", () => {
      assert.equal(
        errorMessage({ code: 'VALIDATION_FAILED', message: 'vacancy.postcode: a Danish postcode is 4 digits' }, 'da'),
        'Formularen blev afvist: vacancy.postcode: a Danish postcode is 4 digits',
      );
    });

    it('when the code is unknown or office.js failed, then the message still says something useful', () => {
      assert.equal(errorMessage({ code: 'TEAPOT', message: '' }, 'da'), 'Noget gik galt (TEAPOT).');
      assert.equal(errorMessage(toPaneFailure(new HostError('The item is not saved')), 'en'), 'Outlook could not give us the item: The item is not saved');
      assert.deepEqual(toPaneFailure({ code: 'NETWORK', message: 'fetch failed' }), { code: 'NETWORK', message: 'fetch failed' });
      assert.equal(toPaneFailure(new Error('boom')).code, 'UNEXPECTED');
    });
  });

  describe('the log form', () => {
    const values = (overrides: Partial<LogFormValues> = {}): LogFormValues => ({
      companyId: 'c1',
      topics: ['rekruttering', 'loentilskud'],
      summary: '  To lagermedarbejdere fra 1. april.  ',
      visibility: 'summary',
      isVacancy: false,
      vacancy: EMPTY_VACANCY,
      ...overrides,
    });

    it('when the email mentions health matters, then metadata only is preselected and the pane says why', () => {
      const preview = buildPreview({ healthWords: ['sygemeldt'], suggestedVisibility: 'metadata' });
      assert.equal(initialVisibility(preview), 'metadata');
      assert.equal(visibilityHint(preview, 'da'), 'Mailen nævner helbredsforhold (sygemeldt) – derfor foreslås kun metadata');
      assert.equal(
        visibilityHint(buildPreview({ kind: 'meeting', healthWords: ['diagnose', 'diagnose'] }), 'en'),
        'The meeting mentions health matters (diagnose) – so metadata only is suggested',
      );
    });

    it('when nothing sensitive is found or there is no preview, then the default visibility is summary', () => {
      assert.equal(initialVisibility(buildPreview()), 'summary');
      assert.equal(initialVisibility(null), 'summary');
      assert.equal(visibilityHint(buildPreview(), 'da'), null);
    });

    it('when the form is filled, then the request carries company, topics, trimmed summary and visibility', () => {
      assert.deepEqual(validateLogForm(values(), 'da'), {
        ok: true,
        fields: {
          companyId: 'c1',
          topics: ['rekruttering', 'loentilskud'],
          summary: 'To lagermedarbejdere fra 1. april.',
          visibility: 'summary',
        },
      });
    });

    it('when the summary is empty, then none is sent', () => {
      const result = validateLogForm(values({ summary: '   ' }), 'da');
      assert.ok(result.ok);
      assert.equal('summary' in result.fields, false);
    });

    it('when it is a vacancy, then title, positions and the optional fields are sent', () => {
      const vacancy = { title: ' Lagermedarbejder ', positions: '2', deadline: '2026-04-01', location: 'Roskilde', postcode: '4000' };
      const result = validateLogForm(values({ isVacancy: true, vacancy }), 'da');
      assert.ok(result.ok);
      assert.deepEqual(result.fields.vacancy, { title: 'Lagermedarbejder', positions: 2, deadline: '2026-04-01', location: 'Roskilde', postcode: '4000' });
    });

    it('when the vacancy fields are wrong, then each wrong field gets its Danish message and nothing is sent', () => {
      const vacancy = { title: '', positions: '0', deadline: '2026-02-30', location: '', postcode: '40' };
      const result = validateLogForm(values({ companyId: null, isVacancy: true, vacancy }), 'da');
      assert.equal(result.ok, false);
      assert.deepEqual(Object.keys(!result.ok ? result.errors : {}).sort(), ['company', 'deadline', 'positions', 'postcode', 'title']);
    });

    it('when more than 10 topics are ticked, then the form refuses as the service would', () => {
      const result = validateLogForm(values({ topics: Array.from({ length: 11 }, (_, i) => `t${i}`) }), 'da');
      assert.equal(result.ok, false);
    });

    it('when the log succeeds or the item was logged before, then the status reads "Logget" or "Allerede logget af X"', () => {
      assert.equal(logResultText(buildLogResult(), 'da'), 'Logget');
      assert.equal(
        logResultText(buildLogResult({ status: 'already_logged', loggedBy: [{ id: 's1', name: 'Camilla Bøgh' }] }), 'da'),
        'Allerede logget af Camilla Bøgh',
      );
    });

    it('when a compose body is long, then the draft is its first lines, cut at a word', () => {
      assert.equal(draftFromText('Hej Per\r\n\r\nTak for snakken.\nVi ses.\nMvh\nMette\nPS'), 'Hej Per\nTak for snakken.\nVi ses.\nMvh');
      const long = draftFromText('ord '.repeat(200));
      assert.ok(long.length <= 401 && long.endsWith('…'));
      assert.equal(draftFromText(null), '');
    });
  });

  describe('the quick action', () => {
    it('when exactly one company matches, then it logs there', () => {
      const match = buildMatch();
      assert.deepEqual(decideQuickAction(buildContext({ matches: [match] })), { kind: 'log', companyId: match.company.id, company: match.company });
    });

    it('when several or no companies match, then it opens the pane', () => {
      assert.deepEqual(decideQuickAction(buildContext({ matches: [buildMatch(), buildMatch()] })), { kind: 'open-pane' });
      assert.deepEqual(decideQuickAction(buildContext()), { kind: 'open-pane' });
    });

    it('when the email is already filed under a company, then it logs there even if several match', () => {
      const [a, b] = [buildMatch(), buildMatch()];
      const context = buildContext({ matches: [a, b], alreadyLogged: { interactionId: 'i', companyId: b.company.id, loggedBy: [] } });
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
        quickActionMessage(buildLogResult({ status: 'already_logged', loggedBy: [{ id: 'x', name: 'Camilla Bøgh' }] }), company, 'da'),
        'Allerede logget af Camilla Bøgh',
      );
    });
  });
});
