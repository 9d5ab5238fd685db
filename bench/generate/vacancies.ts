/** Vacancies and their lifecycle events, spread over the companies like their contacts. */
import type { Profile } from '../profiles.js';
import { cumulative, DAY, search, type GenCompany, type GenStaff, type LoadContext } from './phase.js';
import { pgArray, TableLoader, TENANT_COLUMN } from './table-loader.js';
import { JOBS, POSTCODES, TOPIC_WEIGHTS } from './vocabulary.js';

export async function loadVacancies(
  { prng, tenant, sink, rows }: LoadContext,
  profile: Profile,
  companies: readonly GenCompany[],
  consultants: readonly GenStaff[],
  start: number,
  anchorMs: number,
): Promise<void> {
  const heavyCount = profile.heavy.length;
  const span = anchorMs - start;
  const vacancyLoader = new TableLoader(sink, 'vacancies', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'company_id', type: 'uuid' },
    { name: 'title', type: 'text' },
    { name: 'positions', type: 'int' },
    { name: 'deadline', type: 'date' },
    { name: 'location', type: 'text' },
    { name: 'postcode', type: 'text' },
    { name: 'topics', type: 'text', cast: 'text[]' },
    { name: 'status', type: 'text' },
    { name: 'claimed_by', type: 'uuid' },
    { name: 'section_id', type: 'text' },
    { name: 'created_by', type: 'uuid' },
    { name: 'created_at', type: 'timestamptz' },
    { name: 'updated_at', type: 'timestamptz' },
  ]);
  const eventLoader = new TableLoader(sink, 'vacancy_events', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'vacancy_id', type: 'uuid' },
    { name: 'from_status', type: 'text' },
    { name: 'to_status', type: 'text' },
    { name: 'actor_id', type: 'uuid' },
    { name: 'at', type: 'timestamptz' },
    { name: 'note', type: 'text' },
  ]);
  const allCumulative = cumulative(companies.map((c, i) => (i < heavyCount ? profile.heavy[i]! / 50 : c.weight)));
  for (let v = 0; v < profile.vacancies; v++) {
    const created = start + span * Math.sqrt((v + prng.next()) / profile.vacancies);
    const company = companies[search(allCumulative, prng.next())]!;
    const creator = consultants[prng.int(0, consultants.length - 1)]!;
    const age = (anchorMs - created) / DAY;
    const events: [string | null, string, number][] = [[null, 'received', created]];
    let status = 'received';
    let claimedBy: string | null = null;
    let t = created;
    if (age > 2 && prng.chance(0.85)) {
      t += prng.int(1, 10) * DAY * Math.min(1, age / 20);
      events.push(['received', 'in_progress', t]);
      status = 'in_progress';
      claimedBy = creator.id;
    }
    if (age > 45 || (age > 10 && prng.chance(0.3))) {
      const final = prng.weighted([
        ['filled', 50],
        ['deadline_passed', 30],
        ['withdrawn', 20],
      ] as const);
      if (status === 'in_progress' && final === 'filled' && prng.chance(0.4)) {
        t += prng.int(1, 5) * DAY;
        events.push(['in_progress', 'paused', t]);
        status = 'paused';
      }
      t = Math.min(anchorMs - 60_000, t + prng.int(5, 40) * DAY);
      events.push([status, final, t]);
      status = final;
      claimedBy = null;
    }
    const id = prng.uuid();
    const [postcode, city] = prng.pick(POSTCODES);
    const topicKeys = [prng.weighted(TOPIC_WEIGHTS)];
    await vacancyLoader.push([
      tenant,
      id,
      company.id,
      `${prng.int(1, 5)} × ${prng.pick(JOBS)}`,
      prng.int(1, 5),
      new Date(created + 30 * DAY).toISOString().slice(0, 10),
      city,
      postcode,
      pgArray(topicKeys),
      status,
      claimedBy,
      creator.sectionId,
      creator.id,
      new Date(created).toISOString(),
      new Date(t).toISOString(),
    ]);
    for (const [from, to, at] of events) {
      await eventLoader.push([
        tenant,
        prng.uuid(),
        id,
        from,
        to,
        to === 'in_progress' ? creator.id : creator.id,
        new Date(at).toISOString(),
        null,
      ]);
    }
  }
  await vacancyLoader.flush();
  await eventLoader.flush();
  rows.vacancies = vacancyLoader.rows;
  rows.vacancy_events = eventLoader.rows;
}
