import assert from 'node:assert/strict';
import { pino } from 'pino';
import { STORE_TARGETS, openOrSkip, newTenantId } from '../support/databases.js';
import { systemClock } from '../../src/ports/clock.js';
import { createVacancy } from '../../src/app/vacancies.js';
import { createBotEndpoint } from '../../bot/bot-endpoint.js';
import { demoBotIdentity } from '../../bot/bot-identity.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { serveApp } from '../support/test-app.js';
import { cardText } from '../bot/support/bot-harness.js';
import { validateCard } from '../bot/support/validate-card.js';
import { alertTenant, vacancyInput } from './support/alert-fixture.js';
import { startLocalConnector } from './support/local-connector.js';
import { startAlertWorker } from './support/alert-worker.js';

const TEAMS_APP_ID = 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c';

for (const target of STORE_TARGETS) {
  describe(`Claiming a vacancy from its alert card (${target.name})`, function () {
    this.timeout(30_000);
    let opened: Awaited<ReturnType<typeof target.open>>;
    let connector: Awaited<ReturnType<typeof startLocalConnector>>;

    before(async function () {
      opened = await openOrSkip(this, target);
      connector = await startLocalConnector();
    });
    after(async () => {
      await connector?.close();
      await opened?.close();
    });

    it('when ten colleagues press "Jeg tager den" at once, then one wins, the others are told who, and the card changes in every channel', async () => {
      const { store } = opened;
      const tenantId = newTenantId();
      const { actors, actor, company, channelIds } = await alertTenant(store, tenantId, {
        serviceUrl: connector.url,
        channels: 3,
        staff: 10,
      });
      const vacancy = await createVacancy({ store, clock: systemClock }, actor, vacancyInput(company.id, 1));
      const delivery = startAlertWorker(
        store,
        tenantId,
        { ALERT_RETRY_BASE_MS: '50', ALERT_RETRY_MAX_MS: '200', ALERT_MAX_ATTEMPTS: '5' },
        false,
      );
      while ((await delivery.runOnce()) > 0);
      assert.equal(connector.accepted.filter((c) => c.kind === 'post').length, 3);

      const endpoint = createBotEndpoint(null, {
        store,
        clock: systemClock,
        logger: pino({ level: 'silent' }),
        identify: demoBotIdentity({ store, tenantId, defaultEmail: actor.email }),
        tenantAllowed: (tenant) => tenant === tenantId,
        teamsAppId: TEAMS_APP_ID,
        publicUrl: 'https://kontaktspor.example.dk',
      });
      const app = await serveApp({
        store,
        authenticator: demoAuthenticator({ store, tenantId, defaultEmail: actor.email }),
        botEndpoint: endpoint,
      });
      try {
        const claims = actors.map((colleague, i) =>
          fetch(`${app.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              type: 'invoke',
              name: 'adaptiveCard/action',
              id: `invoke-${i}`,
              channelId: 'msteams',
              serviceUrl: connector.url,
              locale: 'da-DK',
              from: { id: `user-${i}`, name: colleague.name, aadObjectId: colleague.staffId },
              recipient: { id: 'bot-1', name: 'Kontaktspor' },
              conversation: {
                id: `${channelIds[i % 3]};messageid=1`,
                conversationType: 'channel',
                isGroup: true,
                tenantId,
              },
              channelData: { tenant: { id: tenantId }, channel: { id: channelIds[i % 3] } },
              value: {
                action: {
                  type: 'Action.Execute',
                  verb: 'claim',
                  data: { kontaktspor: 'claim', vacancyId: vacancy.id },
                },
                trigger: 'manual',
              },
            }),
          }).then(async (response) => ({ status: response.status, body: (await response.json()) as any })),
        );
        const answers = await Promise.all(claims);
        assert.ok(answers.every((a) => a.status === 200 && a.body.statusCode === 200));
        const texts = answers.map((a) => cardText(a.body.value));
        const winners = texts.filter((text) => text.includes('Du har taget stillingen'));
        assert.equal(winners.length, 1, texts.join('\n---\n'));
        const [claimed] = await store.listVacancies(tenantId, { limit: 5 });
        assert.equal(claimed!.status, 'in_progress');
        const winnerName = actors.find((a) => a.staffId === claimed!.claimedBy)!.name;
        const losers = texts.filter((text) => !text.includes('Du har taget stillingen'));
        assert.equal(losers.length, 9);
        assert.ok(losers.every((text) => text.includes(`${winnerName} nåede at tage stillingen før dig`)));
        for (const answer of answers) assert.deepEqual(validateCard(answer.body.value), []);
      } finally {
        await app.close();
      }

      while ((await delivery.runOnce()) > 0);
      const updates = connector.accepted.filter((c) => c.kind === 'update');
      assert.deepEqual(
        [...new Set(updates.map((u) => u.channelId))].sort(),
        [...channelIds].sort(),
        'every channel got the new card',
      );
      const winner = (await store.listVacancies(tenantId, { limit: 1 }))[0]!;
      const winnerName = actors.find((a) => a.staffId === winner.claimedBy)!.name;
      for (const update of updates) {
        assert.match(cardText(update.card), new RegExp(`${winnerName} har taget den`));
        assert.doesNotMatch(JSON.stringify(update.card), /Action\.Execute/, 'no claim button once taken');
        assert.deepEqual(validateCard(update.card), []);
      }
      const posts = await store.listAlerts(tenantId, { vacancyId: vacancy.id, limit: 50 });
      assert.ok(posts.every((row) => row.status === 'sent'));
    });
  });
}
