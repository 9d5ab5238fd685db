import assert from 'node:assert/strict';
import { containsCpr, findHealthWords } from '../../src/domain/cpr.js';
import { parseCvr } from '../../src/domain/cvr.js';
import { DEMO_USER_EMAIL, buildSeedData } from '../../src/demo/seed-data.js';
import type { SeedData, VacancyStatus } from '../../src/demo/seed-data.js';

const NOW = new Date('2025-06-18T10:15:00Z');
const DAY = 86_400_000;
const TWO_YEARS_AGO = NOW.getTime() - 731 * DAY;

const TOPICS = [
  'rekruttering',
  'virksomhedspraktik',
  'loentilskud',
  'opkvalificering',
  'fastholdelse',
  'fleksjob',
  'skaanejob',
  'mentor',
  'jobrotation',
  'voksenlaerling',
  'igu',
  'partnerskab',
  'virksomhedsbesoeg',
];
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CPR_LIKE = /\b\d{6}[- ]?\d{4}\b/;
const LEGAL_NEXT: Record<VacancyStatus, readonly VacancyStatus[]> = {
  received: ['in_progress', 'withdrawn', 'deadline_passed'],
  in_progress: ['paused', 'filled', 'withdrawn', 'deadline_passed'],
  paused: ['in_progress', 'filled', 'withdrawn', 'deadline_passed'],
  filled: [],
  deadline_passed: [],
  withdrawn: [],
};
const OPEN: readonly VacancyStatus[] = ['received', 'in_progress', 'paused'];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function assertUnique(values: readonly string[], what: string): void {
  const dupes = [...countBy(values, (v) => v)].filter(([, n]) => n > 1).map(([v]) => v);
  assert.deepEqual(dupes, [], `duplicate ${what}`);
}

describe('seed data (demo tenant)', () => {
  let data: SeedData;
  before(() => {
    data = buildSeedData({ seed: 7, now: NOW });
  });

  it('is deterministic for a seed and now, and differs between seeds', () => {
    assert.deepEqual(buildSeedData({ seed: 7, now: NOW }), data);
    assert.deepEqual(buildSeedData({ now: NOW }), buildSeedData({ now: NOW }));
    assert.notEqual(buildSeedData({ seed: 8, now: NOW }).companies[0]?.id, data.companies[0]?.id);
  });

  it('has four sections with ascii slugs', () => {
    assert.equal(data.sections.length, 4);
    for (const s of data.sections) assert.match(s.id, /^[a-z0-9-]+$/);
    assert.ok(data.sections.some((s) => s.id === 'virksomhedsservice' && s.name === 'Virksomhedsservice'));
  });

  it('has staff in every section, with ascii municipal emails, and the demo user first', () => {
    assert.ok(data.staff.length >= 14);
    for (const s of data.staff) assert.match(s.email, /^[a-z]+\.[a-z]+@roskilde\.dk$/);
    assertUnique(
      data.staff.map((s) => s.email),
      'staff emails',
    );
    for (const section of data.sections)
      assert.ok(
        data.staff.some((s) => s.sectionId === section.id),
        section.id,
      );
    const admins = data.staff.filter((s) => s.isAdmin);
    assert.ok(admins.length >= 1 && admins.length <= 2);
    const demo = data.staff[0];
    assert.ok(demo);
    assert.equal(demo.email, DEMO_USER_EMAIL);
    assert.equal(demo.sectionId, 'virksomhedsservice');
    assert.equal(demo.isAdmin, true);
    assert.ok(
      data.staff.some((s) => s.email === 'soeren.holm@roskilde.dk'),
      'ø becomes oe',
    );
  });

  it('uses unique UUID v4-shaped ids everywhere', () => {
    const ids = [
      ...data.staff.map((s) => s.id),
      ...data.companies.map((c) => c.id),
      ...data.contacts.map((c) => c.id),
      ...data.interactions.map((i) => i.id),
      ...data.vacancies.map((v) => v.id),
    ];
    for (const id of ids) assert.match(id, UUID_V4);
    assertUnique(ids, 'ids');
  });

  it('has 45+ companies with valid unique CVRs, P-numbers, DB07 codes and bands', () => {
    assert.ok(data.companies.length >= 45);
    for (const c of data.companies) {
      assert.equal(parseCvr(c.cvr), c.cvr, `${c.name} CVR ${c.cvr}`);
      assert.match(c.cvr, /^[1-4]/);
      assert.ok(c.pNumbers.length <= 3);
      for (const p of c.pNumbers) assert.match(p, /^1[0-2]\d{8}$/);
      assert.match(c.industryCode, /^\d{6}$/);
      assert.ok(['1-9', '10-49', '50-249', '250+'].includes(c.employeeBand));
      assert.match(c.postcode, /^4\d{3}$/);
      assert.ok(c.address.length > 0 && c.city.length > 0);
    }
    assertUnique(
      data.companies.map((c) => c.cvr),
      'CVRs',
    );
    assertUnique(
      data.companies.flatMap((c) => c.pNumbers),
      'P-numbers',
    );
    assertUnique(
      data.companies.map((c) => c.name),
      'company names',
    );
    assert.ok(data.companies.some((c) => c.blockade));
    assert.ok(data.companies.some((c) => c.doNotContact));
    const staffIds = new Set(data.staff.map((s) => s.id));
    const withResponsible = data.companies.filter((c) => c.responsibleStaffId !== null);
    assert.ok(withResponsible.length >= data.companies.length * 0.7);
    for (const c of withResponsible) assert.ok(staffIds.has(c.responsibleStaffId ?? ''));
  });

  it('has 1-2 fictional .dk domains per company, unique except one shared public employer domain', () => {
    for (const c of data.companies) {
      assert.ok(c.domains.length >= 1 && c.domains.length <= 2, c.name);
      for (const d of c.domains) assert.match(d, /^[a-z0-9-]+\.dk$/);
      assert.ok(!c.domains.includes('roskilde.dk'));
    }
    const shared = [
      ...countBy(
        data.companies.flatMap((c) => c.domains),
        (d) => d,
      ),
    ].filter(([, n]) => n > 1);
    assert.equal(shared.length, 1, 'exactly one shared domain');
    const [sharedDomain] = shared[0] ?? [''];
    const sharers = data.companies.filter((c) => c.domains.includes(sharedDomain));
    assert.equal(sharers.length, 2);
    for (const c of sharers) assert.match(c.name, /^Roskilde Kommune – /);
  });

  it('has the required names: Østergaard Byg A/S, Danish letters, and "ros" companies in 4000 Roskilde', () => {
    const ostergaard = data.companies.find((c) => c.name === 'Østergaard Byg A/S');
    assert.ok(ostergaard);
    assert.ok(ostergaard.domains.includes('ostergaard-byg.dk'));
    assert.ok(data.companies.filter((c) => /[æøåÆØÅ]/.test(c.name)).length >= 5);
    const ros = data.companies.filter(
      (c) => c.postcode === '4000' && (/^Ros/.test(c.name) || c.name.includes('Roskilde')),
    );
    assert.ok(ros.length >= 5);
    assert.ok(data.companies.filter((c) => c.name.toLowerCase().includes('ros')).length >= 5);
    for (const postcode of ['4000', '4030', '4040', '4070', '4130', '4320', '4330']) {
      assert.ok(
        data.companies.some((c) => c.postcode === postcode),
        postcode,
      );
    }
  });

  it('has 1-4 contact persons per company with emails at the company domain', () => {
    const byCompany = countBy(data.contacts, (c) => c.companyId);
    for (const c of data.companies) {
      const n = byCompany.get(c.id) ?? 0;
      assert.ok(n >= 1 && n <= 4, `${c.name}: ${n} contacts`);
    }
    const companies = new Map(data.companies.map((c) => [c.id, c]));
    for (const p of data.contacts) {
      assert.match(p.name, /^\S+ \S+/);
      if (p.email !== null)
        assert.ok(companies.get(p.companyId)?.domains.includes(p.email.split('@')[1] ?? ''), p.email);
      if (p.phone !== null) assert.match(p.phone, /^\d{8}$/);
    }
    assert.ok(data.contacts.some((p) => p.phone !== null));
    assert.ok(data.contacts.some((p) => p.title === 'Indehaver' || p.title === 'Direktør' || p.title === 'HR-chef'));
  });

  it('has 450+ interactions over two years, every kind, topic and visibility', () => {
    assert.ok(data.interactions.length >= 450);
    for (const kind of ['email', 'meeting', 'call', 'visit', 'note']) {
      assert.ok(
        data.interactions.some((i) => i.kind === kind),
        kind,
      );
    }
    const used = new Set(data.interactions.flatMap((i) => i.topics));
    for (const topic of TOPICS) assert.ok(used.has(topic), topic);
    for (const i of data.interactions) {
      assert.ok(i.topics.length >= 1 && i.topics.length <= 3);
      for (const t of i.topics) assert.ok(TOPICS.includes(t), t);
      assertUnique(i.topics, 'topics of one interaction');
      assert.ok(
        i.occurredAt.getTime() <= NOW.getTime() && i.occurredAt.getTime() >= TWO_YEARS_AGO,
        i.occurredAt.toISOString(),
      );
    }
    const visibility = countBy(data.interactions, (i) => i.visibility);
    for (const v of ['full', 'summary', 'subject', 'metadata']) assert.ok(visibility.has(v), v);
    assert.ok((visibility.get('summary') ?? 0) > data.interactions.length / 2);
    const oldest = Math.min(...data.interactions.map((i) => i.occurredAt.getTime()));
    assert.ok(oldest < NOW.getTime() - 600 * DAY, 'history reaches back close to two years');
  });

  it('has recent contacts: in the last 14 days and in the current month', () => {
    const recent = data.interactions.filter((i) => i.occurredAt.getTime() >= NOW.getTime() - 14 * DAY);
    assert.ok(recent.length >= 10);
    const monthStart = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), 1);
    assert.ok(data.interactions.filter((i) => i.occurredAt.getTime() >= monthStart).length >= 3);
    // Even at 00:30 on the 1st (Danish time) something lies in the current month.
    const early = buildSeedData({ now: new Date('2025-03-01T00:30:00Z') });
    assert.ok(early.interactions.some((i) => i.occurredAt.getTime() >= Date.UTC(2025, 2, 1)));
  });

  it('has sources, source keys and directions that fit the kind', () => {
    for (const i of data.interactions) {
      if (i.kind === 'email') {
        assert.equal(i.source, 'outlook');
        assert.match(i.sourceKey ?? '', /^msg:[0-9a-z]+@[a-z0-9.-]+\.dk$/);
        assert.ok(i.direction !== null);
      } else if (i.kind === 'meeting') {
        assert.equal(i.source, 'outlook');
        assert.match(i.sourceKey ?? '', /^ical:[0-9a-z]+$/);
      } else {
        assert.equal(i.source, 'manual');
        assert.equal(i.sourceKey, null);
      }
      if (i.kind !== 'email') assert.equal(i.excerpt, null, 'excerpts only on emails');
    }
    assertUnique(
      data.interactions.flatMap((i) => (i.sourceKey === null ? [] : [i.sourceKey])),
      'source keys',
    );
    assert.ok(data.interactions.some((i) => i.excerpt !== null));
  });

  it('has our staff and their contact as participants, and valid loggers and co-loggers', () => {
    const staff = new Map(data.staff.map((s) => [s.id, s]));
    for (const i of data.interactions) {
      const logger = staff.get(i.loggedBy);
      assert.ok(logger);
      assert.equal(i.sectionId, logger.sectionId);
      assert.ok(i.participants.some((p) => p.side === 'ours' && p.email === logger.email));
      assert.ok(i.participants.some((p) => p.side === 'theirs'));
      assert.ok(i.coLoggers.length <= 1);
      for (const co of i.coLoggers) {
        assert.ok(staff.has(co));
        assert.notEqual(co, i.loggedBy);
      }
    }
    assert.ok(data.interactions.some((i) => i.coLoggers.length === 1));
  });

  it('has contacts logged by staff from every section, and by every staff member', () => {
    const sections = new Set(data.interactions.map((i) => i.sectionId));
    for (const s of data.sections) assert.ok(sections.has(s.id), s.id);
    const loggers = new Set(data.interactions.map((i) => i.loggedBy));
    for (const s of data.staff) assert.ok(loggers.has(s.id), s.email);
  });

  it('gives Østergaard Byg A/S 20+ contacts, a few by colleagues of the demo user lately', () => {
    const ostergaard = data.companies.find((c) => c.name === 'Østergaard Byg A/S');
    assert.ok(ostergaard);
    const history = data.interactions.filter((i) => i.companyId === ostergaard.id);
    assert.ok(history.length >= 20);
    const demoId = data.staff[0]?.id;
    assert.ok(history.some((i) => i.loggedBy !== demoId && i.occurredAt.getTime() >= NOW.getTime() - 14 * DAY));
    const counts = [...countBy(data.interactions, (i) => i.companyId).values()].sort((a, b) => b - a);
    assert.ok((counts[0] ?? 0) >= 4 * (counts[counts.length - 1] ?? 0), 'skewed: a few companies have many contacts');
  });

  it('keeps texts free of CPR-like digit runs, health words and unfilled templates', () => {
    for (const i of data.interactions) {
      for (const text of [i.subject, i.summary, i.excerpt]) {
        if (text === null) continue;
        assert.doesNotMatch(text, CPR_LIKE, text);
        assert.doesNotMatch(text, /\{\w+\}/, text);
        assert.doesNotMatch(text, /cpr|personnummer/i, text);
        assert.equal(containsCpr(text, NOW), false, text);
        assert.deepEqual(findHealthWords(text), [], text);
      }
    }
    assert.ok(data.interactions.filter((i) => i.summary !== null).length >= data.interactions.length * 0.9);
  });

  it('has 30+ vacancies with legal lifecycle paths ending in their status', () => {
    assert.ok(data.vacancies.length >= 30);
    const statuses = new Set(data.vacancies.map((v) => v.status));
    for (const s of ['received', 'in_progress', 'paused', 'filled', 'deadline_passed', 'withdrawn'])
      assert.ok(statuses.has(s as VacancyStatus), s);
    const staffIds = new Set(data.staff.map((s) => s.id));
    const companies = new Set(data.companies.map((c) => c.id));
    for (const v of data.vacancies) {
      assert.ok(companies.has(v.companyId));
      assert.ok(v.positions >= 1 && v.title.length > 0 && v.location.length > 0);
      assert.ok(v.topics.includes('rekruttering'));
      assert.ok(staffIds.has(v.createdBy));
      assert.ok(v.createdAt.getTime() >= TWO_YEARS_AGO && v.createdAt.getTime() < NOW.getTime());
      const first = v.events[0];
      assert.ok(first);
      assert.equal(first.fromStatus, null);
      assert.equal(first.toStatus, 'received');
      assert.equal(first.at.getTime(), v.createdAt.getTime());
      v.events.forEach((e, n) => {
        assert.ok(staffIds.has(e.actorId));
        assert.ok(e.at.getTime() <= NOW.getTime());
        if (n === 0) return;
        const prev = v.events[n - 1];
        assert.ok(prev);
        assert.equal(e.fromStatus, prev.toStatus);
        assert.ok(LEGAL_NEXT[prev.toStatus].includes(e.toStatus), `${prev.toStatus} -> ${e.toStatus}`);
        assert.ok(e.at.getTime() > prev.at.getTime(), 'events in time order');
      });
      assert.equal(v.events[v.events.length - 1]?.toStatus, v.status);
      if (['in_progress', 'paused', 'filled'].includes(v.status))
        assert.ok(v.claimedBy !== null && staffIds.has(v.claimedBy));
      if (v.status === 'received') assert.equal(v.claimedBy, null);
      if (v.deadline !== null) {
        assert.match(v.deadline, /^\d{4}-\d{2}-\d{2}$/);
        if (OPEN.includes(v.status))
          assert.ok(v.deadline >= NOW.toISOString().slice(0, 10), 'open vacancy deadline ahead');
        if (v.status === 'deadline_passed') assert.ok(v.deadline < NOW.toISOString().slice(0, 10));
      }
    }
  });

  it('links some vacancies to the email they arrived with', () => {
    const interactions = new Map(data.interactions.map((i) => [i.id, i]));
    const linked = data.vacancies.filter((v) => v.interactionId !== null);
    assert.ok(linked.length >= 5);
    for (const v of linked) {
      const mail = interactions.get(v.interactionId ?? '');
      assert.ok(mail);
      assert.equal(mail.kind, 'email');
      assert.equal(mail.companyId, v.companyId);
    }
  });

  it('defaults now to the current time', () => {
    const before = Date.now();
    const fresh = buildSeedData();
    for (const i of fresh.interactions) assert.ok(i.occurredAt.getTime() <= Date.now());
    assert.ok(fresh.interactions.some((i) => i.occurredAt.getTime() >= before - 14 * DAY));
  });
});
