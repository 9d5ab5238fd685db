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

type Title = { title: string; code: { kode: string; navn: string } | null };

/** Titles with their DISCO-08 group; `code: null` is an employer who typed a free-text title. */
const TITLES: readonly Title[] = [
  { title: 'Kok', code: { kode: '5120', navn: 'Kokke' } },
  { title: 'Elektriker', code: { kode: '7411', navn: 'Elektrikere' } },
  { title: 'Lastbilchauffør', code: { kode: '8332', navn: 'Førere af lastbiler' } },
  { title: 'Butiksassistent', code: { kode: '5223', navn: 'Butiksassistenter' } },
  { title: 'Kontorassistent', code: { kode: '4110', navn: 'Almindeligt kontorarbejde' } },
  { title: 'Softwareudvikler', code: { kode: '2512', navn: 'Softwareudviklere' } },
  { title: 'Social- og sundhedshjælper', code: { kode: '5321', navn: 'Social- og sundhedshjælpere' } },
  { title: 'Tømrer', code: { kode: '7115', navn: 'Tømrere og snedkere' } },
  { title: 'VVS-montør', code: { kode: '7126', navn: 'VVS-montører og rørlæggere' } },
  { title: 'Rengøringsassistent', code: { kode: '9112', navn: 'Rengøringsassistenter' } },
  { title: 'Lagermedarbejder', code: { kode: '4321', navn: 'Lagerekspedienter' } },
  { title: 'Bogholder', code: { kode: '3313', navn: 'Bogholdere' } },
  { title: 'Tjener', code: { kode: '5131', navn: 'Tjenere' } },
  { title: 'Automekaniker', code: { kode: '7231', navn: 'Mekanikere' } },
  { title: 'Pædagogmedhjælper', code: { kode: '5311', navn: 'Pædagogmedhjælpere' } },
  { title: 'Pakkerimedarbejder', code: { kode: '9333', navn: 'Lager- og transportmedhjælpere' } },
  { title: 'Medarbejder til kundeservice', code: null },
  { title: 'Allround håndværker', code: null },
];

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
  const { title, code } = prng.pick(TITLES);
  const deadline = prng.chance(0.15) ? null : isoDate(new Date(now.getTime() + prng.int(14, 49) * DAY_MS));
  return {
    virksomhed: { cvrNummer: company.cvr, produktionsenhedsnummer: company.pNumber, navn: company.name },
    stillingsbetegnelse: title,
    stillingsbetegnelseKode: code ? { ...code, klassifikation: 'DISCO-08' } : null,
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
