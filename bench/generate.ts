/**
 * The benchmark's synthetic tenant: a municipality's decade of employer contacts, reproducible from
 * a seed. Companies (with domains, contact persons, P-numbers), staff in sections, interactions in
 * chronological order with a heavy skew (a few companies hold 20,000+ of them), vacancies with
 * their lifecycle events, channel subscriptions with their conversation references.
 *
 * The schema comes from the service's own migrations (openDatabase). Rows go in as multi-row
 * `insert ... select from unnest($1::uuid[], $2::text[], ...)` batches, secondary indexes are
 * dropped during the load and rebuilt from their own definitions afterwards, then VACUUM ANALYZE,
 * so autovacuum does not wake up in the middle of a measurement.
 *
 *   npx tsx bench/generate.ts [--profile pg-large|pg-small|pglite-small] [--seed N] [--regenerate]
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/adapters/store/open-database.js';
import { toSearchKey } from '../src/domain/search-key.js';
import { completeCvr } from '../src/domain/cvr.js';
import { DEFAULT_TOPICS } from '../src/domain/topics.js';
import { DEMO_TENANT_ID } from '../src/config.js';
import { DEMO_USER_EMAIL } from '../src/demo/seed-data.js';
import { Prng } from '../src/demo/prng.js';
import { HEAVY_COMPANY_NAMES, PROFILES, isProfileName, type Profile } from './profiles.js';
import {
  DEFAULT_ADMIN_URL,
  databaseOf,
  pgRunner,
  pgliteRunner,
  withDatabase,
  type BenchTarget,
  type SqlRunner,
} from './bench-target.js';

/** Bump when the generated data changes shape, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20_250_601;

const DAY = 86_400_000;
const BATCH_ROWS = 10_000;

/** What the load scenarios need to know about the generated data. */
export interface Fixtures {
  tenantId: string;
  /** The data ends here (UTC midnight, ISO). */
  anchor: string;
  demoStaff: { id: string; email: string; name: string; sectionId: string };
  staff: { id: string; email: string }[];
  heavy: CompanyFixture[];
  typical: CompanyFixture & { contactEmail: string; contactName: string };
  /** A valid CVR that exists, for the CVR search. */
  cvr: string;
  /** A P-number that exists. */
  pNumber: string;
  rows: Record<string, number>;
}

export interface CompanyFixture {
  id: string;
  name: string;
  cvr: string;
  domain: string;
  interactions: number;
}

export interface GenerationReport {
  fingerprint: Fingerprint;
  fixtures: Fixtures;
  /** Seconds per step, and in total. */
  seconds: Record<string, number>;
  reused: boolean;
}

interface Fingerprint {
  profile: string;
  seed: number;
  version: number;
}

// ---------------------------------------------------------------------------------------------
// Word lists (fictional companies and people)
// ---------------------------------------------------------------------------------------------

const FIRST_NAMES = [
  'Anne',
  'Mette',
  'Birgitte',
  'Lone',
  'Susanne',
  'Hanne',
  'Helle',
  'Camilla',
  'Louise',
  'Pernille',
  'Signe',
  'Sofie',
  'Ida',
  'Maria',
  'Karen',
  'Lene',
  'Tina',
  'Charlotte',
  'Marianne',
  'Kirsten',
  'Jens',
  'Peter',
  'Lars',
  'Søren',
  'Henrik',
  'Niels',
  'Michael',
  'Thomas',
  'Rasmus',
  'Martin',
  'Jesper',
  'Morten',
  'Anders',
  'Kasper',
  'Jonas',
  'Emil',
  'Frederik',
  'Mads',
  'Mikkel',
  'Christian',
  'Bo',
  'Ole',
  'Torben',
  'Klaus',
  'Kim',
  'Jan',
  'Per',
  'Poul',
  'Erik',
  'Hans',
  'Bjarne',
  'Jørgen',
  'Åse',
  'Øjvind',
  'Bente',
  'Vibeke',
  'Dorthe',
  'Malene',
  'Rikke',
  'Trine',
];
const LAST_NAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Laursen',
  'Henriksen',
  'Lund',
  'Holm',
  'Schmidt',
  'Eriksen',
  'Kjærgaard',
  'Østergaard',
  'Vestergaard',
  'Nørgaard',
  'Søndergaard',
  'Bækgaard',
  'Dahl',
  'Krogh',
  'Friis',
  'Bøgh',
  'Skov',
  'Winther',
  'Berg',
  'Mølgaard',
  'Åkerlund',
  'Lauridsen',
  'Thygesen',
  'Mørch',
  'Østerby',
  'Kloster',
];
const PLACES = [
  'Roskilde',
  'Tune',
  'Viby',
  'Himmelev',
  'Trekroner',
  'Svogerslev',
  'Gadstrup',
  'Jyllinge',
  'Gundsø',
  'Hvalsø',
  'Lejre',
  'Skibby',
  'Havdrup',
  'Fjord',
  'Domkirke',
  'Hedeland',
  'Bakkegård',
  'Kildegård',
  'Østerby',
  'Østervang',
  'Østerbro',
  'Østerled',
  'Østerlund',
  'Kloster',
  'Nordvest',
  'Sydhavn',
  'Ågården',
  'Ålholm',
  'Æblehave',
  'Sønderby',
  'Møllehus',
  'Strandgård',
  'Skovsø',
  'Bøgebjerg',
  'Lindegård',
  'Rosenhøj',
  'Kongemarken',
  'Vindinge',
  'Osted',
  'Kirke Hyllinge',
];
const TRADES = [
  'Byg',
  'Tømrer',
  'Murer',
  'VVS',
  'El-Service',
  'Maler',
  'Kloak',
  'Transport',
  'Logistik',
  'Vognmand',
  'Rengøring',
  'Facility Service',
  'Auto',
  'Maskinfabrik',
  'Smedie',
  'Bageri',
  'Slagter',
  'Catering',
  'Restaurant',
  'Hotel',
  'Plejecenter',
  'Tandklinik',
  'Revision',
  'Consult',
  'IT',
  'Data',
  'Gartneri',
  'Anlæg',
  'Entreprise',
  'Handel',
  'Engros',
  'Møbler',
  'Tekstil',
  'Trykkeri',
  'Emballage',
  'Plast',
  'Metal',
  'Beton',
  'Glas',
  'Isolering',
  'Ventilation',
  'Energi',
  'Solceller',
  'Vinduer',
  'Tagdækning',
  'Fliser',
  'Stål',
  'Lager',
  'Pakkeri',
  'Fødevarer',
  'Mejeri',
  'Kro',
  'Vaskeri',
  'Flytteforretning',
  'Taxa',
  'Dæk',
  'Gulve',
  'Køleteknik',
  'Kranservice',
];
const SUFFIXES = ['A/S', 'ApS', 'ApS', 'ApS', 'I/S', '& Søn ApS', '', 'K/S', 'IVS'];
const POSTCODES: readonly [string, string][] = [
  ['4000', 'Roskilde'],
  ['4030', 'Tune'],
  ['4040', 'Jyllinge'],
  ['4050', 'Skibby'],
  ['4070', 'Kirke Hyllinge'],
  ['4130', 'Viby Sjælland'],
  ['4320', 'Lejre'],
  ['4330', 'Hvalsø'],
  ['4621', 'Gadstrup'],
  ['4622', 'Havdrup'],
];
const STREETS = [
  'Industrivej',
  'Håndværkervej',
  'Københavnsvej',
  'Hovedgaden',
  'Bygaden',
  'Østervej',
  'Møllevej',
  'Havnevej',
];
const DB07 = [
  '412000',
  '432200',
  '494100',
  '812100',
  '871000',
  '561010',
  '521000',
  '471110',
  '620100',
  '251100',
  '016100',
  '881000',
];
const BANDS = ['1-9', '10-49', '50-249', '250+'] as const;
const TITLES = [
  'Direktør',
  'HR-chef',
  'Værkfører',
  'Driftsleder',
  'Indehaver',
  'Afdelingsleder',
  'Rekrutteringsansvarlig',
];
const JOBS = [
  'lagermedarbejder',
  'chauffør (kat. C/E)',
  'tømrer',
  'rengøringsassistent',
  'social- og sundhedshjælper',
  'kok',
  'butiksassistent',
  'produktionsmedarbejder',
  'elektriker',
  'maskinfører',
  'receptionist',
  'smed',
  'truckfører',
];
const SECTION_NAMES: readonly [string, string][] = [
  ['virksomhedsservice', 'Virksomhedsservice'],
  ['ydelse-job', 'Job og ydelse'],
  ['sygedagpenge', 'Sygedagpenge og fastholdelse'],
  ['unge', 'Ungeindsatsen'],
  ['integration', 'Integration'],
  ['rehabilitering', 'Rehabilitering og fleksjob'],
  ['uddannelse', 'Uddannelse og opkvalificering'],
  ['jobcenter-syd', 'Jobcenter Syd'],
];
const SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  rekruttering: ['Ledige stillinger som {job}', 'Rekruttering til sæsonen', 'Kandidater til {job}'],
  virksomhedspraktik: ['Praktikplads til en kandidat?', 'Virksomhedspraktik i {n} uger', 'Opfølgning på praktikforløb'],
  loentilskud: ['Spørgsmål om løntilskud', 'Løntilskudsaftale til underskrift', 'Forlængelse af løntilskud'],
  opkvalificering: ['Kursus for nye medarbejdere', 'AMU-forløb i efteråret', 'Opkvalificering af ledige'],
  fastholdelse: ['Fastholdelse af medarbejder', 'Delvis raskmelding – muligheder', 'Samtale om fastholdelse'],
  fleksjob: ['Fleksjob – muligheder hos os', 'Oprettelse af fleksjob', 'Fleksjob på {n} timer'],
  skaanejob: ['Skånejob i produktionen', 'Spørgsmål om skånejob'],
  mentor: ['Mentorordning for ny medarbejder', 'Mentorstøtte – ansøgning'],
  jobrotation: ['Jobrotation – vikarer til kursusperiode', 'Jobrotation i foråret'],
  voksenlaerling: ['Voksenlærling inden for {job}', 'Tilskud til voksenlærling'],
  igu: ['IGU-forløb', 'Nye IGU-elever'],
  partnerskab: ['Samarbejdsaftale (partnerskab)', 'Partnerskabsmøde', 'Status på partnerskabet'],
  virksomhedsbesoeg: ['Virksomhedsbesøg', 'Besøg og rundvisning', 'Opfølgende besøg'],
  '': ['Kort snak om samarbejdet', 'Henvendelse fra virksomheden', 'Opfølgning', 'Tak for sidst'],
};
const SENTENCES = [
  'Virksomheden mangler {n} medarbejdere fra næste måned.',
  'Vi aftalte at sende relevante kandidater inden fredag.',
  'Kontaktpersonen ønsker et møde om mulighederne for praktik.',
  'De har gode erfaringer med løntilskud og vil gerne fortsætte.',
  'Der er behov for truckcertifikat og kørekort.',
  'Vi følger op om to uger.',
  'Virksomheden er i vækst og forventer at ansætte flere i år.',
  'Drøftede fleksjob på nedsat tid i administrationen.',
  'Aftalt at jobcentret hjælper med screening af ansøgere.',
  'Direktøren var positiv over for et partnerskab.',
  'Der er plads til en voksenlærling fra august.',
  'Sendt materiale om mentorstøtte og ansøgningsskema.',
  'Virksomheden ønsker ikke flere henvendelser før efter sommerferien.',
  'Kantinen kan tage en i praktik i fire uger.',
  'Vi talte om vikarer gennem jobrotation i kursusperioden.',
  'Der blev spurgt til reglerne for IGU.',
  'Rundvisning i produktionen med værkføreren.',
  'Aftalt nyt møde i næste kvartal.',
];
const TOPIC_WEIGHTS: readonly (readonly [string, number])[] = [
  ['rekruttering', 30],
  ['virksomhedspraktik', 18],
  ['loentilskud', 12],
  ['opkvalificering', 6],
  ['fastholdelse', 7],
  ['fleksjob', 8],
  ['skaanejob', 2],
  ['mentor', 4],
  ['jobrotation', 3],
  ['voksenlaerling', 3],
  ['igu', 2],
  ['partnerskab', 3],
  ['virksomhedsbesoeg', 8],
];
const KINDS: readonly (readonly [string, number])[] = [
  ['email', 45],
  ['meeting', 15],
  ['call', 25],
  ['visit', 8],
  ['note', 7],
];
const VISIBILITIES: readonly (readonly [string, number])[] = [
  ['summary', 70],
  ['full', 15],
  ['subject', 10],
  ['metadata', 5],
];
const LEGAL_FORMS = new Set(['a s', 'aps', 'i s', 'k s', 'ivs', 'og son aps']);

// ---------------------------------------------------------------------------------------------
// Loading: column-major batches sent as unnest arrays, a few statements in flight
// ---------------------------------------------------------------------------------------------

interface Column {
  name: string;
  /** Element type of the unnest array parameter. */
  type: 'uuid' | 'text' | 'timestamptz' | 'int' | 'bool' | 'date' | 'float8';
  /** Cast of the unnested text into the column's type (arrays, jsonb). */
  cast?: 'text[]' | 'jsonb';
}

class TableLoader {
  private buffers: unknown[][];
  private count = 0;
  private readonly statement: string;
  rows = 0;

  constructor(
    private readonly sink: InsertSink,
    readonly table: string,
    private readonly columns: readonly Column[],
  ) {
    this.buffers = columns.map(() => []);
    const names = columns.map((c) => `"${c.name}"`);
    const select = columns.map((c) => (c.cast ? `"${c.name}"::${c.cast}` : `"${c.name}"`));
    const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`);
    this.statement = `insert into ${table} (${names.join(', ')}) select ${select.join(', ')} from unnest(${params.join(', ')}) as u(${names.join(', ')})`;
  }

  async push(values: readonly unknown[]): Promise<void> {
    for (let i = 0; i < values.length; i++) this.buffers[i]!.push(values[i]);
    this.count += 1;
    if (this.count >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    const batch = this.buffers;
    this.rows += this.count;
    this.buffers = this.columns.map(() => []);
    this.count = 0;
    await this.sink.send(this.statement, batch);
  }
}

/** Round-robins statements over the runners, with at most one in flight per runner. */
class InsertSink {
  private readonly inFlight: (Promise<unknown> | null)[];
  private next = 0;

  constructor(private readonly runners: readonly SqlRunner[]) {
    this.inFlight = runners.map(() => null);
  }

  async send(text: string, values: unknown[]): Promise<void> {
    const slot = this.next;
    this.next = (this.next + 1) % this.runners.length;
    await this.inFlight[slot];
    this.inFlight[slot] = this.runners[slot]!.query(text, values);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

const TENANT_COLUMN: Column = { name: 'tenant_id', type: 'text' };

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface GenCompany {
  id: string;
  name: string;
  cvr: string;
  domains: string[];
  contacts: { name: string; email: string | null }[];
  responsible: number | null;
  weight: number;
}

interface GenStaff {
  id: string;
  email: string;
  name: string;
  sectionId: string;
}

const asciiWord = (text: string) => toSearchKey(text).replace(/ /g, '');

function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

function fill(template: string, prng: Prng): string {
  return template.replace('{job}', prng.pick(JOBS)).replace('{n}', String(prng.int(2, 12)));
}

function gaussian(prng: Prng): number {
  const u = Math.max(prng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * prng.next());
}

function companyName(prng: Prng, taken: ReadonlySet<string>): string {
  for (;;) {
    const roll = prng.next();
    const suffix = prng.pick(SUFFIXES);
    let name: string;
    if (roll < 0.55)
      name = `${prng.chance(0.5) ? prng.pick(LAST_NAMES) : prng.pick(PLACES)} ${prng.pick(TRADES)} ${suffix}`;
    else if (roll < 0.75) name = `${prng.pick(LAST_NAMES)} & ${prng.pick(LAST_NAMES)} ${suffix}`;
    else if (roll < 0.9) name = `${prng.pick(TRADES)} ${prng.pick(PLACES)} ${suffix}`;
    else name = `${prng.pick(LAST_NAMES)}s ${prng.pick(TRADES)}`;
    name = name.trim();
    if (!taken.has(toSearchKey(name))) return name;
  }
}

function domainSlug(name: string): string {
  let key = toSearchKey(name);
  for (const form of LEGAL_FORMS) if (key.endsWith(` ${form}`)) key = key.slice(0, -form.length - 1);
  return key.replace(/ /g, '-');
}

/** Fills the target with the profile's tenant. Assumes an empty, migrated schema. */
async function generateRows(runners: readonly SqlRunner[], profile: Profile, seed: number, anchorMs: number) {
  const prng = new Prng(seed);
  const tenant = DEMO_TENANT_ID;
  const sink = new InsertSink(runners);
  const timings: Record<string, number> = {};
  const rows: Record<string, number> = {};
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - stepStart) / 1000;
    stepStart = now;
  };

  // --- sections, staff, topics -----------------------------------------------------------------
  const sections = SECTION_NAMES.slice(0, profile.sections);
  const sectionLoader = new TableLoader(sink, 'sections', [
    TENANT_COLUMN,
    { name: 'id', type: 'text' },
    { name: 'name', type: 'text' },
  ]);
  for (const [id, name] of sections) await sectionLoader.push([tenant, id, name]);
  await sectionLoader.flush();

  const staff: GenStaff[] = [];
  const emails = new Set<string>();
  for (let i = 0; i < profile.staff; i++) {
    if (i === 0) {
      staff.push({ id: prng.uuid(), email: DEMO_USER_EMAIL, name: 'Mette Kjærgaard', sectionId: 'virksomhedsservice' });
      emails.add(DEMO_USER_EMAIL);
      continue;
    }
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    let email = `${asciiWord(first)}.${asciiWord(last)}@roskilde.dk`;
    for (let n = 2; emails.has(email); n++) email = `${asciiWord(first)}.${asciiWord(last)}${n}@roskilde.dk`;
    emails.add(email);
    // A third of the staff are company consultants; they log most contacts.
    const sectionId = i % 3 === 0 ? 'virksomhedsservice' : sections[prng.int(0, sections.length - 1)]![0];
    staff.push({ id: prng.uuid(), email, name: `${first} ${last}`, sectionId });
  }
  const staffLoader = new TableLoader(sink, 'staff', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'email', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'section_id', type: 'text' },
    { name: 'is_admin', type: 'bool' },
  ]);
  for (const [i, s] of staff.entries())
    await staffLoader.push([tenant, s.id, s.email, s.name, s.sectionId, i === 0 || i % 50 === 7]);
  await staffLoader.flush();
  const consultants = staff.filter((s) => s.sectionId === 'virksomhedsservice');

  const topicLoader = new TableLoader(sink, 'topics', [
    TENANT_COLUMN,
    { name: 'key', type: 'text' },
    { name: 'label_da', type: 'text' },
    { name: 'label_en', type: 'text' },
    { name: 'cooperation', type: 'bool' },
    { name: 'position', type: 'int' },
  ]);
  for (const [position, t] of DEFAULT_TOPICS.entries())
    await topicLoader.push([tenant, t.key, t.da, t.en, t.cooperation, position]);
  await topicLoader.flush();
  rows.sections = sections.length;
  rows.staff = staff.length;
  rows.topics = DEFAULT_TOPICS.length;
  step('staff');

  // --- companies, domains, contacts ------------------------------------------------------------
  const heavyCount = profile.heavy.length;
  const names = new Set<string>(HEAVY_COMPANY_NAMES.slice(0, heavyCount).map(toSearchKey));
  const cvrs = new Set<string>();
  const pNumbers = new Set<string>();
  const slugs = new Map<string, number>();
  const contactEmails = new Set<string>();
  const companies: GenCompany[] = [];
  const companyLoader = new TableLoader(sink, 'companies', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'cvr', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'name_search', type: 'text' },
    { name: 'p_numbers', type: 'text', cast: 'text[]' },
    { name: 'address', type: 'text' },
    { name: 'postcode', type: 'text' },
    { name: 'city', type: 'text' },
    { name: 'industry_code', type: 'text' },
    { name: 'employee_band', type: 'text' },
    { name: 'blockade', type: 'bool' },
    { name: 'do_not_contact', type: 'bool' },
    { name: 'responsible_staff_id', type: 'uuid' },
    { name: 'created_at', type: 'timestamptz' },
    { name: 'updated_at', type: 'timestamptz' },
  ]);
  const domainLoader = new TableLoader(sink, 'company_domains', [
    TENANT_COLUMN,
    { name: 'domain', type: 'text' },
    { name: 'company_id', type: 'uuid' },
  ]);
  const contactLoader = new TableLoader(sink, 'contacts', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'company_id', type: 'uuid' },
    { name: 'name', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'title', type: 'text' },
  ]);
  const start = anchorMs - profile.years * 365.25 * DAY;
  const sharedPublicDomain = 'roskilde-plejecentre.dk';

  for (let c = 0; c < profile.companies; c++) {
    const heavy = c < heavyCount;
    const name = heavy ? HEAVY_COMPANY_NAMES[c]! : companyName(prng, names);
    names.add(toSearchKey(name));
    let cvr: string | null = null;
    while (!cvr || cvrs.has(cvr)) cvr = completeCvr(`${prng.int(1, 9)}${prng.digits(6)}`);
    cvrs.add(cvr);
    const pCount = heavy
      ? prng.int(20, 80)
      : prng.weighted([
          [1, 80],
          [2, 14],
          [3, 6],
        ] as const);
    const ps: string[] = [];
    for (let i = 0; i < pCount; i++) {
      let p = `1${prng.digits(9)}`;
      while (pNumbers.has(p)) p = `1${prng.digits(9)}`;
      pNumbers.add(p);
      ps.push(p);
    }
    const domains: string[] = [];
    if (c >= heavyCount && c < heavyCount + 20) domains.push(sharedPublicDomain);
    else if (heavy || prng.chance(0.95)) {
      const slug = domainSlug(name);
      const seen = slugs.get(slug) ?? 0;
      slugs.set(slug, seen + 1);
      domains.push(`${seen === 0 ? slug : `${slug}-${seen + 1}`}.dk`);
      if (heavy || prng.chance(0.1)) domains.push(`${seen === 0 ? slug : `${slug}-${seen + 1}`}.com`);
    }
    const [postcode, city] = prng.pick(POSTCODES);
    const responsible = prng.chance(0.4) ? prng.int(0, consultants.length - 1) : null;
    // Long tail: log-normal activity, some companies never contacted.
    const weight = heavy ? 0 : prng.chance(0.08) ? 0 : Math.exp(1.3 * gaussian(prng));
    const company: GenCompany = { id: prng.uuid(), name, cvr, domains, contacts: [], responsible, weight };
    const created = new Date(start + prng.next() * (anchorMs - start) * 0.5).toISOString();
    await companyLoader.push([
      tenant,
      company.id,
      cvr,
      name,
      toSearchKey(name),
      pgArray(ps),
      `${prng.pick(STREETS)} ${prng.int(1, 120)}`,
      postcode,
      city,
      prng.pick(DB07),
      heavy ? '250+' : prng.pick(BANDS),
      prng.chance(0.003),
      prng.chance(0.005),
      responsible === null ? null : consultants[responsible]!.id,
      created,
      created,
    ]);
    for (const domain of domains) await domainLoader.push([tenant, domain, company.id]);

    const contactCount = heavy
      ? profile.heavyContacts
      : prng.weighted([
          [0, 10],
          [1, 25],
          [2, 25],
          [3, 18],
          [4, 10],
          [6, 8],
          [10, 4],
        ] as const);
    for (let i = 0; i < contactCount; i++) {
      const first = prng.pick(FIRST_NAMES);
      const last = prng.pick(LAST_NAMES);
      const domain = domains[0] === sharedPublicDomain ? sharedPublicDomain : domains[0];
      let email: string | null = null;
      if (domain && prng.chance(0.9)) {
        const local = `${asciiWord(first)}.${asciiWord(last)}`;
        email = `${local}@${domain}`;
        for (let n = 2; contactEmails.has(email); n++) email = `${local}${n}@${domain}`;
        contactEmails.add(email);
      }
      company.contacts.push({ name: `${first} ${last}`, email });
      await contactLoader.push([
        tenant,
        prng.uuid(),
        company.id,
        `${first} ${last}`,
        email,
        prng.chance(0.7) ? `+45 ${prng.digits(8)}` : null,
        prng.pick(TITLES),
      ]);
    }
    companies.push(company);
  }
  await companyLoader.flush();
  await domainLoader.flush();
  await contactLoader.flush();
  rows.companies = companyLoader.rows;
  rows.company_domains = domainLoader.rows;
  rows.contacts = contactLoader.rows;
  step('companies');

  // --- interactions, in chronological order (as a municipality logs them) ----------------------
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
  step('interactions');

  // --- vacancies and their lifecycle -----------------------------------------------------------
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
  step('vacancies');

  // --- Teams: channel subscriptions and their conversation references, KPI targets -------------
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
  step('teams');

  // --- what the scenarios address ---------------------------------------------------------------
  const fixture = (index: number): CompanyFixture => {
    const c = companies[index]!;
    return { id: c.id, name: c.name, cvr: c.cvr, domain: c.domains[0]!, interactions: interactionCounts[index]! };
  };
  // A typical company: its own domain, a contact person with an address, a few dozen contacts.
  let typicalIndex = -1;
  for (let i = heavyCount + 20; i < companies.length && typicalIndex < 0; i++) {
    const c = companies[i]!;
    const count = interactionCounts[i]!;
    if (c.domains.length > 0 && c.contacts.some((p) => p.email) && count >= 20 && count <= 60) typicalIndex = i;
  }
  if (typicalIndex < 0)
    throw new Error('No typical company (20-60 contacts, a domain, an emailed contact) in the data.');
  const typicalContact = companies[typicalIndex]!.contacts.find((p) => p.email)!;
  const demo = staff[0]!;
  const fixtures: Fixtures = {
    tenantId: tenant,
    anchor: new Date(anchorMs).toISOString(),
    demoStaff: { id: demo.id, email: demo.email, name: demo.name, sectionId: demo.sectionId },
    staff: staff.map((s) => ({ id: s.id, email: s.email })),
    heavy: profile.heavy.map((_, i) => fixture(i)),
    typical: { ...fixture(typicalIndex), contactEmail: typicalContact.email!, contactName: typicalContact.name },
    cvr: companies[Math.floor(companies.length / 2)]!.cvr,
    pNumber: [...pNumbers][Math.floor(pNumbers.size / 3)]!,
    rows,
  };
  return { fixtures, timings };
}

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i]!;
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Index of the first cumulative weight above u. */
function search(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Preparing the database, caching, indexes
// ---------------------------------------------------------------------------------------------

const BULK_TABLES = [
  'companies',
  'company_domains',
  'contacts',
  'interactions',
  'interaction_loggers',
  'vacancies',
  'vacancy_events',
  'conversation_refs',
  'channel_subscriptions',
];

/** Secondary indexes (not backing a constraint) of the bulk tables, with their definitions. */
async function secondaryIndexes(runner: SqlRunner): Promise<{ name: string; definition: string }[]> {
  return runner.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where t.relname = any($1::text[]) and t.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by t.relname, c.relname`,
    [BULK_TABLES],
  );
}

async function readFingerprint(
  runner: SqlRunner,
): Promise<{ fingerprint: Fingerprint; fixtures: Fixtures; seconds: Record<string, number> } | null> {
  const exists = await runner.query(`select 1 from pg_tables where schemaname = 'public' and tablename = 'bench_meta'`);
  if (exists.length === 0) return null;
  const rows = await runner.query<{ value: unknown }>(`select value from bench_meta where key = 'generation'`);
  return (
    (rows[0]?.value as { fingerprint: Fingerprint; fixtures: Fixtures; seconds: Record<string, number> } | undefined) ??
    null
  );
}

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.profile === b.profile && a.seed === b.seed && a.version === b.version;

export interface GenerateOptions {
  profile: Profile;
  target: BenchTarget;
  seed?: number;
  /** Regenerate even when the target already holds this profile's data. */
  regenerate?: boolean;
  /** The data ends at this instant (default: today, UTC midnight). */
  anchor?: Date;
  /** The admin database used to create the bench database (PostgreSQL). */
  adminUrl?: string;
  /** True when the database is ours to drop and recreate (the default bench database). */
  ownDatabase?: boolean;
  log?: (line: string) => void;
}

/** Generates the profile's tenant into the target, or reuses it when it is already there. */
export async function generate(options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? DEFAULT_SEED;
  const fingerprint: Fingerprint = { profile: options.profile.name, seed, version: GENERATOR_VERSION };
  const anchorDate = options.anchor ?? new Date();
  const anchorMs = Date.UTC(anchorDate.getUTCFullYear(), anchorDate.getUTCMonth(), anchorDate.getUTCDate());
  const target = options.target;

  if (target.kind === 'postgres') await ensurePostgresDatabase(target.url, options.adminUrl ?? DEFAULT_ADMIN_URL);
  if (!options.regenerate) {
    const existing = await peekFingerprint(target);
    if (existing && sameFingerprint(existing.fingerprint, fingerprint)) {
      log(
        `data: reusing ${options.profile.name} (seed ${seed}) generated for ${existing.fixtures.anchor.slice(0, 10)}`,
      );
      return { fingerprint, fixtures: existing.fixtures, seconds: existing.seconds, reused: true };
    }
  }

  const began = performance.now();
  const seconds: Record<string, number> = {};
  const tick = (name: string, since: number) => (seconds[name] = Math.round(performance.now() - since) / 1000);

  // A clean, migrated schema.
  let t = performance.now();
  let runners: SqlRunner[];
  if (target.kind === 'postgres') {
    await resetPostgres(target.url, options.adminUrl ?? DEFAULT_ADMIN_URL, options.ownDatabase ?? false);
    await (await openDatabase({ kind: 'postgres', url: target.url })).destroy();
    runners = [await pgRunner(target.url), await pgRunner(target.url)];
  } else {
    await rm(target.dataDir, { recursive: true, force: true });
    runners = [await pgliteRunner(target.dataDir)];
  }
  tick('schema', t);

  try {
    for (const runner of runners) {
      // Bulk-load settings for these sessions only: no FK triggers (the generator keeps references
      // intact), no wait for WAL flush, memory for index builds.
      await runner.query(`set session_replication_role = replica`);
      await runner.query(`set synchronous_commit = off`);
      await runner.query(`set maintenance_work_mem = '${target.kind === 'postgres' ? '1GB' : '256MB'}'`);
    }
    const main = runners[0]!;
    t = performance.now();
    const indexes = await secondaryIndexes(main);
    for (const index of indexes) await main.query(`drop index "${index.name}"`);
    tick('drop-indexes', t);

    log(
      `data: generating ${options.profile.name} (seed ${seed}, ${options.profile.interactions.toLocaleString('en')} interactions) ...`,
    );
    t = performance.now();
    const { fixtures, timings } = await generateRows(runners, options.profile, seed, anchorMs);
    for (const [name, value] of Object.entries(timings)) seconds[`load:${name}`] = value;
    tick('load', t);
    log(
      `data: rows loaded in ${seconds.load}s (${Object.entries(timings)
        .map(([k, v]) => `${k} ${v}s`)
        .join(', ')})`,
    );

    t = performance.now();
    await Promise.all(
      runners.map(async (runner, slot) => {
        for (const [i, index] of indexes.entries())
          if (i % runners.length === slot) await runner.query(index.definition);
      }),
    );
    tick('create-indexes', t);
    log(`data: ${indexes.length} secondary indexes rebuilt in ${seconds['create-indexes']}s`);

    t = performance.now();
    await main.query(`vacuum (analyze) `);
    tick('vacuum-analyze', t);
    seconds.total = Math.round(performance.now() - began) / 1000;
    log(`data: vacuum analyze ${seconds['vacuum-analyze']}s; total ${seconds.total}s`);

    await main.query(`create table if not exists bench_meta (key text primary key, value jsonb not null)`);
    await main.query(
      `insert into bench_meta (key, value) values ('generation', $1::jsonb) on conflict (key) do update set value = excluded.value`,
      [JSON.stringify({ fingerprint, fixtures, seconds })],
    );
    return { fingerprint, fixtures, seconds, reused: false };
  } finally {
    for (const runner of runners) await runner.close();
  }
}

async function peekFingerprint(target: BenchTarget) {
  if (target.kind === 'pglite') {
    const { existsSync } = await import('node:fs');
    if (!existsSync(`${target.dataDir}/PG_VERSION`)) return null;
  }
  const runner = target.kind === 'postgres' ? await pgRunner(target.url) : await pgliteRunner(target.dataDir);
  try {
    return await readFingerprint(runner);
  } finally {
    await runner.close();
  }
}

async function ensurePostgresDatabase(url: string, adminUrl: string): Promise<void> {
  const database = databaseOf(url);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/** Empties the bench database: dropped and recreated when it is ours, else only its public schema, and only when it is a bench database. */
async function resetPostgres(url: string, adminUrl: string, ownDatabase: boolean): Promise<void> {
  const database = databaseOf(url);
  if (ownDatabase) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`drop database if exists "${database.replace(/"/g, '')}" with (force)`);
      await admin.query(`create database "${database.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
    return;
  }
  const runner = await pgRunner(url);
  try {
    const tables = await runner.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    if (tables.length > 0 && !tables.some((t) => t.tablename === 'bench_meta')) {
      throw new Error(
        `${database} holds tables but no bench_meta: refusing to empty a database that is not a benchmark database.`,
      );
    }
    await runner.query(`drop schema public cascade`);
    await runner.query(`create schema public`);
  } finally {
    await runner.close();
  }
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

export function defaultTarget(
  profile: Profile,
  env: Record<string, string | undefined> = process.env,
): { target: BenchTarget; ownDatabase: boolean } {
  if (profile.store === 'pglite') {
    // Under bench/ (git-ignored as .data/), never the service's own ./.data.
    const dataDir = env.BENCH_PGLITE_DIR ?? fileURLToPath(new URL('./.data/pglite-small', import.meta.url));
    return { target: { kind: 'pglite', dataDir }, ownDatabase: true };
  }
  if (env.BENCH_DATABASE_URL) return { target: { kind: 'postgres', url: env.BENCH_DATABASE_URL }, ownDatabase: false };
  const database = profile.name === 'pg-large' ? 'kontaktspor_bench' : 'kontaktspor_bench_small';
  return { target: { kind: 'postgres', url: withDatabase(DEFAULT_ADMIN_URL, database) }, ownDatabase: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const profileName = value('--profile') ?? 'pg-large';
  if (!isProfileName(profileName)) throw new Error(`Unknown profile ${profileName}`);
  const profile = PROFILES[profileName];
  const { target, ownDatabase } = defaultTarget(profile);
  const report = await generate({
    profile,
    target,
    ownDatabase,
    seed: value('--seed') ? Number(value('--seed')) : undefined,
    regenerate: args.includes('--regenerate'),
  });
  console.log(JSON.stringify({ seconds: report.seconds, rows: report.fixtures.rows, reused: report.reused }, null, 2));
}
