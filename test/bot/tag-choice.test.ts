import assert from 'node:assert/strict';
import express from 'express';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { seedTenant } from '../support/seeded.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { botHarness } from './support/bot-harness.js';
import { validateCard } from './support/validate-card.js';
import { createBotAdapter } from '../../bot/bot-adapter.js';
import { botPersonalTagNotifier } from '../../bot/proactive/personal-tag-notifier.js';
import { emailSourceKey } from '../../src/domain/source-key.js';
import { systemClock } from '../../src/ports/clock.js';
import type { TagDeps } from '../../src/app/tag-deps.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/** A Bot Framework connector stand-in: records what the bot posts. */
async function startConnector() {
  const posted: { path: string; body: any }[] = [];
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post(/^\/v3\/conversations\/.*/, (req, res) => {
    posted.push({ path: decodeURIComponent(req.path), body: req.body });
    res.json({ id: `activity-${posted.length}` });
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    posted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Bot: the choice card for a tagged item whose company is ambiguous or unknown', function () {
  this.timeout(30_000);
  let store: KyselyStore;
  let tenantId: string;
  let data: SeedData;
  let demoEmail: string;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let deps: TagDeps;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    ({ tenantId, data, demoEmail } = await seedTenant(store));
    harness = await startProductionIdentity({ store, tenantId, seed: data });
    connector = await startConnector();
    deps = {
      store,
      clock: systemClock,
      mailSource: harness.mailSource,
      watchSource: harness.watchSource!,
      logger: pino({ level: 'silent' }),
      ownDomains: ['roskilde.dk'],
      settings: {
        category: 'Kontaktspor',
        loggedCategory: 'Kontaktspor: logget',
        notificationUrl: 'https://x.invalid/n',
        subscriptionMinutes: 4320,
        renewBeforeMinutes: 1440,
      },
    };
  });
  after(async () => {
    await connector?.close();
    await harness?.close();
    await store?.close();
  });

  const mette = () => data.staff[0]!;

  /** One of Mette's emails, tagged in Outlook, waiting for her choice. */
  async function waitingTag(subjectStart: string) {
    const { messages } = harness.emulators.graph.listMailbox(mette().id)!;
    const message = messages.find((m) => m.subject?.startsWith(subjectStart) && !m.isDraft)!;
    assert.ok(message, subjectStart);
    harness.emulators.graph.setCategories(mette().id, 'email', message.id!, [
      ...(message.categories ?? []),
      'Kontaktspor',
    ]);
    await store.upsertMailboxWatch(tenantId, mette().id);
    await store.enqueueTagJob(tenantId, { ownerId: mette().id, kind: 'email', graphId: message.id! }, new Date());
    const [job] = await store.claimTagJobs(tenantId, new Date(), new Date(Date.now() + 60_000), 1);
    await store.finishTagJob(tenantId, job!.id, { status: 'needs_company', candidateIds: [] }, new Date());
    return { message, jobId: job!.id };
  }

  it("when a tag needs a company, then the card reaches the user's personal chat through the connector and validates at 1.5", async () => {
    await store.saveConversationRef(tenantId, {
      conversationId: 'a:personal-mette',
      kind: 'personal',
      teamId: null,
      channelId: null,
      serviceUrl: connector.url,
      userOid: mette().id,
      reference: {
        conversation: { id: 'a:personal-mette', conversationType: 'personal', tenantId },
        bot: { id: 'bot-1' },
        user: { id: 'user-1' },
        channelId: 'msteams',
        locale: 'en-GB',
      },
    });
    const notifier = botPersonalTagNotifier({
      adapter: createBotAdapter(null, pino({ level: 'silent' })),
      botAppId: '',
      store,
    });
    const company = data.companies[0]!;
    const sent = await notifier.sendTagChoice(tenantId, mette().id, {
      jobId: '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99',
      kind: 'email',
      subject: 'Praktik til [CPR fjernet]',
      occurredAt: new Date(),
      choices: [{ id: company.id, name: company.name, cvr: company.cvr }],
    });
    assert.equal(sent, true);
    const post = connector.posted.find((p) => p.path.startsWith('/v3/conversations/a:personal-mette/activities'));
    assert.ok(post, JSON.stringify(connector.posted.map((p) => p.path)));
    const card = post.body.attachments[0].content;
    assert.deepEqual(validateCard(card), []);
    assert.match(JSON.stringify(card), /Which company\?/, 'the user chats in English');
    assert.equal(
      await notifier.sendTagChoice(tenantId, data.staff[1]!.id, {
        jobId: '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99',
        kind: 'email',
        subject: null,
        occurredAt: new Date(),
        choices: [],
      }),
      false,
      'no personal chat',
    );
  });

  it('when the user picks a company on the card, then the item is logged there and the bot says so', async () => {
    const bot = botHarness({ store, tenantId, seed: data, demoEmail, tagging: deps });
    const { message, jobId } = await waitingTag('Ledige stillinger');
    const company = data.companies[2]!;
    const replies = await bot.say({
      type: 'message',
      value: { kontaktspor: 'tag-company', jobId, companyId: company.id },
    });
    assert.ok(
      replies.some((r) => typeof r.text === 'string' && r.text.startsWith('Logget på')),
      JSON.stringify(replies),
    );
    assert.equal(
      (await store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!)))?.companyId,
      company.id,
    );
    assert.equal((await store.getTagJob(tenantId, jobId))?.status, 'logged');
  });

  it('when the user types a CVR number instead, then that company is used; an unknown CVR is answered and nothing is logged', async () => {
    const bot = botHarness({ store, tenantId, seed: data, demoEmail, tagging: deps });
    const { message, jobId } = await waitingTag('Jobordre');
    const unknown = await bot.say({ type: 'message', value: { kontaktspor: 'tag-company', jobId, cvr: '00000000' } });
    assert.ok(unknown.some((r) => typeof r.text === 'string' && r.text.includes('00000000')));
    assert.equal((await store.getTagJob(tenantId, jobId))?.status, 'needs_company');
    const company = data.companies.find((c) => c.cvr)!;
    await bot.say({
      type: 'message',
      value: { kontaktspor: 'tag-company', jobId, cvr: `DK ${company.cvr!.slice(0, 4)} ${company.cvr!.slice(4)}` },
    });
    assert.equal(
      (await store.findLoggedItem(tenantId, emailSourceKey(message.internetMessageId!)))?.companyId,
      company.id,
    );
  });
});
