import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { seedTenant } from '../support/seeded.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildCompany, buildInteraction } from '../support/factories.js';
import { botHarness, cardsOf, cardText } from '../bot/support/bot-harness.js';
import { VISIBILITY_TIERS, type Visibility } from '../../src/domain/visibility.js';
import type { Company, Staff } from '../../src/domain/model.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/**
 * The read-path matrix: for every visibility tier, every path that shows a company's contacts
 * (timeline, pane context, company page, export, search, bot history card, message extension)
 * shows the logger everything stored and a colleague only what the tier allows. The tiers are
 * applied in the service, so the paths are asked as a client would ask them.
 */
describe('Visibility at read time: the logger sees the full excerpt, a colleague only the tier, on every read path', function () {
  let store: KyselyStore;
  let data: SeedData;
  let tenantId: string;
  let logger: Staff;
  let colleague: Staff;
  let company: Company;
  let app: TestApp;
  let bot: ReturnType<typeof botHarness>;
  const marks = new Map<Visibility, { subject: string; summary: string; excerpt: string }>();

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const seeded = await seedTenant(store);
    ({ data, tenantId } = seeded);
    logger = (await store.findStaffByEmail(tenantId, seeded.demoEmail))!;
    colleague = data.staff.find((staff) => staff.id !== logger.id && !staff.isAdmin)!;
    company = await store.insertCompany(
      tenantId,
      buildCompany({ name: `Synlighedsprøve ${randomUUID().slice(0, 6)} ApS` }),
    );
    const day = 86_400_000;
    for (const [i, tier] of VISIBILITY_TIERS.entries()) {
      const tag = `${tier}-${randomUUID().slice(0, 8)}`;
      const mark = { subject: `Emne ${tag}`, summary: `Resume ${tag}`, excerpt: `Uddrag ${tag}` };
      marks.set(tier, mark);
      await store.insertInteraction(
        tenantId,
        buildInteraction(company.id, logger.id, {
          kind: 'email',
          occurredAt: new Date(Date.now() - (i + 1) * day),
          ...mark,
          visibility: tier,
          participants: [
            { name: 'Kunde', email: `kunde@${company.domains[0]}`, role: 'from', side: 'theirs' },
            { name: logger.name, email: logger.email, role: 'to', side: 'ours' },
          ],
        }),
      );
    }
    app = await startTestApp({ store, tenantId, defaultEmail: seeded.demoEmail });
    bot = botHarness({ store, tenantId, seed: data, demoEmail: seeded.demoEmail });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  type Reader = 'logger' | 'colleague';
  const headers = (reader: Reader): Record<string, string> =>
    reader === 'colleague' ? { 'X-Demo-User': colleague.email } : {};
  const allowed = (tier: Visibility, reader: Reader) => ({
    subject: reader === 'logger' || tier !== 'metadata',
    summary: reader === 'logger' || tier === 'full' || tier === 'summary',
    excerpt: reader === 'logger' || tier === 'full',
  });

  /**
   * What the reader was shown: nothing beyond what the tier allows; and where the path shows
   * contact text at all (`shows`), everything it allows, so the check cannot pass on an empty page.
   */
  function assertShown(
    shown: string,
    reader: Reader,
    path: string,
    shows: { subject: boolean; summary: boolean; excerpt: boolean },
  ) {
    for (const tier of VISIBILITY_TIERS) {
      const mark = marks.get(tier)!;
      const may = allowed(tier, reader);
      for (const field of ['subject', 'summary', 'excerpt'] as const) {
        const present = shown.includes(mark[field]);
        if (!may[field]) assert.ok(!present, `${path}: the ${reader} sees the ${field} of a '${tier}' contact`);
        else if (shows[field]) assert.ok(present, `${path}: the ${reader} misses the ${field} of a '${tier}' contact`);
      }
    }
  }
  const everything = { subject: true, summary: true, excerpt: true };
  const noContactText = { subject: false, summary: false, excerpt: false };

  for (const reader of ['logger', 'colleague'] as const) {
    it(`when the ${reader} reads the company timeline, then each contact shows what the tier allows the ${reader}`, async () => {
      const page = await app.call('GET', `/api/companies/${company.id}/interactions?limit=50`, {
        headers: headers(reader),
      });
      assert.equal(page.status, 200, page.text);
      assert.equal(page.body.items.length, 4);
      assertShown(page.text, reader, 'timeline', everything);
    });

    it(`when the ${reader}'s Outlook pane and company page show the last contacts, then they are cut the same way`, async () => {
      const pane = await app.call('GET', `/api/context?email=kunde%40${company.domains[0]}`, {
        headers: headers(reader),
      });
      assert.equal(pane.status, 200, pane.text);
      assert.equal(pane.body.matches[0].company.id, company.id);
      assertShown(JSON.stringify(pane.body.matches[0].context.lastContacts), reader, 'pane context', everything);
      const detail = await app.call('GET', `/api/companies/${company.id}`, { headers: headers(reader) });
      assertShown(JSON.stringify(detail.body.context.lastContacts), reader, 'company page', everything);
    });

    it(`when the ${reader} exports the company's history, then the export applies the same tiers`, async () => {
      const exported = await app.call('GET', `/api/companies/${company.id}/export`, { headers: headers(reader) });
      assert.equal(exported.status, 200, exported.text);
      assert.equal(exported.body.items.length, 4);
      assertShown(exported.text, reader, 'export', everything);
    });

    it(`when the ${reader} searches companies, then the hits carry no contact text at all`, async () => {
      const found = await app.call('GET', `/api/companies?q=${encodeURIComponent(company.name)}`, {
        headers: headers(reader),
      });
      assert.deepEqual(
        found.body.items.map((c: { id: string }) => c.id),
        [company.id],
      );
      assertShown(found.text, 'colleague', 'search', noContactText);
    });

    it(`when the ${reader} asks the bot for the history, then the history card shows what the tier allows`, async () => {
      const from = { id: `user-${reader}`, name: reader, aadObjectId: (reader === 'logger' ? logger : colleague).id };
      const cards = cardsOf(await bot.say(`historik ${company.name}`, 'personal', { from }));
      assert.equal(cards.length, 2, 'company card and history card');
      assertShown(cards.map(cardText).join('\n'), reader, 'bot history card', everything);
    });

    it(`when the ${reader} inserts the company with the message extension, then the card carries no more than the tier allows`, async () => {
      const from = { id: `user-${reader}`, name: reader, aadObjectId: (reader === 'logger' ? logger : colleague).id };
      const replies = await bot.say(
        {
          type: 'invoke',
          name: 'composeExtension/query',
          value: { commandId: 'searchCompanies', parameters: [{ name: 'query', value: company.name }] },
        },
        'personal',
        { from },
      );
      const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: unknown };
      assert.equal(response.status, 200);
      const text = JSON.stringify(response.body);
      assert.ok(text.includes(company.name.replace(/ ApS$/, '')), 'the company came back');
      assertShown(text, reader, 'message extension', noContactText);
    });
  }
});
