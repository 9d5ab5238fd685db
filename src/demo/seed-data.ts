/**
 * The demo tenant (a fictional Jobcenter Roskilde): sections, staff, companies, contact persons,
 * two years of company contacts and a set of vacancies.
 *
 * Pure and deterministic: no I/O, no Math.random, no dependence on the machine's time zone. The same
 * seed and `now` always give the same data. Every company, person and domain is fictional; texts
 * are company-facing and never mention citizens.
 */
import { completeCvr } from '../domain/cvr.js';
import { Prng } from './prng.js';
import { inboxSince } from './emulators/demo-mailboxes.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type InteractionKind = 'email' | 'meeting' | 'call' | 'visit' | 'note';
export type Visibility = 'full' | 'summary' | 'subject' | 'metadata';
export type VacancyStatus = 'received' | 'in_progress' | 'paused' | 'filled' | 'deadline_passed' | 'withdrawn';
export interface SeedParticipant {
  name: string | null;
  email: string | null;
  role: 'from' | 'to' | 'cc' | 'attendee' | 'organizer';
  side: 'ours' | 'theirs';
}
export interface SeedData {
  sections: { id: string; name: string }[];
  staff: { id: string; email: string; name: string; sectionId: string; isAdmin: boolean }[];
  companies: {
    id: string;
    cvr: string;
    name: string;
    pNumbers: string[];
    address: string;
    postcode: string;
    city: string;
    industryCode: string;
    employeeBand: string;
    blockade: boolean;
    doNotContact: boolean;
    responsibleStaffId: string | null;
    domains: string[];
  }[];
  contacts: {
    id: string;
    companyId: string;
    name: string;
    email: string | null;
    phone: string | null;
    title: string | null;
  }[];
  interactions: {
    id: string;
    companyId: string;
    kind: InteractionKind;
    occurredAt: Date;
    subject: string | null;
    summary: string | null;
    excerpt: string | null;
    topics: string[];
    direction: 'inbound' | 'outbound' | null;
    participants: SeedParticipant[];
    source: 'outlook' | 'manual';
    sourceKey: string | null;
    visibility: Visibility;
    loggedBy: string;
    sectionId: string;
    coLoggers: string[];
  }[];
  vacancies: {
    id: string;
    companyId: string;
    title: string;
    positions: number;
    deadline: string | null /* YYYY-MM-DD */;
    location: string;
    postcode: string;
    topics: string[];
    status: VacancyStatus;
    claimedBy: string | null;
    sectionId: string | null;
    createdBy: string;
    createdAt: Date;
    interactionId: string | null;
    events: { fromStatus: VacancyStatus | null; toStatus: VacancyStatus; actorId: string; at: Date }[];
  }[];
}

type Section = SeedData['sections'][number];
type Staff = SeedData['staff'][number];
type Company = SeedData['companies'][number];
type Contact = SeedData['contacts'][number];
type Interaction = SeedData['interactions'][number];
type Vacancy = SeedData['vacancies'][number];
type VacancyEvent = Vacancy['events'][number];

/** The first staff member: a company consultant in Virksomhedsservice and an admin. */
export const DEMO_USER_EMAIL: string = 'mette.kjaergaard@roskilde.dk';

const DEFAULT_SEED = 20150813; // the date of the strategy memo
const TENANT_DOMAIN = 'roskilde.dk';
/** One public employer, several workplaces (companies) sharing one email domain. */
const SHARED_PUBLIC_DOMAIN = 'roskilde-plejecentre.dk';
const REGULAR_INTERACTIONS = 470; // plus one email per linked vacancy
const OSTERGAARD_NAME = 'Østergaard Byg A/S';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------------

const SECTIONS = [
  { id: 'virksomhedsservice', name: 'Virksomhedsservice' },
  { id: 'ydelse-job', name: 'Job og ydelse' },
  { id: 'sygedagpenge', name: 'Sygedagpenge og fastholdelse' },
  { id: 'unge', name: 'Ungeindsatsen' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const STAFF_TABLE: readonly { first: string; last: string; sectionId: SectionId; isAdmin?: boolean }[] = [
  { first: 'Mette', last: 'Kjærgaard', sectionId: 'virksomhedsservice', isAdmin: true }, // the demo user
  { first: 'Søren', last: 'Holm', sectionId: 'virksomhedsservice' },
  { first: 'Camilla', last: 'Bøgh', sectionId: 'virksomhedsservice' },
  { first: 'Rasmus', last: 'Nørgaard', sectionId: 'virksomhedsservice' },
  { first: 'Louise', last: 'Dahl', sectionId: 'virksomhedsservice' },
  { first: 'Thomas', last: 'Frederiksen', sectionId: 'virksomhedsservice' },
  { first: 'Henrik', last: 'Lauridsen', sectionId: 'ydelse-job' },
  { first: 'Pernille', last: 'Skov', sectionId: 'ydelse-job' },
  { first: 'Bente', last: 'Åkerlund', sectionId: 'ydelse-job' },
  { first: 'Morten', last: 'Friis', sectionId: 'ydelse-job' },
  { first: 'Hanne', last: 'Bækgaard', sectionId: 'sygedagpenge', isAdmin: true },
  { first: 'Kasper', last: 'Lund', sectionId: 'sygedagpenge' },
  { first: 'Signe', last: 'Wæver', sectionId: 'sygedagpenge' },
  { first: 'Jonas', last: 'Krogh', sectionId: 'unge' },
  { first: 'Sofie', last: 'Mørch', sectionId: 'unge' },
  { first: 'Emil', last: 'Thygesen', sectionId: 'unge' },
];

const PLACES: Record<string, { city: string; streets: readonly string[] }> = {
  '4000': {
    city: 'Roskilde',
    streets: [
      'Københavnsvej',
      'Industrivej',
      'Håndværkervej',
      'Darupvej',
      'Maglegårdsvej',
      'Holbækvej',
      'Ringstedvej',
      'Køgevej',
      'Himmelev Bygade',
      'Trekroner Allé',
      'Svogerslev Hovedgade',
      'Gammel Havn',
    ],
  },
  '4030': { city: 'Tune', streets: ['Tune Bygade', 'Lufthavnsvej', 'Snoldelevvej', 'Kildebakken', 'Vestervej'] },
  '4040': { city: 'Jyllinge', streets: ['Møllehusvej', 'Strandgårdsvej', 'Nordmarksvej', 'Havnevej', 'Bygaden'] },
  '4050': { city: 'Skibby', streets: ['Hovedgaden', 'Selsøvej', 'Østervej'] },
  '4070': { city: 'Kirke Hyllinge', streets: ['Lyndbyvej', 'Sæbyvej', 'Bygaden', 'Kirkebakken'] },
  '4130': { city: 'Viby Sjælland', streets: ['Toftegårdsvej', 'Industriskellet', 'Gadstrupvej', 'Hovedgaden'] },
  '4320': { city: 'Lejre', streets: ['Allerslevvej', 'Gammel Lejrevej', 'Bøgebakken', 'Kornerupvej'] },
  '4330': { city: 'Hvalsø', streets: ['Hovedgaden', 'Skovvej', 'Industrivej', 'Lysholm Allé'] },
  '4621': { city: 'Gadstrup', streets: ['Gadstrup Bygade', 'Ågerupvej', 'Vindekildevej'] },
  '4622': { city: 'Havdrup', streets: ['Havdrupvej', 'Ølbyvej', 'Bygaden'] },
};

type Industry =
  | 'byg'
  | 'transport'
  | 'rengoering'
  | 'pleje'
  | 'detail'
  | 'restaurant'
  | 'it'
  | 'produktion'
  | 'landbrug'
  | 'kommunal'
  | 'service'
  | 'auto';
type EmployeeBand = '1-9' | '10-49' | '50-249' | '250+';

interface CompanySpec {
  name: string;
  industry: Industry;
  db07: string;
  postcode: keyof typeof PLACES & string;
  band: EmployeeBand;
  /** Relative share of the contact history (Østergaard Byg gets a fixed, larger share). */
  activity: number;
  blockade?: boolean;
  doNotContact?: boolean;
  /** Overrides the domain derived from the name. */
  domains?: readonly string[];
  /** Overrides the industry's typical jobs. */
  jobs?: readonly string[];
}

const COMPANY_TABLE: readonly CompanySpec[] = [
  {
    name: OSTERGAARD_NAME,
    industry: 'byg',
    db07: '412000',
    postcode: '4000',
    band: '50-249',
    activity: 0,
    domains: ['ostergaard-byg.dk'],
  },
  {
    name: 'Østerby Transport ApS',
    industry: 'transport',
    db07: '494100',
    postcode: '4030',
    band: '10-49',
    activity: 3,
  },
  {
    name: 'Roskilde VVS & Blik A/S',
    industry: 'byg',
    db07: '432200',
    postcode: '4000',
    band: '10-49',
    activity: 2,
    jobs: ['VVS-montør', 'blikkenslager', 'VVS-lærling'],
  },
  {
    name: 'Roskilde Rengøringsservice ApS',
    industry: 'rengoering',
    db07: '812100',
    postcode: '4000',
    band: '50-249',
    activity: 4,
  },
  {
    name: 'Rosenhøj Tømrer og Snedker ApS',
    industry: 'byg',
    db07: '433200',
    postcode: '4000',
    band: '1-9',
    activity: 1,
    jobs: ['tømrer', 'snedker', 'tømrerlærling'],
  },
  {
    name: 'Roskilde Kommune – Plejecenter Himmelev',
    industry: 'pleje',
    db07: '871000',
    postcode: '4000',
    band: '50-249',
    activity: 6,
    domains: [SHARED_PUBLIC_DOMAIN],
  },
  {
    name: 'Roskilde Kommune – Plejecenter Trekroner',
    industry: 'pleje',
    db07: '871000',
    postcode: '4000',
    band: '50-249',
    activity: 4,
    domains: [SHARED_PUBLIC_DOMAIN],
  },
  {
    name: 'Café Fjordglimt Roskilde',
    industry: 'restaurant',
    db07: '561010',
    postcode: '4000',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Roskilde Fjord Logistik A/S',
    industry: 'transport',
    db07: '521000',
    postcode: '4000',
    band: '250+',
    activity: 6,
    jobs: ['lagermedarbejder', 'truckfører', 'chauffør (kat. C/E)', 'pakkerimedarbejder'],
  },
  {
    name: 'Rosenvænget Dagligvarer ApS',
    industry: 'detail',
    db07: '471110',
    postcode: '4000',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Roskilde Tagdækning ApS',
    industry: 'byg',
    db07: '439100',
    postcode: '4000',
    band: '10-49',
    activity: 1,
    jobs: ['tagdækker', 'byggepladsarbejder'],
  },
  {
    name: 'Himmelev Malerfirma ApS',
    industry: 'byg',
    db07: '433410',
    postcode: '4000',
    band: '10-49',
    activity: 2,
    jobs: ['maler', 'malerlærling'],
  },
  {
    name: 'Tune Vognmandsforretning I/S',
    industry: 'transport',
    db07: '494100',
    postcode: '4030',
    band: '10-49',
    activity: 1,
    blockade: true,
  },
  { name: 'Jyllinge Auto & Dæk ApS', industry: 'auto', db07: '452010', postcode: '4040', band: '1-9', activity: 1 },
  { name: 'Jyllinge Havnekro', industry: 'restaurant', db07: '561010', postcode: '4040', band: '10-49', activity: 2 },
  {
    name: 'Kirke Hyllinge Maskinstation I/S',
    industry: 'landbrug',
    db07: '016100',
    postcode: '4070',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Bøgebjerggård Landbrug I/S',
    industry: 'landbrug',
    db07: '014600',
    postcode: '4070',
    band: '1-9',
    activity: 1,
    doNotContact: true,
  },
  {
    name: 'Dagligvarehuset Viby ApS',
    industry: 'detail',
    db07: '471110',
    postcode: '4130',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Hvalsø Bageri & Konditori ApS',
    industry: 'detail',
    db07: '107120',
    postcode: '4330',
    band: '10-49',
    activity: 1,
    jobs: ['bagermedhjælper', 'butiksassistent', 'konditor'],
  },
  {
    name: 'Lejre Anlægsgartner ApS',
    industry: 'landbrug',
    db07: '813000',
    postcode: '4320',
    band: '10-49',
    activity: 2,
    jobs: ['anlægsgartner', 'gartnermedhjælper', 'maskinfører'],
  },
  {
    name: 'Nordisk Stålkonstruktion A/S',
    industry: 'produktion',
    db07: '251100',
    postcode: '4000',
    band: '50-249',
    activity: 4,
    jobs: ['smed', 'svejser', 'produktionsmedarbejder'],
  },
  {
    name: 'Fjordland Plast A/S',
    industry: 'produktion',
    db07: '222200',
    postcode: '4030',
    band: '50-249',
    activity: 3,
  },
  { name: 'Trekroner IT-Partner ApS', industry: 'it', db07: '620200', postcode: '4000', band: '10-49', activity: 2 },
  { name: 'Kildegaard Software ApS', industry: 'it', db07: '620100', postcode: '4000', band: '10-49', activity: 1 },
  { name: 'DataHavn Hosting ApS', industry: 'it', db07: '631100', postcode: '4040', band: '1-9', activity: 1 },
  {
    name: 'Lindegården Privat Hjemmepleje ApS',
    industry: 'pleje',
    db07: '881000',
    postcode: '4000',
    band: '50-249',
    activity: 5,
  },
  { name: 'Solsikken Ældrepleje ApS', industry: 'pleje', db07: '881000', postcode: '4130', band: '10-49', activity: 3 },
  {
    name: 'Bryggeriet Skovsø ApS',
    industry: 'produktion',
    db07: '110500',
    postcode: '4330',
    band: '10-49',
    activity: 1,
    jobs: ['bryggeriarbejder', 'lagermedarbejder', 'chauffør'],
  },
  {
    name: 'Svogerslev El-Service ApS',
    industry: 'byg',
    db07: '432100',
    postcode: '4000',
    band: '10-49',
    activity: 2,
    jobs: ['elektriker', 'elektrikerlærling'],
  },
  {
    name: 'Gadstrup Grus & Entreprenør A/S',
    industry: 'byg',
    db07: '431200',
    postcode: '4621',
    band: '50-249',
    activity: 3,
    jobs: ['maskinfører', 'anlægsarbejder', 'chauffør (kat. C/E)'],
  },
  {
    name: 'Tune Rengøring og Vinduespolering ApS',
    industry: 'rengoering',
    db07: '812200',
    postcode: '4030',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Grøn Facility Service A/S',
    industry: 'rengoering',
    db07: '812100',
    postcode: '4000',
    band: '250+',
    activity: 6,
  },
  {
    name: 'Havdrup Taxa & Kørsel ApS',
    industry: 'transport',
    db07: '493200',
    postcode: '4622',
    band: '10-49',
    activity: 1,
    jobs: ['taxichauffør', 'flexchauffør'],
  },
  {
    name: 'Vestergaard Møbelsnedkeri ApS',
    industry: 'produktion',
    db07: '310900',
    postcode: '4320',
    band: '10-49',
    activity: 1,
    jobs: ['møbelsnedker', 'produktionsmedarbejder', 'overfladebehandler'],
  },
  {
    name: 'Sønderby Kød A/S',
    industry: 'produktion',
    db07: '101100',
    postcode: '4130',
    band: '50-249',
    activity: 3,
    jobs: ['slagteriarbejder', 'pakkerimedarbejder', 'produktionsmedarbejder'],
  },
  {
    name: 'Blomsterhuset Ågården ApS',
    industry: 'detail',
    db07: '477610',
    postcode: '4000',
    band: '1-9',
    activity: 1,
    jobs: ['butiksassistent', 'blomsterbinder'],
  },
  {
    name: 'Tune Byggecenter ApS',
    industry: 'detail',
    db07: '475210',
    postcode: '4030',
    band: '10-49',
    activity: 2,
    jobs: ['butiksassistent', 'lagermedarbejder', 'truckfører'],
  },
  { name: 'Skibby Købmandsgård ApS', industry: 'detail', db07: '471110', postcode: '4050', band: '10-49', activity: 1 },
  {
    name: 'Kirkegaards Catering ApS',
    industry: 'restaurant',
    db07: '562100',
    postcode: '4000',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Æblehaven Frugtplantage I/S',
    industry: 'landbrug',
    db07: '012400',
    postcode: '4320',
    band: '1-9',
    activity: 1,
    jobs: ['frugtplukker', 'landbrugsmedhjælper'],
  },
  {
    name: 'Fjordens Flytteforretning ApS',
    industry: 'transport',
    db07: '494200',
    postcode: '4040',
    band: '10-49',
    activity: 2,
    jobs: ['flyttemand', 'chauffør (kat. C)'],
  },
  {
    name: 'Børnehuset Mælkebøtten (selvejende institution)',
    industry: 'kommunal',
    db07: '889130',
    postcode: '4000',
    band: '10-49',
    activity: 1,
  },
  {
    name: 'Sankt Jørgens Pizzeria & Grill',
    industry: 'restaurant',
    db07: '561020',
    postcode: '4000',
    band: '1-9',
    activity: 1,
    blockade: true,
  },
  {
    name: 'Kongemarken Hotel & Konference A/S',
    industry: 'service',
    db07: '551010',
    postcode: '4000',
    band: '50-249',
    activity: 5,
    jobs: ['receptionist', 'tjener', 'rengøringsassistent', 'kok'],
  },
  {
    name: 'Musicon Lyd & Lys ApS',
    industry: 'service',
    db07: '900200',
    postcode: '4000',
    band: '10-49',
    activity: 1,
    jobs: ['eventtekniker', 'lagermedarbejder'],
  },
  {
    name: 'Viby Industrilakering ApS',
    industry: 'produktion',
    db07: '256100',
    postcode: '4130',
    band: '10-49',
    activity: 2,
    jobs: ['industrilakerer', 'produktionsmedarbejder'],
  },
  {
    name: 'Tune Flyværksted ApS',
    industry: 'produktion',
    db07: '331600',
    postcode: '4030',
    band: '10-49',
    activity: 1,
    jobs: ['flymekaniker', 'lagermedarbejder'],
  },
  {
    name: 'Hyllinge Gartneri ApS',
    industry: 'landbrug',
    db07: '011300',
    postcode: '4070',
    band: '10-49',
    activity: 2,
    jobs: ['gartneriarbejder', 'pakkerimedarbejder'],
  },
  {
    name: 'Jyllinge Sejl & Kaleche ApS',
    industry: 'produktion',
    db07: '139200',
    postcode: '4040',
    band: '1-9',
    activity: 1,
    doNotContact: true,
    jobs: ['syer', 'produktionsmedarbejder'],
  },
  {
    name: 'Restaurant Ved Fjorden ApS',
    industry: 'restaurant',
    db07: '561010',
    postcode: '4000',
    band: '10-49',
    activity: 2,
  },
  {
    name: 'Trekroner Vaskeri ApS',
    industry: 'service',
    db07: '960100',
    postcode: '4000',
    band: '10-49',
    activity: 2,
    jobs: ['vaskeriassistent', 'chauffør'],
  },
  {
    name: 'Sjællandske Rørlægger Kompagni ApS',
    industry: 'byg',
    db07: '432200',
    postcode: '4320',
    band: '10-49',
    activity: 1,
    jobs: ['VVS-montør', 'kloakmester'],
  },
  {
    name: 'Hvalsø Ældrebo (selvejende institution)',
    industry: 'pleje',
    db07: '873000',
    postcode: '4330',
    band: '50-249',
    activity: 3,
  },
  {
    name: 'Lejre Smede- og Maskinværksted ApS',
    industry: 'produktion',
    db07: '256200',
    postcode: '4320',
    band: '10-49',
    activity: 1,
    jobs: ['smed', 'svejser', 'maskinarbejder'],
  },
  {
    name: 'Tune Kro & Selskabslokaler',
    industry: 'restaurant',
    db07: '561010',
    postcode: '4030',
    band: '10-49',
    activity: 1,
  },
  {
    name: 'Viby Vognmand & Containerservice ApS',
    industry: 'transport',
    db07: '494100',
    postcode: '4130',
    band: '10-49',
    activity: 2,
    jobs: ['chauffør (kat. C/E)', 'renovationsmedarbejder'],
  },
  { name: 'Lejre Digital ApS', industry: 'it', db07: '620100', postcode: '4320', band: '1-9', activity: 1 },
];

const JOBS: Record<Industry, readonly string[]> = {
  byg: ['tømrer', 'murerarbejdsmand', 'byggepladsarbejder', 'stilladsmontør'],
  transport: ['chauffør (kat. C/E)', 'lagermedarbejder', 'truckfører'],
  rengoering: ['rengøringsassistent', 'servicemedarbejder', 'vinduespudser'],
  pleje: ['social- og sundhedshjælper', 'social- og sundhedsassistent', 'køkkenmedhjælper', 'servicemedarbejder'],
  detail: ['butiksassistent', 'kassemedarbejder', 'lagermedarbejder'],
  restaurant: ['kok', 'tjener', 'opvasker', 'køkkenmedhjælper'],
  it: ['supportmedarbejder', 'IT-tekniker', 'softwareudvikler'],
  produktion: ['produktionsmedarbejder', 'maskinoperatør', 'lagermedarbejder'],
  landbrug: ['landbrugsmedhjælper', 'maskinfører', 'staldmedarbejder'],
  kommunal: ['pædagogmedhjælper', 'køkkenassistent', 'pedel'],
  service: ['servicemedarbejder', 'receptionist', 'lagermedarbejder'],
  auto: ['automekaniker', 'dækmontør'],
};

/** Titles of the company's contact persons: the first list entry is most typical for the industry. */
const LEAD_TITLES: Record<Industry, readonly string[]> = {
  byg: ['Værkfører', 'Projektleder', 'Direktør'],
  transport: ['Trafikleder', 'Disponent', 'Direktør'],
  rengoering: ['Områdeleder', 'Serviceleder', 'Direktør'],
  pleje: ['Centerleder', 'Afdelingsleder', 'Teamleder'],
  detail: ['Butikschef', 'Souschef', 'Indehaver'],
  restaurant: ['Køkkenchef', 'Restaurantchef', 'Indehaver'],
  it: ['Teamleder', 'CTO', 'Direktør'],
  produktion: ['Produktionschef', 'Værkfører', 'Direktør'],
  landbrug: ['Driftsleder', 'Indehaver', 'Forpagter'],
  kommunal: ['Leder', 'Souschef', 'Pædagogisk leder'],
  service: ['Driftsleder', 'Direktør', 'Afdelingsleder'],
  auto: ['Indehaver', 'Værkfører'],
};
const GENERAL_TITLES = [
  'HR-chef',
  'HR-partner',
  'Personalechef',
  'Lønbogholder',
  'Rekrutteringsansvarlig',
  'Administrationschef',
];

const FIRST_NAMES = [
  'Anders',
  'Birgitte',
  'Christian',
  'Dorthe',
  'Erik',
  'Frederikke',
  'Gitte',
  'Helle',
  'Ida',
  'Jakob',
  'Jette',
  'Karina',
  'Kim',
  'Lene',
  'Mads',
  'Maria',
  'Martin',
  'Niels',
  'Nanna',
  'Ole',
  'Peter',
  'Rikke',
  'Søren',
  'Susanne',
  'Tina',
  'Torben',
  'Ulla',
  'Vibeke',
  'Anne-Mette',
  'Bjørn',
  'Jørgen',
  'Mikkel',
  'Maja',
  'Line',
  'Brian',
  'Lotte',
];
const LAST_NAMES = [
  'Nielsen',
  'Jensen',
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
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Lindholm',
  'Bach',
  'Kofoed',
  'Brøndum',
  'Fogh',
  'Ågesen',
  'Dæhnfeldt',
];

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
] as const;
type Topic = (typeof TOPICS)[number];

/** What each section typically talks to companies about (weights for the main topic). */
const SECTION_TOPICS: Record<SectionId, readonly (readonly [Topic, number])[]> = {
  virksomhedsservice: [
    ['rekruttering', 30],
    ['virksomhedspraktik', 10],
    ['loentilskud', 8],
    ['opkvalificering', 8],
    ['partnerskab', 10],
    ['virksomhedsbesoeg', 12],
    ['fleksjob', 4],
    ['mentor', 3],
    ['jobrotation', 3],
    ['voksenlaerling', 4],
    ['igu', 4],
    ['skaanejob', 2],
    ['fastholdelse', 2],
  ],
  'ydelse-job': [
    ['virksomhedspraktik', 25],
    ['loentilskud', 20],
    ['rekruttering', 20],
    ['opkvalificering', 15],
    ['jobrotation', 6],
    ['igu', 8],
    ['mentor', 6],
  ],
  sygedagpenge: [
    ['fastholdelse', 40],
    ['fleksjob', 25],
    ['skaanejob', 12],
    ['mentor', 10],
    ['virksomhedspraktik', 8],
  ],
  unge: [
    ['virksomhedspraktik', 25],
    ['mentor', 15],
    ['rekruttering', 15],
    ['igu', 12],
    ['opkvalificering', 10],
    ['loentilskud', 10],
    ['voksenlaerling', 8],
  ],
};

const RELATED_TOPICS: Record<Topic, readonly Topic[]> = {
  rekruttering: ['opkvalificering', 'virksomhedspraktik', 'loentilskud', 'voksenlaerling'],
  virksomhedspraktik: ['loentilskud', 'rekruttering', 'mentor'],
  loentilskud: ['virksomhedspraktik', 'rekruttering', 'mentor'],
  opkvalificering: ['rekruttering', 'jobrotation', 'voksenlaerling'],
  fastholdelse: ['fleksjob', 'mentor', 'skaanejob'],
  fleksjob: ['fastholdelse', 'mentor', 'skaanejob'],
  skaanejob: ['fleksjob', 'mentor'],
  mentor: ['virksomhedspraktik', 'fleksjob', 'igu'],
  jobrotation: ['opkvalificering', 'rekruttering'],
  voksenlaerling: ['rekruttering', 'opkvalificering'],
  igu: ['rekruttering', 'mentor', 'virksomhedspraktik'],
  partnerskab: ['rekruttering', 'virksomhedspraktik', 'virksomhedsbesoeg'],
  virksomhedsbesoeg: ['rekruttering', 'partnerskab', 'virksomhedspraktik'],
};

/** Topics allowed while a company is under blockade (no placements of citizens). */
const BLOCKADE_TOPICS: readonly Topic[] = ['rekruttering', 'partnerskab', 'virksomhedsbesoeg', 'opkvalificering'];

// Placeholders: {stilling} job, {antal} a small number, {maaned} a month, {uge} a week number,
// {virksomhed} the company's short name, {kontakt} the contact person's first name (or "Virksomheden").
const SUBJECTS: Record<Topic, readonly string[]> = {
  rekruttering: [
    'Rekruttering af {stilling}',
    'Behov for {stilling} fra {maaned}',
    'Kandidater til stillingen som {stilling}',
    'Jobopslag: {stilling}',
    'Opfølgning på rekrutteringsforløb',
  ],
  virksomhedspraktik: [
    'Virksomhedspraktik som {stilling}',
    'Mulighed for praktikplads',
    'Opfølgning på praktikforløb',
    'Praktikaftale – {stilling}',
  ],
  loentilskud: [
    'Løntilskud – {stilling}',
    'Spørgsmål om løntilskudsregler',
    'Ansættelse med løntilskud',
    'Forlængelse af løntilskud',
  ],
  opkvalificering: [
    'Opkvalificering til {stilling}',
    'Kursus målrettet jeres behov',
    'Truckcertifikat og AMU-kurser',
    'Jobrettet uddannelse før ansættelse',
  ],
  fastholdelse: [
    'Fastholdelse af medarbejder',
    'Dialog om fastholdelsesmuligheder',
    'Delvis raskmelding – muligheder',
    'Fastholdelsesplan',
  ],
  fleksjob: [
    'Fleksjob som {stilling}',
    'Mulighed for fleksjobansættelse',
    'Spørgsmål om fleksløntilskud',
    'Opfølgning på fleksjob',
  ],
  skaanejob: ['Skånejob', 'Mulighed for skånejob', 'Skånejob – opfølgning'],
  mentor: ['Mentorstøtte', 'Mentor ved nyansættelse', 'Mentorordning – opfølgning'],
  jobrotation: ['Jobrotation – vikarer under uddannelse', 'Jobrotationsprojekt', 'Vikar i jobrotation som {stilling}'],
  voksenlaerling: ['Voksenlærling som {stilling}', 'Lærlingeplads for voksne', 'Tilskud til voksenlærling'],
  igu: ['IGU-forløb', 'Integrationsgrunduddannelse (IGU)', 'IGU – opfølgning'],
  partnerskab: [
    'Samarbejdsaftale med Jobcenter Roskilde',
    'Partnerskabsaftale – status',
    'Årsmøde om samarbejdet',
    'Forslag til partnerskab',
  ],
  virksomhedsbesoeg: [
    'Virksomhedsbesøg',
    'Besøg hos {virksomhed}',
    'Opfølgende virksomhedsbesøg',
    'Introduktionsbesøg',
  ],
};

const SUMMARIES: Record<Topic, readonly string[]> = {
  rekruttering: [
    "Virksomheden søger {antal} medarbejdere som {stilling} med opstart i {maaned}. Vi sender relevante CV'er inden for en uge.",
    'Drøftet rekrutteringsbehov for {stilling}. Kørekort og gode danskkundskaber ønskes. Jobcentret slår stillingen op og formidler kandidater.',
    'Opfølgning på formidlede kandidater til {stilling}. Virksomheden har holdt samtaler og vender tilbage med svar i uge {uge}.',
    'Virksomheden forventer at mangle hænder i {maaned} og vil gerne bruge jobcentret som rekrutteringskanal. Vi holder dem orienteret om egnede kandidater.',
    '{kontakt} efterspørger kandidater til {stilling}. Aftalt screening i jobcentret og en fælles jobsamtaledag hos virksomheden.',
  ],
  virksomhedspraktik: [
    'Virksomheden kan tage imod en borger i virksomhedspraktik som {stilling} i 4-8 uger. Praktikaftale sendt til underskrift.',
    'Midtvejsopfølgning på praktikforløb. Virksomheden er tilfreds og åben for forlængelse eller ansættelse med løntilskud.',
    'Drøftet praktikpladser i afdelingen. Virksomheden har plads til to praktikanter ad gangen og ønsker en kort forsamtale først.',
    'Praktikforløb afsluttet med god feedback. Virksomheden er åben for nye forløb efter {maaned}.',
  ],
  loentilskud: [
    'Virksomheden overvejer ansættelse med løntilskud som {stilling}. Gennemgået merbeskæftigelseskravet og reglerne for private arbejdsgivere.',
    'Aftale om løntilskud i 6 måneder som {stilling} er på plads. Tilskudsblanket sendt til virksomheden.',
    '{kontakt} spurgte til løntilskud ved en kommende ansættelse. Vi har sendt information om satser og ansøgning.',
    'Opfølgning på løntilskudsansættelse. Virksomheden forventer at kunne tilbyde ordinær ansættelse efter forløbet.',
  ],
  opkvalificering: [
    'Virksomheden mangler kandidater med truckcertifikat. Aftalt kort AMU-forløb for ledige, hvorefter virksomheden holder samtaler.',
    'Drøftet et skræddersyet opkvalificeringsforløb til {stilling} på 3 uger med jobsamtale til de bedste kandidater.',
    'Virksomheden efterspørger medarbejdere med hygiejnebevis. Vi undersøger kursusmuligheder hos den lokale AMU-udbyder.',
    'Opfølgning på opkvalificeringsforløb: {antal} deltagere har gennemført, og virksomheden indkalder til samtaler i uge {uge}.',
  ],
  fastholdelse: [
    'Drøftet muligheder for at fastholde en medarbejder via gradvis tilbagevenden og tilpassede opgaver. Detaljer journaliseres i sagssystemet.',
    'Virksomheden ønsker sparring om fastholdelse. Gennemgået fastholdelsesplan, delvis raskmelding og mulighed for en § 56-aftale.',
    'Rundbordssamtale aftalt med virksomheden om en medarbejders tilbagevenden. Oplysninger om medarbejderen står i sagssystemet.',
    '{kontakt} er orienteret om jobcentrets fastholdelsesindsats, og hvornår virksomheden kan kontakte os.',
  ],
  fleksjob: [
    'Virksomheden er åben for at oprette et fleksjob som {stilling} på 12-15 timer om ugen. Vi finder en egnet kandidat.',
    'Gennemgået reglerne for fleksjob og fleksløntilskud. Virksomheden betaler kun for de timer, der arbejdes.',
    'Opfølgning på fleksjobansættelse. Arbejdsfunktioner og timetal fungerer; næste opfølgning om et halvt år.',
    'Drøftet hvilke opgaver i virksomheden der egner sig til fleksjob, fx lettere lager- og serviceopgaver.',
  ],
  skaanejob: [
    'Virksomheden kan tilbyde et skånejob med faste, overskuelige opgaver. Vi sender en beskrivelse af tilskudsreglerne.',
    'Opfølgning på skånejob. Virksomheden er tilfreds, og ordningen fortsætter uændret.',
    'Drøftet mulighed for skånejob fra {maaned}. Virksomheden ønsker en forsamtale og en kort praktik først.',
  ],
  mentor: [
    'Aftalt mentorstøtte på 3 timer om ugen ved en kollega i virksomheden. Mentoraftale sendt til underskrift.',
    'Virksomheden spørger til mentorordning ved en nyansættelse som {stilling}. Vi har forklaret kompensationen for mentortimer.',
    'Opfølgning på mentorforløb. Mentor oplever god udvikling og forventer at trappe ned efter {maaned}.',
  ],
  jobrotation: [
    'Virksomheden sender {antal} medarbejdere på efteruddannelse og ønsker vikarer i jobrotation som {stilling}.',
    'Drøftet jobrotation i forbindelse med virksomhedens kompetenceplan. Vi undersøger uddannelsesudbud og vikarer.',
    'Jobrotationsforløbet er afsluttet, og en af vikarerne er fastansat. Virksomheden er interesseret i et nyt forløb.',
  ],
  voksenlaerling: [
    'Virksomheden vil gerne ansætte en voksenlærling som {stilling}. Gennemgået tilskudsregler og aftale med erhvervsskolen.',
    'Drøftet lærlingepladser til voksne. Virksomheden kan tage en lærling fra {maaned}.',
    '{kontakt} spurgte til voksenlærlingeordningen. Vi har sendt information og tilbudt at finde kandidater.',
  ],
  igu: [
    'Virksomheden er interesseret i IGU-ansættelse som {stilling}. Forklaret løn, skoleperioder og bonus til virksomheden.',
    'Opfølgning på IGU-forløb. Skoleperioden er planlagt, og virksomheden er tilfreds med samarbejdet.',
    'Drøftet IGU som vej til arbejdskraft. Virksomheden ønsker kandidater med basale danskkundskaber.',
  ],
  partnerskab: [
    'Status på samarbejdsaftalen: faste kontaktpersoner, forventet rekrutteringsbehov og praktikpladser det kommende halvår.',
    'Drøftet en partnerskabsaftale om {antal} praktikpladser om året og et fast rekrutteringssamarbejde.',
    'Årligt møde om samarbejdet. Virksomheden er tilfreds med responstiden og ønsker én fast indgang til jobcentret.',
    'Samarbejdsaftalen er forlænget et år. Næste statusmøde er aftalt i {maaned}.',
  ],
  virksomhedsbesoeg: [
    'Introduktionsbesøg: præsenteret jobcentrets tilbud til virksomheder og fået en rundvisning.',
    'Besøg hos virksomheden. Drøftet kommende behov for arbejdskraft og muligheder for praktik og løntilskud.',
    'Opfølgende besøg med fokus på rekruttering af {stilling}. Aftalt at vende tilbage med kandidater.',
    'Kort besøg i forbindelse med en nyansættelse. Virksomheden fik information om jobcentrets øvrige ordninger.',
  ],
};

/** One line from the company, used as the body excerpt of some inbound emails. */
const EXCERPT_LINES: Record<Topic, readonly string[]> = {
  rekruttering: [
    'Vi har brug for {antal} nye medarbejdere som {stilling} hurtigst muligt. Kan I sende nogle kandidater?',
    "Tak for CV'erne. Vi vil gerne holde samtaler i uge {uge}.",
  ],
  virksomhedspraktik: [
    'Vi har plads til en praktikant som {stilling} fra {maaned}.',
    'Praktikken går godt. Kan vi tale om en forlængelse?',
  ],
  loentilskud: ['Kan vi få løntilskud, hvis vi ansætter en ledig som {stilling}?'],
  opkvalificering: ['Vi mangler folk med truckcertifikat. Har I et kursusforløb, vi kan være med i?'],
  fastholdelse: ['Vi vil gerne tale med jer om, hvordan vi kan fastholde en medarbejder. Hvornår har du tid?'],
  fleksjob: ['Vi har nogle opgaver, der måske kunne passe til et fleksjob. Vil du ringe til mig?'],
  skaanejob: ['Vi vil gerne høre mere om skånejob, og hvad det kræver af os.'],
  mentor: ['En af vores erfarne kolleger vil gerne være mentor. Hvordan gør vi det i praksis?'],
  jobrotation: ['Vi sender folk på kursus i {maaned} og mangler vikarer imens.'],
  voksenlaerling: ['Vi overvejer at tage en voksenlærling som {stilling}. Hvad skal vi vide?'],
  igu: ['Vi har hørt om IGU. Hvordan fungerer det med skoleperioderne?'],
  partnerskab: ['Tak for et godt møde. Vi ser frem til at forlænge samarbejdsaftalen.'],
  virksomhedsbesoeg: ['Du er meget velkommen til at komme forbi. Vi er her fra morgenstunden.'],
};

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const GENERIC_MAILBOXES = ['info', 'job', 'kontakt', 'hr'];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

interface Ctx {
  rng: Prng;
  now: Date;
  sourceKeys: Set<string>;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`seed-data: index ${index} out of range`);
  return item;
}

/** ASCII for person emails: æ->ae, ø->oe, å->aa. */
function asciiPerson(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]/g, '');
}

/** The company name without legal form and parenthesised remarks. */
function shortName(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/\s+(A\/S|ApS|I\/S|P\/S|IVS)$/, '')
    .trim();
}

/** A domain label as companies pick them: æ->ae, ø->o, å->aa, "&" -> "og", words joined by "-". */
function domainSlug(name: string): string {
  return shortName(name)
    .toLowerCase()
    .replace(/&/g, 'og')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function danishDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()}. ${at(MONTHS, d.getUTCMonth())}`;
}

function utcDayStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/**
 * A time in office hours (07-16 Danish time) `daysAgo` days before now, never after now: when that
 * time has not come yet today, the same time the day before. The draws do not depend on the time
 * of day, so the rest of the seed does not either.
 */
function officeTime(ctx: Ctx, daysAgo: number): Date {
  const nowMs = ctx.now.getTime();
  const day = utcDayStart(nowMs) - daysAgo * DAY;
  const t = day + ctx.rng.int(6, 14) * HOUR + ctx.rng.int(0, 11) * 5 * MINUTE;
  return new Date(t < nowMs ? t : t - DAY);
}

/**
 * `t`, or when it is not before `limit`, the same time of day on the latest weekday before `limit`:
 * how the seed keeps a company's history before its mail in the demo inbox.
 */
function before(t: Date, limit: Date | undefined): Date {
  if (limit === undefined || t.getTime() < limit.getTime()) return t;
  let ms = t.getTime() - Math.ceil((t.getTime() - limit.getTime() + 1) / DAY) * DAY;
  while (ms >= limit.getTime() || [0, 6].includes(new Date(ms).getUTCDay())) ms -= DAY;
  return new Date(ms);
}

/** Skips Saturdays and Sundays by moving back to Friday. */
function weekdayDaysAgo(ctx: Ctx, daysAgo: number): number {
  const weekday = new Date(utcDayStart(ctx.now.getTime()) - daysAgo * DAY).getUTCDay();
  return weekday === 6 ? daysAgo + 1 : weekday === 0 ? daysAgo + 2 : daysAgo;
}

/**
 * The start of the current month that holds both in UTC and in Danish time (the later of the two),
 * so contacts placed after it are "this month" wherever the app computes it.
 */
function currentMonthStart(now: Date): number {
  const utcStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const copenhagenStart = Date.UTC(year, month - 1, 1); // midnight UTC on the 1st lies inside the Danish month
  return Math.max(utcStart, copenhagenStart);
}

function uniqueSourceKey(ctx: Ctx, make: () => string): string {
  for (;;) {
    const key = make();
    if (!ctx.sourceKeys.has(key)) {
      ctx.sourceKeys.add(key);
      return key;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sections, staff, companies, contacts
// ---------------------------------------------------------------------------------------------

function buildSections(): Section[] {
  return SECTIONS.map((s) => ({ id: s.id, name: s.name }));
}

function buildStaff(ctx: Ctx): Staff[] {
  return STAFF_TABLE.map((s) => ({
    id: ctx.rng.uuid(),
    email: `${asciiPerson(s.first)}.${asciiPerson(s.last)}@${TENANT_DOMAIN}`,
    name: `${s.first} ${s.last}`,
    sectionId: s.sectionId,
    isAdmin: s.isAdmin === true,
  }));
}

function uniqueCvr(ctx: Ctx, used: Set<string>): string {
  for (;;) {
    const cvr = completeCvr(`${ctx.rng.int(1, 4)}${ctx.rng.digits(6)}`);
    if (cvr !== null && !used.has(cvr)) {
      used.add(cvr);
      return cvr;
    }
  }
}

function pNumbers(ctx: Ctx, band: EmployeeBand, used: Set<string>): string[] {
  const max = band === '1-9' ? 1 : band === '10-49' ? 2 : 3;
  const count = ctx.rng.int(band === '50-249' || band === '250+' ? 1 : 0, max);
  const out: string[] = [];
  while (out.length < count) {
    const p = `${ctx.rng.pick(['10', '11', '12'])}${ctx.rng.digits(8)}`;
    if (!used.has(p)) {
      used.add(p);
      out.push(p);
    }
  }
  return out;
}

function companyDomains(ctx: Ctx, spec: CompanySpec, used: Set<string>): string[] {
  if (spec.domains) return [...spec.domains]; // fixed domains (the shared public one may repeat)
  const slug = domainSlug(spec.name);
  const domains = [`${slug}.dk`];
  const joined = `${slug.replace(/-/g, '')}.dk`;
  if (joined !== domains[0] && ctx.rng.chance(0.35)) domains.push(joined);
  return domains.filter((d) => {
    if (used.has(d)) return false;
    used.add(d);
    return true;
  });
}

function buildCompanies(ctx: Ctx, staff: readonly Staff[]): Company[] {
  const consultants = staff.filter((s) => s.sectionId === 'virksomhedsservice');
  const demoUser = at(staff, 0);
  const cvrs = new Set<string>();
  const pNos = new Set<string>();
  const domains = new Set<string>(COMPANY_TABLE.flatMap((c) => c.domains ?? []));
  return COMPANY_TABLE.map((spec) => {
    const place = PLACES[spec.postcode];
    if (!place) throw new Error(`seed-data: unknown postcode ${spec.postcode}`);
    const houseNumber = `${ctx.rng.int(1, 160)}${ctx.rng.chance(0.1) ? ctx.rng.pick(['A', 'B', 'C']) : ''}`;
    const responsible =
      spec.name === OSTERGAARD_NAME
        ? demoUser
        : ctx.rng.chance(0.87)
          ? ctx.rng.weighted(consultants.map((c, i) => [c, i === 0 ? 3 : 2] as const))
          : null;
    return {
      id: ctx.rng.uuid(),
      cvr: uniqueCvr(ctx, cvrs),
      name: spec.name,
      pNumbers: pNumbers(ctx, spec.band, pNos),
      address: `${ctx.rng.pick(place.streets)} ${houseNumber}`,
      postcode: spec.postcode,
      city: place.city,
      industryCode: spec.db07,
      employeeBand: spec.band,
      blockade: spec.blockade === true,
      doNotContact: spec.doNotContact === true,
      responsibleStaffId: responsible?.id ?? null,
      domains: companyDomains(ctx, spec, domains),
    };
  });
}

function contactTitle(ctx: Ctx, spec: CompanySpec, index: number): string | null {
  if (index === 0) return spec.band === '1-9' ? 'Indehaver' : ctx.rng.pick(LEAD_TITLES[spec.industry]);
  if (ctx.rng.chance(0.12)) return null;
  return ctx.rng.chance(0.5) ? ctx.rng.pick(GENERAL_TITLES) : ctx.rng.pick(LEAD_TITLES[spec.industry]);
}

function contactEmail(ctx: Ctx, first: string, last: string, domain: string, taken: Set<string>): string | null {
  if (ctx.rng.chance(0.08)) return null;
  const styles = [
    `${asciiPerson(first)}.${asciiPerson(last)}`,
    asciiPerson(first),
    `${asciiPerson(first).slice(0, 2)}${asciiPerson(last).slice(0, 2)}`,
  ];
  const start = ctx.rng.int(0, styles.length - 1);
  for (let i = 0; i < styles.length; i++) {
    const local = at(styles, (start + i) % styles.length);
    if (!taken.has(local)) {
      taken.add(local);
      return `${local}@${domain}`;
    }
  }
  return null;
}

function danishPhone(ctx: Ctx): string {
  return `${ctx.rng.pick(['2', '3', '4', '5', '6', '7', '9'])}${ctx.rng.digits(7)}`;
}

function buildContacts(ctx: Ctx, companies: readonly Company[]): Contact[] {
  const contacts: Contact[] = [];
  companies.forEach((company, ci) => {
    const spec = at(COMPANY_TABLE, ci);
    const count = spec.activity >= 4 || spec.activity === 0 ? ctx.rng.int(3, 4) : ctx.rng.int(1, 3);
    const names = new Set<string>();
    const locals = new Set<string>(GENERIC_MAILBOXES);
    while (names.size < count) {
      const first = ctx.rng.pick(FIRST_NAMES);
      const last = ctx.rng.pick(LAST_NAMES);
      const name = `${first} ${last}`;
      if (names.has(name)) continue;
      names.add(name);
      const domain = at(company.domains, 0);
      contacts.push({
        id: ctx.rng.uuid(),
        companyId: company.id,
        name,
        email: contactEmail(ctx, first, last, domain, locals),
        phone: ctx.rng.chance(0.6) ? danishPhone(ctx) : null,
        title: contactTitle(ctx, spec, names.size - 1),
      });
    }
  });
  return contacts;
}

// ---------------------------------------------------------------------------------------------
// Interactions
// ---------------------------------------------------------------------------------------------

type TimeMode = 'any' | 'recent' | 'month';

interface Plan {
  companyIndex: number;
  mode: TimeMode;
  logger?: Staff;
  topic?: Topic;
}

interface World {
  ctx: Ctx;
  staff: readonly Staff[];
  companies: readonly Company[];
  contactsByCompany: Map<string, Contact[]>;
  /** Per company: when its earliest mail in the demo inbox arrived; its seeded history ends before. */
  inboxSince: ReadonlyMap<string, Date>;
}

function planInteractions(world: World): Plan[] {
  const { ctx, staff, companies } = world;
  const ostergaard = companies.findIndex((c) => c.name === OSTERGAARD_NAME);
  const demoUser = at(staff, 0);
  const colleagues = staff.filter((s) => s.id !== demoUser.id);

  // Østergaard Byg A/S: a key account with a long history and recent contact by colleagues.
  const plans: Plan[] = [];
  for (let i = 0; i < 24; i++) plans.push({ companyIndex: ostergaard, mode: 'any' });
  for (let i = 0; i < 3; i++)
    plans.push({ companyIndex: ostergaard, mode: 'recent', logger: ctx.rng.pick(colleagues) });
  plans.push({ companyIndex: ostergaard, mode: 'month', logger: ctx.rng.pick(colleagues) });

  // Every other company has some history; the rest is spread by activity so a few dominate.
  const others: Plan[] = [];
  COMPANY_TABLE.forEach((spec, i) => {
    if (i === ostergaard) return;
    const base = spec.doNotContact ? 1 : 2;
    for (let n = 0; n < base; n++) others.push({ companyIndex: i, mode: 'any' });
  });
  const weights = COMPANY_TABLE.map((spec, i) => {
    const w = i === ostergaard ? 0 : spec.activity * spec.activity;
    return [i, spec.doNotContact ? 0 : spec.blockade ? w * 0.5 : w] as const;
  });
  while (plans.length + others.length < REGULAR_INTERACTIONS) {
    others.push({ companyIndex: ctx.rng.weighted(weights), mode: 'any' });
  }

  const shuffled = ctx.rng.shuffle(others);
  // Recent and this-month contacts so "a colleague contacted them lately" shows in the demo.
  shuffled.forEach((plan, i) => {
    if (i < 18) plan.mode = 'recent';
    else if (i < 24) plan.mode = 'month';
  });
  // Every topic at least once (on companies where it is allowed) and every staff member logs.
  const topicable = shuffled.filter(
    (p) => !at(COMPANY_TABLE, p.companyIndex).blockade && !at(COMPANY_TABLE, p.companyIndex).doNotContact,
  );
  TOPICS.forEach((topic, i) => {
    at(topicable, i).topic = topic;
  });
  staff.forEach((member, i) => {
    at(topicable, 30 + i).logger = member;
  });
  return [...plans, ...shuffled];
}

function occurredAt(ctx: Ctx, mode: TimeMode): Date {
  const nowMs = ctx.now.getTime();
  switch (mode) {
    case 'recent':
      return officeTime(ctx, ctx.rng.int(0, 13));
    case 'month': {
      const start = currentMonthStart(ctx.now);
      const roll = ctx.rng.next();
      return new Date(nowMs - start > MINUTE ? start + Math.floor((nowMs - start - MINUTE) * roll) : nowMs - 1000);
    }
    case 'any': {
      // Somewhat more contact lately than two years ago.
      const daysAgo = Math.floor(725 * Math.pow(ctx.rng.next(), 1.25));
      return officeTime(ctx, weekdayDaysAgo(ctx, daysAgo));
    }
  }
}

function chooseLogger(world: World, company: Company): Staff {
  const { ctx, staff } = world;
  const sectionId = ctx.rng.weighted<SectionId>([
    ['virksomhedsservice', 55],
    ['ydelse-job', 20],
    ['sygedagpenge', 13],
    ['unge', 12],
  ]);
  if (sectionId === 'virksomhedsservice' && company.responsibleStaffId !== null && ctx.rng.chance(0.7)) {
    const responsible = staff.find((s) => s.id === company.responsibleStaffId);
    if (responsible) return responsible;
  }
  return ctx.rng.pick(staff.filter((s) => s.sectionId === sectionId));
}

function chooseKind(ctx: Ctx, sectionId: string, company: Company): InteractionKind {
  if (company.doNotContact) return ctx.rng.chance(0.6) ? 'email' : 'call';
  return sectionId === 'virksomhedsservice'
    ? ctx.rng.weighted<InteractionKind>([
        ['email', 30],
        ['meeting', 18],
        ['call', 22],
        ['visit', 18],
        ['note', 12],
      ])
    : ctx.rng.weighted<InteractionKind>([
        ['email', 40],
        ['meeting', 15],
        ['call', 30],
        ['visit', 5],
        ['note', 10],
      ]);
}

function chooseTopics(
  ctx: Ctx,
  sectionId: SectionId,
  kind: InteractionKind,
  company: Company,
  forced?: Topic,
): Topic[] {
  const allowed = (t: Topic): boolean => !company.blockade || BLOCKADE_TOPICS.includes(t);
  const sectionWeights = SECTION_TOPICS[sectionId].filter(([t]) => allowed(t));
  const main: Topic = forced ?? (sectionWeights.length > 0 ? ctx.rng.weighted(sectionWeights) : 'partnerskab');
  const topics: Topic[] = kind === 'visit' && main !== 'virksomhedsbesoeg' ? ['virksomhedsbesoeg', main] : [main];
  const extra = ctx.rng.weighted([
    [0, 55],
    [1, 35],
    [2, 10],
  ] as const);
  for (let i = 0; i < extra && topics.length < 3; i++) {
    const candidate = ctx.rng.pick(RELATED_TOPICS[main]);
    if (allowed(candidate) && !topics.includes(candidate)) topics.push(candidate);
  }
  return topics;
}

function chooseVisibility(ctx: Ctx, sectionId: string): Visibility {
  return sectionId === 'sygedagpenge'
    ? ctx.rng.weighted<Visibility>([
        ['summary', 50],
        ['subject', 25],
        ['metadata', 20],
        ['full', 5],
      ])
    : ctx.rng.weighted<Visibility>([
        ['summary', 75],
        ['full', 12],
        ['subject', 8],
        ['metadata', 5],
      ]);
}

function textVars(
  ctx: Ctx,
  spec: CompanySpec,
  company: Company,
  contact: Contact | null,
  when: Date,
): Record<string, string> {
  const month = (when.getUTCMonth() + ctx.rng.int(1, 2)) % 12;
  const dayOfYear = Math.floor((when.getTime() - Date.UTC(when.getUTCFullYear(), 0, 1)) / DAY);
  return {
    stilling: ctx.rng.pick(spec.jobs ?? JOBS[spec.industry]),
    antal: String(ctx.rng.int(2, 6)),
    maaned: at(MONTHS, month),
    uge: String(((Math.floor(dayOfYear / 7) + ctx.rng.int(1, 3)) % 52) + 1),
    virksomhed: shortName(company.name),
    kontakt: contact?.name.split(' ')[0] ?? 'Virksomheden',
  };
}

function ourParticipant(member: Staff, role: SeedParticipant['role']): SeedParticipant {
  return { name: member.name, email: member.email, role, side: 'ours' };
}

/** The company side: a contact person, or now and then a shared mailbox without a name. */
function theirParticipant(
  ctx: Ctx,
  company: Company,
  contact: Contact | null,
  role: SeedParticipant['role'],
  kind: InteractionKind,
): SeedParticipant {
  if (contact === null || (kind === 'email' && ctx.rng.chance(0.1))) {
    return { name: null, email: `${ctx.rng.pick(GENERIC_MAILBOXES)}@${at(company.domains, 0)}`, role, side: 'theirs' };
  }
  return { name: contact.name, email: contact.email, role, side: 'theirs' };
}

function participantsFor(
  ctx: Ctx,
  kind: InteractionKind,
  direction: 'inbound' | 'outbound' | null,
  logger: Staff,
  coLogger: Staff | null,
  company: Company,
  contact: Contact | null,
): SeedParticipant[] {
  const out: SeedParticipant[] = [];
  switch (kind) {
    case 'email':
    case 'call':
      if (direction === 'inbound') {
        out.push(theirParticipant(ctx, company, contact, 'from', kind), ourParticipant(logger, 'to'));
      } else {
        out.push(ourParticipant(logger, 'from'), theirParticipant(ctx, company, contact, 'to', kind));
      }
      if (coLogger) out.push(ourParticipant(coLogger, kind === 'email' ? 'cc' : 'attendee'));
      break;
    case 'meeting':
      out.push(ourParticipant(logger, 'organizer'), theirParticipant(ctx, company, contact, 'attendee', kind));
      if (coLogger) out.push(ourParticipant(coLogger, 'attendee'));
      break;
    case 'visit':
    case 'note':
      out.push(ourParticipant(logger, 'attendee'), theirParticipant(ctx, company, contact, 'attendee', kind));
      if (coLogger) out.push(ourParticipant(coLogger, 'attendee'));
      break;
  }
  return out;
}

function subjectFor(
  ctx: Ctx,
  kind: InteractionKind,
  direction: 'inbound' | 'outbound' | null,
  base: string,
): string | null {
  switch (kind) {
    case 'email':
      return direction === 'inbound' && ctx.rng.chance(0.35) ? `Sv: ${base}` : base;
    case 'meeting':
      return ctx.rng.chance(0.5) ? `Møde: ${base}` : base;
    case 'call':
      return ctx.rng.chance(0.25) ? null : `Telefon: ${base}`;
    case 'visit':
      return base;
    case 'note':
      return `Notat: ${base}`;
  }
}

function sourceFor(
  ctx: Ctx,
  kind: InteractionKind,
  direction: 'inbound' | 'outbound' | null,
  company: Company,
): Pick<Interaction, 'source' | 'sourceKey'> {
  if (kind === 'email') {
    const domain = direction === 'inbound' ? at(company.domains, 0) : TENANT_DOMAIN;
    return { source: 'outlook', sourceKey: uniqueSourceKey(ctx, () => `msg:${ctx.rng.hex(20)}@${domain}`) };
  }
  if (kind === 'meeting')
    return { source: 'outlook', sourceKey: uniqueSourceKey(ctx, () => `ical:${ctx.rng.hex(32)}`) };
  return { source: 'manual', sourceKey: null };
}

function excerptFor(
  ctx: Ctx,
  topic: Topic,
  vars: Record<string, string>,
  logger: Staff,
  contact: Contact | null,
  company: Company,
): string {
  const greeting = `Hej ${logger.name.split(' ')[0] ?? ''}`;
  const signature = contact ? contact.name : shortName(company.name);
  return `${greeting}\n\n${fill(ctx.rng.pick(EXCERPT_LINES[topic]), vars)}\n\nVenlig hilsen\n${signature}`;
}

function buildInteraction(world: World, plan: Plan): Interaction {
  const { ctx, staff, companies } = world;
  const company = at(companies, plan.companyIndex);
  const spec = at(COMPANY_TABLE, plan.companyIndex);
  const logger = plan.logger ?? chooseLogger(world, company);
  const sectionId = logger.sectionId as SectionId;
  const kind = chooseKind(ctx, sectionId, company);
  const topics = chooseTopics(ctx, sectionId, kind, company, plan.topic);
  // A visit about e.g. praktik is tagged ['virksomhedsbesoeg', 'virksomhedspraktik']: texts come from either.
  const mainTopic =
    plan.topic ?? (kind === 'visit' && topics.length > 1 && ctx.rng.chance(0.5) ? at(topics, 1) : at(topics, 0));
  const when = before(occurredAt(ctx, plan.mode), world.inboxSince.get(company.id));
  const direction =
    kind === 'email' || kind === 'call'
      ? company.doNotContact || ctx.rng.chance(0.45)
        ? 'inbound'
        : 'outbound'
      : null;
  const contacts = world.contactsByCompany.get(company.id) ?? [];
  const contact = contacts.length > 0 ? ctx.rng.pick(contacts) : null;
  const coLogger = ctx.rng.chance(kind === 'meeting' || kind === 'visit' ? 0.25 : 0.05)
    ? ctx.rng.pick(staff.filter((s) => s.id !== logger.id))
    : null;
  const vars = textVars(ctx, spec, company, contact, when);
  const visibility = chooseVisibility(ctx, sectionId);
  const wantsExcerpt =
    kind === 'email' &&
    direction === 'inbound' &&
    (visibility === 'full' ? ctx.rng.chance(0.8) : visibility === 'summary' && ctx.rng.chance(0.3));
  return {
    id: ctx.rng.uuid(),
    companyId: company.id,
    kind,
    occurredAt: when,
    subject: subjectFor(ctx, kind, direction, fill(ctx.rng.pick(SUBJECTS[mainTopic]), vars)),
    summary: fill(ctx.rng.pick(SUMMARIES[mainTopic]), vars),
    excerpt: wantsExcerpt ? excerptFor(ctx, mainTopic, vars, logger, contact, company) : null,
    topics: [...topics],
    direction,
    participants: participantsFor(ctx, kind, direction, logger, coLogger, company, contact),
    ...sourceFor(ctx, kind, direction, company),
    visibility,
    loggedBy: logger.id,
    sectionId,
    coLoggers: coLogger ? [coLogger.id] : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Vacancies
// ---------------------------------------------------------------------------------------------

const VACANCY_STATUSES: readonly (readonly [VacancyStatus, number])[] = [
  ['received', 5],
  ['in_progress', 6],
  ['paused', 4],
  ['filled', 10],
  ['deadline_passed', 5],
  ['withdrawn', 4],
];
const EXTRA_VACANCY_TOPICS: readonly Topic[] = [
  'loentilskud',
  'voksenlaerling',
  'fleksjob',
  'igu',
  'virksomhedspraktik',
];

/** The statuses a vacancy passes through before its final one (a legal lifecycle path). */
function pathTo(ctx: Ctx, status: VacancyStatus): VacancyStatus[] {
  switch (status) {
    case 'received':
      return ['received'];
    case 'in_progress':
      return ['received', 'in_progress'];
    case 'paused':
      return ['received', 'in_progress', 'paused'];
    case 'filled':
      return ctx.rng.chance(0.5)
        ? ['received', 'in_progress', 'paused', 'filled']
        : ['received', 'in_progress', 'filled'];
    case 'deadline_passed':
    case 'withdrawn': {
      const before = ctx.rng.pick<VacancyStatus[]>([
        ['received'],
        ['received', 'in_progress'],
        ['received', 'in_progress', 'paused'],
      ]);
      return [...before, status];
    }
  }
}

const isOpen = (status: VacancyStatus): boolean =>
  status === 'received' || status === 'in_progress' || status === 'paused';

/** Moves `t` to office hours on its own day when that still lies strictly between `after` and `before`. */
function snapToOffice(ctx: Ctx, t: number, after: number, before: number): number {
  const snapped = utcDayStart(t) + ctx.rng.int(6, 14) * HOUR + ctx.rng.int(0, 11) * 5 * MINUTE;
  return snapped > after && snapped < before ? snapped : t;
}

/** Times for each step of the path; strictly increasing, all before now, the first one at createdAt. */
function stepTimes(ctx: Ctx, path: readonly VacancyStatus[], createdAt: number, deadlineMs: number | null): number[] {
  const nowMs = ctx.now.getTime();
  const times = [createdAt];
  let last = createdAt;
  path.slice(1).forEach((status) => {
    let next: number;
    if (status === 'deadline_passed') {
      next = (deadlineMs ?? last) + DAY + 5 * HOUR; // the nightly job the day after the deadline
    } else {
      next =
        isOpen(status) && nowMs - createdAt < 60 * DAY
          ? last + Math.floor((nowMs - last) * ctx.rng.float(0.1, 0.5)) // an open vacancy: before now
          : last +
            (status === 'in_progress'
              ? ctx.rng.int(2, 72) * HOUR
              : status === 'paused'
                ? ctx.rng.int(3, 9) * DAY
                : ctx.rng.int(1, 12) * DAY);
      next = snapToOffice(ctx, next, last, nowMs);
    }
    last = Math.min(Math.max(next, last + MINUTE), nowMs - MINUTE);
    times.push(last);
  });
  return times;
}

function buildVacancies(world: World): { vacancies: Vacancy[]; emails: Interaction[] } {
  const { ctx, staff, companies } = world;
  const nowMs = ctx.now.getTime();
  const consultants = staff.filter((s) => s.sectionId === 'virksomhedsservice');
  const eligible = companies.map(
    (c, i) => [i, c.blockade || c.doNotContact ? 0 : Math.max(1, at(COMPANY_TABLE, i).activity)] as const,
  );
  const ostergaard = companies.findIndex((c) => c.name === OSTERGAARD_NAME);
  const statuses = ctx.rng.shuffle(VACANCY_STATUSES.flatMap(([status, n]) => Array.from({ length: n }, () => status)));
  const vacancies: Vacancy[] = [];
  const emails: Interaction[] = [];

  statuses.forEach((status, n) => {
    const companyIndex = n < 3 ? ostergaard : ctx.rng.weighted(eligible);
    const company = at(companies, companyIndex);
    const spec = at(COMPANY_TABLE, companyIndex);
    const job = ctx.rng.pick(spec.jobs ?? JOBS[spec.industry]);
    const positions = ctx.rng.weighted([
      [1, 50],
      [2, 25],
      [3, 15],
      [5, 10],
    ] as const);
    const open = isOpen(status);
    const daysAgo = open ? ctx.rng.int(1, 35) : ctx.rng.int(70, 715);
    const createdAt = before(officeTime(ctx, weekdayDaysAgo(ctx, daysAgo)), world.inboxSince.get(company.id)).getTime();
    const deadlineMs =
      status === 'deadline_passed'
        ? utcDayStart(createdAt) + ctx.rng.int(14, 30) * DAY
        : open
          ? ctx.rng.chance(0.8)
            ? utcDayStart(nowMs) + ctx.rng.int(7, 40) * DAY
            : null
          : ctx.rng.chance(0.75)
            ? utcDayStart(createdAt) + ctx.rng.int(21, 50) * DAY
            : null;
    const path = pathTo(ctx, status);
    const times = stepTimes(ctx, path, createdAt, deadlineMs);

    const responsible = staff.find((s) => s.id === company.responsibleStaffId);
    const createdBy =
      responsible && ctx.rng.chance(0.6)
        ? responsible
        : ctx.rng.weighted(staff.map((s) => [s, s.sectionId === 'virksomhedsservice' ? 4 : 1] as const));
    const claimer =
      responsible && ctx.rng.chance(0.5)
        ? responsible
        : ctx.rng.weighted(staff.map((s) => [s, consultants.includes(s) ? 5 : 1] as const));
    const claimed = path.includes('in_progress');
    const events: VacancyEvent[] = path.map((toStatus, i) => ({
      fromStatus: i === 0 ? null : at(path, i - 1),
      toStatus,
      actorId: i === 0 ? createdBy.id : claimed ? claimer.id : createdBy.id,
      at: new Date(at(times, i)),
    }));
    const topics: Topic[] = ['rekruttering'];
    if (ctx.rng.chance(0.25)) topics.push(ctx.rng.pick(EXTRA_VACANCY_TOPICS));
    const title = `${capitalize(job)}${ctx.rng.chance(0.3) ? ctx.rng.pick([' – fuldtid', ' – deltid', ' (vikariat)']) : ''}`;

    let interactionId: string | null = null;
    if (ctx.rng.chance(0.6)) {
      const email = vacancyEmail(world, company, createdBy, title, job, positions, topics, createdAt, deadlineMs);
      emails.push(email);
      interactionId = email.id;
    }
    vacancies.push({
      id: ctx.rng.uuid(),
      companyId: company.id,
      title,
      positions,
      deadline: deadlineMs === null ? null : isoDate(deadlineMs),
      location: company.city,
      postcode: company.postcode,
      topics,
      status,
      claimedBy: claimed ? claimer.id : null,
      sectionId: claimed ? claimer.sectionId : ctx.rng.chance(0.5) ? 'virksomhedsservice' : null,
      createdBy: createdBy.id,
      createdAt: new Date(createdAt),
      interactionId,
      events,
    });
  });
  return { vacancies, emails };
}

/** The inbound email a job order arrived with, logged by whoever registered the vacancy. */
function vacancyEmail(
  world: World,
  company: Company,
  logger: Staff,
  title: string,
  job: string,
  positions: number,
  topics: readonly Topic[],
  createdAt: number,
  deadlineMs: number | null,
): Interaction {
  const { ctx } = world;
  const contacts = world.contactsByCompany.get(company.id) ?? [];
  const contact = contacts.length > 0 ? ctx.rng.pick(contacts) : null;
  const stillinger = positions === 1 ? `en ledig stilling som ${job}` : `${positions} ledige stillinger som ${job}`;
  const frist = deadlineMs === null ? 'Løbende ansættelse.' : `Ansøgningsfrist ${danishDate(deadlineMs)}.`;
  return {
    id: ctx.rng.uuid(),
    companyId: company.id,
    kind: 'email',
    occurredAt: new Date(createdAt - ctx.rng.int(5, 90) * MINUTE),
    subject: ctx.rng.pick([`Ny jobordre: ${title}`, `Ledig stilling: ${title}`, `Vi søger ${job}`]),
    summary: `Virksomheden har meldt ${stillinger} ind til jobcentret. ${frist} Jobordre oprettet, og kandidater formidles.`,
    excerpt: ctx.rng.chance(0.5)
      ? `Hej ${logger.name.split(' ')[0] ?? ''}\n\nVi har ${stillinger} og vil gerne have hjælp til at finde kandidater. ${frist}\n\nVenlig hilsen\n${contact?.name ?? shortName(company.name)}`
      : null,
    topics: [...topics],
    direction: 'inbound',
    participants: participantsFor(ctx, 'email', 'inbound', logger, null, company, contact),
    ...sourceFor(ctx, 'email', 'inbound', company),
    visibility: 'summary',
    loggedBy: logger.id,
    sectionId: logger.sectionId,
    coLoggers: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * The demo tenant's data; deterministic for a given seed and `now` (default: the current time).
 * Build the demo mailboxes (demoMailboxes) from the same `now`: the seed is the history logged
 * before the demo inbox's mail arrived, so no company has a seeded contact newer than its earliest
 * demo email, at any time of day. Nobody has acted on a mail that still waits in the inbox.
 */
export function buildSeedData(options: { seed?: number; now?: Date } = {}): SeedData {
  const ctx: Ctx = {
    rng: new Prng(options.seed ?? DEFAULT_SEED),
    now: new Date((options.now ?? new Date()).getTime()),
    sourceKeys: new Set(),
  };
  const sections = buildSections();
  const staff = buildStaff(ctx);
  const companies = buildCompanies(ctx, staff);
  const contacts = buildContacts(ctx, companies);
  const contactsByCompany = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const list = contactsByCompany.get(contact.companyId) ?? [];
    list.push(contact);
    contactsByCompany.set(contact.companyId, list);
  }
  const world: World = {
    ctx,
    staff,
    companies,
    contactsByCompany,
    inboxSince: inboxSince({ staff, sections, companies, contacts }, ctx.now),
  };

  const interactions = planInteractions(world).map((plan) => buildInteraction(world, plan));
  const { vacancies, emails } = buildVacancies(world);
  interactions.push(...emails);
  interactions.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : 1));

  return { sections, staff, companies, contacts, interactions, vacancies };
}
