import assert from 'node:assert/strict';
import {
  NO_FILTER,
  companyIdFromSubPage,
  companyRoute,
  formatRoute,
  initialRoute,
  isCalendarDate,
  parseHash,
  type Route,
} from '../../tab/src/shell/route-logic.js';
import { COMPANY_ID, STAFF_ID } from './tab-factories.js';

describe('tab routes (hash)', () => {
  it('when the hash is empty or "#/", then the search opens, with the query it names', () => {
    assert.deepEqual(parseHash(''), { page: 'search', q: '' });
    assert.deepEqual(parseHash('#/'), { page: 'search', q: '' });
    assert.deepEqual(parseHash('#/?q=%C3%B8ster'), { page: 'search', q: 'øster' });
  });

  it('when the hash names a company with timeline filters, then the company opens with exactly those filters', () => {
    const route = parseHash(
      `#/companies/${COMPANY_ID}?kind=call&topic=rekruttering&staff=${STAFF_ID}&section=unge&from=2026-01-01&to=2026-03-31`,
    );
    assert.deepEqual(route, {
      page: 'company',
      id: COMPANY_ID,
      filter: {
        kind: 'call',
        topic: 'rekruttering',
        staff: STAFF_ID,
        section: 'unge',
        from: '2026-01-01',
        to: '2026-03-31',
      },
    });
  });

  it('when filters in the hash are malformed, then they are dropped rather than sent', () => {
    const route = parseHash(`#/companies/${COMPANY_ID}?kind=fax&staff=nobody&from=2026-02-30&to=tomorrow`);
    assert.deepEqual(route, { page: 'company', id: COMPANY_ID, filter: NO_FILTER });
  });

  it('when the company id is not a UUID or the path is unknown, then not-found (never an exception)', () => {
    assert.equal(parseHash('#/companies/<script>').page, 'not-found');
    assert.equal(parseHash('#/companies/%E0%A4%A').page, 'not-found');
    assert.equal(parseHash('#/administration').page, 'not-found');
    assert.equal(parseHash('#/admin/x').page, 'not-found');
  });

  it('when the hash names the privacy or the admin page (trailing slash or query too), then that page opens', () => {
    assert.deepEqual(parseHash('#/privacy'), { page: 'privacy' });
    assert.deepEqual(parseHash('#/admin/'), { page: 'admin' });
    assert.deepEqual(parseHash('#/admin?x=1'), { page: 'admin' });
  });

  it('when a route is written to the hash and read back, then it is the same route', () => {
    const routes: Route[] = [
      { page: 'search', q: 'øster byg' },
      companyRoute(COMPANY_ID, { ...NO_FILTER, topic: 'løntilskud', from: '2026-01-01' }),
      { page: 'dashboard', from: '2026-01-01', to: '2026-06-30', section: 'unge' },
      { page: 'dashboard', from: null, to: null, section: null },
      { page: 'channel', section: 'virksomhedsservice' },
      { page: 'channel-config' },
      { page: 'privacy' },
      { page: 'admin' },
    ];
    for (const route of routes) assert.deepEqual(parseHash(formatRoute(route)), route);
    assert.equal(formatRoute(companyRoute(COMPANY_ID)), `#/companies/${COMPANY_ID}`);
  });

  it('when Teams gives the deep link sub-page "company:<id>", then its company id is read; anything else is not', () => {
    assert.equal(companyIdFromSubPage(`company:${COMPANY_ID.toUpperCase()}`), COMPANY_ID);
    assert.equal(companyIdFromSubPage('company:42'), null);
    assert.equal(companyIdFromSubPage('vacancy:x'), null);
    assert.equal(companyIdFromSubPage(null), null);
  });

  describe('where the tab opens', () => {
    const noHost = { subPageId: null, channel: null };

    it('when a Teams deep link carries a company and the address names no page, then that company opens', () => {
      assert.deepEqual(
        initialRoute('', { subPageId: `company:${COMPANY_ID}`, channel: null }),
        companyRoute(COMPANY_ID),
      );
    });

    it('when the address names a page, then it wins over the deep link', () => {
      assert.deepEqual(
        initialRoute('#/dashboard', { subPageId: `company:${COMPANY_ID}`, channel: null }).page,
        'dashboard',
      );
    });

    it("when Teams opens the manifest's URLs, then the personal tab, the dashboard and the channel tab's configuration open", () => {
      assert.deepEqual(initialRoute('#/', noHost), { page: 'search', q: '' });
      assert.equal(initialRoute('#/dashboard', noHost).page, 'dashboard');
      assert.equal(
        initialRoute('#/channel-config', { subPageId: null, channel: { conversationId: '19:x' } }).page,
        'channel-config',
      );
    });

    it('when the tab sits in a channel, then the channel page opens; otherwise the search', () => {
      assert.equal(initialRoute('', { subPageId: null, channel: { conversationId: '19:x' } }).page, 'channel');
      assert.deepEqual(initialRoute('#/', noHost), { page: 'search', q: '' });
      assert.deepEqual(initialRoute(`#/companies/${COMPANY_ID}`, noHost), companyRoute(COMPANY_ID));
    });
  });

  it('when a date is not a real calendar day, then it is refused', () => {
    assert.ok(isCalendarDate('2024-02-29'));
    assert.ok(!isCalendarDate('2025-02-29'));
    assert.ok(!isCalendarDate('2025-1-01'));
    assert.ok(!isCalendarDate('1899-12-31'));
  });
});
