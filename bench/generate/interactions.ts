/** Interactions in chronological order (as a municipality logs them), heavily skewed, and who logged them. */
import type { Prng } from '../../src/demo/prng.js';
import type { Profile } from '../profiles.js';
import { cumulative, DAY, search, type GenCompany, type GenStaff, type LoadContext } from './phase.js';
import { pgArray, TableLoader, TENANT_COLUMN } from './table-loader.js';
import { JOBS, KINDS, SENTENCES, SUBJECTS, TOPIC_WEIGHTS, VISIBILITIES } from './vocabulary.js';

function fill(template: string, prng: Prng): string {
  return template.replace('{job}', prng.pick(JOBS)).replace('{n}', String(prng.int(2, 12)));
}

/** Loads the interactions; answers how many each company got. */
export async function loadInteractions(
  { prng, tenant, sink, rows }: LoadContext,
  profile: Profile,
  people: { companies: readonly GenCompany[]; staff: readonly GenStaff[]; consultants: readonly GenStaff[] },
  start: number,
  anchorMs: number,
): Promise<Uint32Array> {
  const { companies, staff, consultants } = people;
  const heavyCount = profile.heavy.length;
  const heavyTotal = profile.heavy.reduce((sum, n) => sum + n, 0);
  const heavyShare = heavyTotal / profile.interactions;
  const heavyCumulative = cumulative(profile.heavy);
  const tailCumulative = cumulative(companies.slice(heavyCount).map((c) => c.weight));
  const interactionCounts = new Uint32Array(companies.length);
  const interactionLoader = new TableLoader(sink, 'interactions', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'company_id', type: 'uuid' },
    { name: 'kind', type: 'text' },
    { name: 'occurred_at', type: 'timestamptz' },
    { name: 'subject', type: 'text' },
    { name: 'summary', type: 'text' },
    { name: 'excerpt', type: 'text' },
    { name: 'topics', type: 'text', cast: 'text[]' },
    { name: 'direction', type: 'text' },
    { name: 'participants', type: 'text', cast: 'jsonb' },
    { name: 'source', type: 'text' },
    { name: 'source_key', type: 'text' },
    { name: 'visibility', type: 'text' },
    { name: 'logged_by', type: 'uuid' },
    { name: 'section_id', type: 'text' },
    { name: 'created_at', type: 'timestamptz' },
  ]);
  const loggerLoader = new TableLoader(sink, 'interaction_loggers', [
    TENANT_COLUMN,
    { name: 'interaction_id', type: 'uuid' },
    { name: 'staff_id', type: 'uuid' },
    { name: 'logged_at', type: 'timestamptz' },
  ]);
  const span = anchorMs - start;
  for (let i = 0; i < profile.interactions; i++) {
    // Logging grows over the decade: density rises linearly, so position ~ sqrt of the rank.
    const at = start + span * Math.sqrt((i + prng.next()) / profile.interactions);
    const day = Math.floor(at / DAY) * DAY;
    const occurred = Math.min(day + (7 + prng.next() * 9) * 3_600_000, anchorMs - 60_000);
    const companyIndex =
      prng.next() < heavyShare
        ? search(heavyCumulative, prng.next())
        : heavyCount + search(tailCumulative, prng.next());
    const company = companies[companyIndex]!;
    interactionCounts[companyIndex]! += 1;
    const kind = prng.weighted(KINDS);
    const topicCount = prng.weighted([
      [0, 15],
      [1, 55],
      [2, 22],
      [3, 8],
    ] as const);
    const topics = new Set<string>();
    for (let t = 0; t < topicCount; t++) topics.add(prng.weighted(TOPIC_WEIGHTS));
    const firstTopic = topics.values().next().value ?? '';
    const logger =
      company.responsible !== null && prng.chance(0.5)
        ? consultants[company.responsible]!
        : prng.chance(0.6)
          ? consultants[prng.int(0, consultants.length - 1)]!
          : staff[prng.int(0, staff.length - 1)]!;
    const contact = company.contacts.length > 0 ? company.contacts[prng.int(0, company.contacts.length - 1)]! : null;
    const inbound = kind === 'email' ? prng.chance(0.55) : null;
    const ours = { name: logger.name, email: logger.email, side: 'ours' };
    const theirs = contact ? { name: contact.name, email: contact.email, side: 'theirs' } : null;
    const participants =
      kind === 'email'
        ? [
            { ...(inbound && theirs ? theirs : ours), role: 'from' },
            { ...(inbound || !theirs ? ours : theirs), role: 'to' },
          ]
        : kind === 'meeting'
          ? [{ ...ours, role: 'organizer' }, ...(theirs ? [{ ...theirs, role: 'attendee' }] : [])]
          : theirs
            ? [{ ...theirs, role: 'attendee' }]
            : [];
    const subject = fill(prng.pick(SUBJECTS[firstTopic] ?? SUBJECTS['']!), prng);
    const summary = `${fill(prng.pick(SENTENCES), prng)}${prng.chance(0.6) ? ` ${fill(prng.pick(SENTENCES), prng)}` : ''}`;
    let excerpt: string | null = null;
    if (kind === 'email') {
      const body = [
        fill(prng.pick(SENTENCES), prng),
        fill(prng.pick(SENTENCES), prng),
        fill(prng.pick(SENTENCES), prng),
      ];
      excerpt = `Hej ${inbound ? logger.name.split(' ')[0] : (contact?.name.split(' ')[0] ?? '')}\n\n${body.join(' ')}\n\nVenlig hilsen\n${inbound ? (contact?.name ?? '') : logger.name}`;
    }
    const domain = company.domains[0] ?? 'example.dk';
    const sourceKey =
      kind === 'email'
        ? `msg:${prng.hex(24)}@${inbound ? domain : 'roskilde.dk'}`
        : kind === 'meeting'
          ? `ical:040000008200e00074c5b7101a82e00800000000${prng.hex(32)}`
          : null;
    const id = prng.uuid();
    const created = new Date(occurred + prng.int(60, 3 * 86_400) * 1000).toISOString();
    await interactionLoader.push([
      tenant,
      id,
      company.id,
      kind,
      new Date(occurred).toISOString(),
      subject,
      summary,
      excerpt,
      pgArray([...topics]),
      kind === 'email' ? (inbound ? 'inbound' : 'outbound') : null,
      JSON.stringify(participants),
      sourceKey ? 'outlook' : 'manual',
      sourceKey,
      prng.weighted(VISIBILITIES),
      logger.id,
      logger.sectionId,
      created,
    ]);
    await loggerLoader.push([tenant, id, logger.id, created]);
    if (sourceKey && prng.chance(0.05)) {
      const colleague = staff[prng.int(0, staff.length - 1)]!;
      if (colleague.id !== logger.id)
        await loggerLoader.push([tenant, id, colleague.id, new Date(Date.parse(created) + 3_600_000).toISOString()]);
    }
  }
  await interactionLoader.flush();
  await loggerLoader.flush();
  rows.interactions = interactionLoader.rows;
  rows.interaction_loggers = loggerLoader.rows;
  return interactionCounts;
}
