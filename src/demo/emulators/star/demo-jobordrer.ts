/**
 * Jobordrer as Roskilde's employers register them in Jobnet, for the demo and for load tests: Danish
 * titles with their DISCO-08 code when the employer chose one, mostly one position, deadlines two to
 * seven weeks ahead of the injected now (some "snarest muligt"), the work address at the company in
 * Roskilde Kommune, and a mix of ordinary jobs and positions on special terms such as løntilskud.
 * Deterministic for a seed.
 */
import { Prng } from '../../prng.js';
import type { JobordreInput, JobordreTypeKey } from './star-state.js';

/** A company as the demo seed knows it (a P-unit in Roskilde Kommune). */
export interface DemoJobordreCompany {
  cvr: string;
  pNumber: string | null;
  name: string;
  address: string;
  postcode: string;
  city: string;
}

export interface DemoJobordreOptions {
  now: Date;
  seed: number;
  /** How many; one per company when left out. */
  count?: number;
}

const ROSKILDE_KOMMUNEKODE = '265';
const DAY_MS = 86_400_000;

/** Titles and DISCO-08 codes; `kode: null` is an employer who typed a free-text title. */
const TITLES: readonly { title: string; kode: string | null }[] = [
  { title: 'Kok', kode: '5120' },
  { title: 'Elektriker', kode: '7411' },
  { title: 'Lastbilchauffør', kode: '8332' },
  { title: 'Butiksassistent', kode: '5223' },
  { title: 'Kontorassistent', kode: '4110' },
  { title: 'Softwareudvikler', kode: '2512' },
  { title: 'Social- og sundhedshjælper', kode: '5321' },
  { title: 'Tømrer', kode: '7115' },
  { title: 'VVS-montør', kode: '7126' },
  { title: 'Rengøringsassistent', kode: '9112' },
  { title: 'Lagermedarbejder', kode: '4321' },
  { title: 'Bogholder', kode: '3313' },
  { title: 'Tjener', kode: '5131' },
  { title: 'Automekaniker', kode: '7231' },
  { title: 'Pædagogmedhjælper', kode: '5311' },
  { title: 'Pakkerimedarbejder', kode: '9333' },
  { title: 'Medarbejder til kundeservice', kode: null },
  { title: 'Allround håndværker', kode: null },
];

const DISCO_NAMES: Readonly<Record<string, string>> = {
  '5120': 'Kokke',
  '7411': 'Elektrikere',
  '8332': 'Førere af lastbiler',
  '5223': 'Butiksassistenter',
  '4110': 'Almindeligt kontorarbejde',
  '2512': 'Softwareudviklere',
  '5321': 'Social- og sundhedshjælpere',
  '7115': 'Tømrere og snedkere',
  '7126': 'VVS-montører og rørlæggere',
  '9112': 'Rengøringsassistenter',
  '4321': 'Lagerekspedienter',
  '3313': 'Bogholdere',
  '5131': 'Tjenere',
  '7231': 'Mekanikere',
  '5311': 'Pædagogmedhjælpere',
  '9333': 'Lager- og transportmedhjælpere',
};

/** Most jobordrer are ordinary jobs; the rest are the special terms a jobcenter follows closely. */
const TYPE_WEIGHTS: readonly (readonly [JobordreTypeKey, number])[] = [
  ['ordinaert', 60],
  ['loentilskudPrivat', 10],
  ['loentilskudOffentlig', 4],
  ['fleksjob', 8],
  ['virksomhedspraktik', 6],
  ['elevplads', 8],
  ['jobrotation', 4],
];

function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function jobordreFor(company: DemoJobordreCompany, prng: Prng, now: Date): JobordreInput {
  const { title, kode } = prng.pick(TITLES);
  const deadline = prng.chance(0.15) ? null : isoDate(new Date(now.getTime() + prng.int(14, 49) * DAY_MS));
  return {
    virksomhed: { cvrNummer: company.cvr, produktionsenhedsnummer: company.pNumber, navn: company.name },
    stillingsbetegnelse: title,
    stillingsbetegnelseKode: kode ? { kode, navn: DISCO_NAMES[kode] ?? title, klassifikation: 'DISCO-08' } : null,
    antalStillinger: prng.weighted([
      [1, 70],
      [2, 15],
      [3, 10],
      [5, 5],
    ]),
    ansoegningsfrist: deadline,
    arbejdssted: {
      adresselinje: company.address,
      postnummer: company.postcode,
      postdistrikt: company.city,
      kommunekode: ROSKILDE_KOMMUNEKODE,
    },
    type: prng.weighted(TYPE_WEIGHTS),
  };
}

/** `count` jobordre inputs spread over `companies` (each company in turn, then again). */
export function demoJobordrer(
  companies: readonly DemoJobordreCompany[],
  options: DemoJobordreOptions,
): JobordreInput[] {
  if (companies.length === 0) return [];
  const prng = new Prng(options.seed);
  const count = options.count ?? companies.length;
  return Array.from({ length: count }, (_, i) =>
    jobordreFor(companies[i % companies.length] as DemoJobordreCompany, prng, options.now),
  );
}
