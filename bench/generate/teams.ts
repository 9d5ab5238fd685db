/** Teams: channel subscriptions and their conversation references; KPI targets. Drains the sink. */
import type { Profile } from '../profiles.js';
import type { GenStaff, LoadContext } from './phase.js';
import { pgArray, TableLoader, TENANT_COLUMN } from './table-loader.js';
import { DB07, POSTCODES, TOPIC_WEIGHTS } from './vocabulary.js';

export async function loadTeams(
  { prng, tenant, sink, rows }: LoadContext,
  profile: Profile,
  consultants: readonly GenStaff[],
  anchorMs: number,
): Promise<void> {
  const refLoader = new TableLoader(sink, 'conversation_refs', [
    TENANT_COLUMN,
    { name: 'conversation_id', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'team_id', type: 'text' },
    { name: 'channel_id', type: 'text' },
    { name: 'service_url', type: 'text' },
    { name: 'user_oid', type: 'text' },
    { name: 'reference', type: 'text', cast: 'jsonb' },
  ]);
  const subscriptionLoader = new TableLoader(sink, 'channel_subscriptions', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'conversation_id', type: 'text' },
    { name: 'topics', type: 'text', cast: 'text[]' },
    { name: 'industry_prefixes', type: 'text', cast: 'text[]' },
    { name: 'postcodes', type: 'text', cast: 'text[]' },
    { name: 'keywords', type: 'text', cast: 'text[]' },
    { name: 'created_by', type: 'uuid' },
  ]);
  const serviceUrl = 'https://smba.trafficmanager.net/emea/';
  for (let s = 0; s < profile.subscriptions; s++) {
    const team = `19:bench-team-${Math.floor(s / 5)}@thread.tacv2`;
    const channel = `19:bench-channel-${s}@thread.tacv2`;
    const reference = {
      activityId: `1${prng.digits(12)}`,
      bot: { id: '28:bench-bot', name: 'Kontaktspor' },
      conversation: { id: channel, conversationType: 'channel', tenantId: tenant, isGroup: true },
      channelId: 'msteams',
      serviceUrl,
    };
    await refLoader.push([tenant, channel, 'channel', team, channel, serviceUrl, null, JSON.stringify(reference)]);
    await subscriptionLoader.push([
      tenant,
      prng.uuid(),
      channel,
      pgArray(
        prng.sample(
          TOPIC_WEIGHTS.map(([k]) => k),
          prng.int(0, 3),
        ),
      ),
      pgArray(prng.chance(0.3) ? [prng.pick(DB07).slice(0, 2)] : []),
      pgArray(prng.chance(0.3) ? [prng.pick(POSTCODES)[0]] : []),
      pgArray([]),
      prng.pick(consultants).id,
    ]);
  }
  await refLoader.flush();
  await subscriptionLoader.flush();
  const targetLoader = new TableLoader(sink, 'kpi_targets', [
    TENANT_COLUMN,
    { name: 'metric', type: 'text' },
    { name: 'section_id', type: 'text' },
    { name: 'period', type: 'text' },
    { name: 'value', type: 'float8' },
  ]);
  const anchorYear = new Date(anchorMs).getUTCFullYear();
  for (let year = anchorYear - 3; year <= anchorYear; year++) {
    await targetLoader.push([tenant, 'samarbejdsgrad', '', String(year), 0.25 + (year - anchorYear + 3) * 0.02]);
    await targetLoader.push([tenant, 'contacts', '', String(year), 100_000]);
  }
  await targetLoader.flush();
  await sink.drain();
  rows.conversation_refs = refLoader.rows;
  rows.channel_subscriptions = subscriptionLoader.rows;
  rows.kpi_targets = targetLoader.rows;
}
