import assert from 'node:assert/strict';
import { startService, type RunningService } from '../../src/main.js';
import { loadConfig, DEMO_TENANT_ID } from '../../src/config.js';
import { startLocalConnector } from '../alerts/support/local-connector.js';
import { until } from '../support/service-process.js';

const CHANNEL = '19:virksomhedsservice@thread.tacv2';

/**
 * The demo as `npm start` runs it: a colleague subscribes the section channel (as in Agents
 * Playground), an employer registers a jobordre on `/dev/jobnet`, the STAR emulator delivers it over
 * mutual TLS, and the vacancy and its channel alert appear; "Besat" closes it and the card updates.
 */
describe('Demo: a jobordre from Jobnet reaches the section channel', function () {
  this.timeout(180_000);
  let service: RunningService;
  let connector: Awaited<ReturnType<typeof startLocalConnector>>;

  before(async () => {
    connector = await startLocalConnector();
    service = await startService(
      loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'silent', ALERT_POLL_MS: '50' }),
    );
  });
  after(async () => {
    await service?.stop();
    await connector?.close();
  });

  it('when a jobordre is registered and later filled in Jobnet, then its vacancy and alert arrive and the card shows "Besat"', async () => {
    const subscribed = await say('<at>Kontaktspor</at> abonner');
    assert.equal(subscribed.status, 200);

    const page = await fetch(`${service.url}/dev/jobnet`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Opret jobordre/);

    const published = await fetch(`${service.url}/dev/jobnet/jobordrer`, { method: 'POST', redirect: 'manual' });
    assert.equal(published.status, 303);
    const [jobordre] = service.star!.emulator!.list();
    const vacancy = async () => {
      const { items } = (await (await fetch(`${service.url}/api/vacancies?limit=100`)).json()) as {
        items: { id: string; status: string; jobnet: { jobordreId: string; url: string | null } | null }[];
      };
      return items.find((item) => item.jobnet?.jobordreId === jobordre!.jobordreIdentifier);
    };
    await until(async () => (await vacancy()) !== undefined, 'the vacancy from Jobnet');
    const arrived = (await vacancy())!;
    assert.equal(arrived.status, 'received');
    assert.match(arrived.jobnet!.url!, new RegExp(jobordre!.jobordreIdentifier));
    await until(
      () => connector.accepted.some((call) => call.kind === 'post' && call.vacancyId === arrived.id),
      'the alert in the channel',
    );

    const filled = await fetch(`${service.url}/dev/jobnet/jobordrer/${jobordre!.jobordreIdentifier}/status`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=afsluttetBesat',
    });
    assert.equal(filled.status, 303);
    await until(async () => (await vacancy())?.status === 'filled', 'the vacancy closed as filled');
    const thread = connector.accepted.find((call) => call.kind === 'post' && call.vacancyId === arrived.id)!;
    await until(
      () =>
        connector.accepted.some(
          (call) =>
            call.kind === 'update' &&
            call.conversationId === thread.conversationId &&
            /Besat/.test(JSON.stringify(call.card)),
        ),
      'the card updated to "Besat"',
    );
  });

  it('when the demo page gets a status it does not know, or an unknown jobordre, then a 4xx with the error shape', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const bad = await fetch(`${service.url}/dev/jobnet/jobordrer/x/status`, {
      method: 'POST',
      headers: form,
      body: 'status=<script>',
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).error.code, 'VALIDATION_FAILED');
    const unknown = await fetch(`${service.url}/dev/jobnet/jobordrer/ukendt/status`, {
      method: 'POST',
      headers: form,
      body: 'status=afsluttetBesat',
    });
    assert.equal(unknown.status, 404);
  });

  /** A message in the section channel, as Teams (or Agents Playground) delivers it to the bot. */
  function say(text: string) {
    return fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'activity-1',
        text,
        channelId: 'msteams',
        serviceUrl: connector.url,
        locale: 'da-DK',
        from: { id: 'user-1', name: 'Mette Kjærgaard' },
        recipient: { id: 'bot-1', name: 'Kontaktspor' },
        conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: DEMO_TENANT_ID },
        channelData: {
          tenant: { id: DEMO_TENANT_ID },
          team: { id: '19:team@thread.tacv2' },
          channel: { id: CHANNEL },
        },
        entities: [{ type: 'mention', text: '<at>Kontaktspor</at>', mentioned: { id: 'bot-1', name: 'Kontaktspor' } }],
      }),
    });
  }
});
