/**
 * Reference data for the generated municipality: places by kommune (Roskilde's own postcodes and the
 * neighbours where seats and far P-units sit), DB07 industries, legal forms, statuses and the
 * employment interval codes of the CVR distribution (INTEGRATIONS.md, "CVR").
 */

export interface Place {
  postcode: number;
  city: string;
  kommuneKode: number;
  kommuneNavn: string;
  streets: readonly string[];
}

export const ROSKILDE_KOMMUNE = 265;

/**
 * Roskilde Kommune's postcodes. 4030 Tune lies in Greve Kommune and 4070 Kirke Hyllinge and 4330
 * Hvalsø in Lejre Kommune, so they are listed with their own municipality below.
 */
export const ROSKILDE_PLACES: readonly Place[] = [
  {
    postcode: 4000,
    city: 'Roskilde',
    kommuneKode: 265,
    kommuneNavn: 'ROSKILDE',
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
      'Algade',
      'Skomagergade',
      'Hersegade',
      'Rabalderstræde',
      'Byageren',
      'Ved Ringen',
    ],
  },
  {
    postcode: 4040,
    city: 'Jyllinge',
    kommuneKode: 265,
    kommuneNavn: 'ROSKILDE',
    streets: ['Møllehusvej', 'Strandgårdsvej', 'Nordmarksvej', 'Havnevej', 'Bygaden'],
  },
  {
    postcode: 4130,
    city: 'Viby Sjælland',
    kommuneKode: 265,
    kommuneNavn: 'ROSKILDE',
    streets: ['Toftegårdsvej', 'Industriskellet', 'Gadstrupvej', 'Hovedgaden'],
  },
  {
    postcode: 4621,
    city: 'Gadstrup',
    kommuneKode: 265,
    kommuneNavn: 'ROSKILDE',
    streets: ['Gadstrup Bygade', 'Ågerupvej', 'Vindekildevej'],
  },
];

/** Seats and workplaces outside the municipality. */
export const OTHER_PLACES: readonly Place[] = [
  {
    postcode: 1620,
    city: 'København V',
    kommuneKode: 101,
    kommuneNavn: 'KØBENHAVN',
    streets: ['Vesterbrogade', 'Istedgade', 'Kingosgade'],
  },
  {
    postcode: 2300,
    city: 'København S',
    kommuneKode: 101,
    kommuneNavn: 'KØBENHAVN',
    streets: ['Amagerbrogade', 'Ørestads Boulevard', 'Islands Brygge'],
  },
  {
    postcode: 2100,
    city: 'København Ø',
    kommuneKode: 101,
    kommuneNavn: 'KØBENHAVN',
    streets: ['Østerbrogade', 'Strandboulevarden'],
  },
  {
    postcode: 2000,
    city: 'Frederiksberg',
    kommuneKode: 147,
    kommuneNavn: 'FREDERIKSBERG',
    streets: ['Gammel Kongevej', 'Falkoner Allé'],
  },
  {
    postcode: 4600,
    city: 'Køge',
    kommuneKode: 259,
    kommuneNavn: 'KØGE',
    streets: ['Søndre Alle', 'Tangmosevej', 'Værftsvej', 'Vestergade'],
  },
  {
    postcode: 4030,
    city: 'Tune',
    kommuneKode: 253,
    kommuneNavn: 'GREVE',
    streets: ['Tune Bygade', 'Kildebakken', 'Vestervej'],
  },
  {
    postcode: 2670,
    city: 'Greve',
    kommuneKode: 253,
    kommuneNavn: 'GREVE',
    streets: ['Greve Centervej', 'Hundige Strandvej'],
  },
  {
    postcode: 4320,
    city: 'Lejre',
    kommuneKode: 350,
    kommuneNavn: 'LEJRE',
    streets: ['Allerslevvej', 'Gammel Lejrevej', 'Bøgebakken', 'Kornerupvej'],
  },
  {
    postcode: 4330,
    city: 'Hvalsø',
    kommuneKode: 350,
    kommuneNavn: 'LEJRE',
    streets: ['Hovedgaden', 'Skovvej', 'Industrivej', 'Lysholm Allé'],
  },
  {
    postcode: 4070,
    city: 'Kirke Hyllinge',
    kommuneKode: 350,
    kommuneNavn: 'LEJRE',
    streets: ['Lyndbyvej', 'Sæbyvej', 'Bygaden', 'Kirkebakken'],
  },
  {
    postcode: 4622,
    city: 'Havdrup',
    kommuneKode: 269,
    kommuneNavn: 'SOLRØD',
    streets: ['Havdrupvej', 'Ølbyvej', 'Bygaden'],
  },
  {
    postcode: 4050,
    city: 'Skibby',
    kommuneKode: 250,
    kommuneNavn: 'FREDERIKSSUND',
    streets: ['Hovedgaden', 'Selsøvej', 'Østervej'],
  },
  {
    postcode: 8000,
    city: 'Aarhus C',
    kommuneKode: 751,
    kommuneNavn: 'AARHUS',
    streets: ['Åboulevarden', 'Søndergade', 'Frederiksgade'],
  },
];

export function placeOfPostcode(postcode: string | number): Place | undefined {
  return [...ROSKILDE_PLACES, ...OTHER_PLACES].find((p) => p.postcode === Number(postcode));
}

export interface Industry {
  code: string;
  text: string;
  /** The word a company name uses ("VVS", "Tømrer"). */
  trade: string;
}

export const INDUSTRIES: readonly Industry[] = [
  { code: '412000', text: 'Opførelse af bygninger', trade: 'Byg' },
  { code: '432100', text: 'El-installation', trade: 'El-service' },
  { code: '432200', text: 'VVS- og blikkenslagerforretninger', trade: 'VVS' },
  { code: '433200', text: 'Tømrer- og bygningssnedkervirksomhed', trade: 'Tømrer' },
  { code: '452010', text: 'Almindelig service og reparation af motorkøretøjer', trade: 'Autoværksted' },
  { code: '471120', text: 'Supermarkeder', trade: 'Købmand' },
  { code: '561010', text: 'Restauranter', trade: 'Restaurant' },
  { code: '561020', text: 'Pizzeriaer, grillbarer, isbarer mv.', trade: 'Pizza & Grill' },
  { code: '620100', text: 'Computerprogrammering', trade: 'IT' },
  { code: '692000', text: 'Bogføring og revision; skatterådgivning', trade: 'Revision' },
  { code: '711290', text: 'Anden teknisk rådgivning', trade: 'Rådgivning' },
  { code: '812100', text: 'Almindelig rengøring i bygninger', trade: 'Rengøring' },
  { code: '813000', text: 'Landskabspleje', trade: 'Anlæg' },
  { code: '494100', text: 'Vejgodstransport', trade: 'Transport' },
  { code: '960210', text: 'Frisørsaloner', trade: 'Frisør' },
  { code: '869090', text: 'Andre sundhedsydelser', trade: 'Sundhed' },
  { code: '011100', text: 'Dyrkning af korn (undtagen ris), bælgfrugter og olieholdige frø', trade: 'Landbrug' },
  { code: '259900', text: 'Fremstilling af andre færdige metalprodukter i.a.n.', trade: 'Metal' },
];

/** Foreninger belong to organisations and sport, whatever the random industry would say. */
export const ASSOCIATION_INDUSTRIES: readonly Industry[] = [
  { code: '949900', text: 'Andre organisationer og foreninger i.a.n.', trade: 'Forening' },
  { code: '931200', text: 'Sportsklubber', trade: 'Idrætsforening' },
];

export function industryOf(code: string | null): Industry | undefined {
  return [...INDUSTRIES, ...ASSOCIATION_INDUSTRIES].find((i) => i.code === code);
}

export interface LegalForm {
  code: number;
  short: string;
  long: string;
  /** Name suffix ("ApS"), empty for sole proprietorships and associations. */
  suffix: string;
}

export const LEGAL_FORMS = {
  ENK: { code: 10, short: 'ENK', long: 'Enkeltmandsvirksomhed', suffix: '' },
  IS: { code: 30, short: 'I/S', long: 'Interessentskab', suffix: 'I/S' },
  AS: { code: 60, short: 'A/S', long: 'Aktieselskab', suffix: 'A/S' },
  APS: { code: 80, short: 'APS', long: 'Anpartsselskab', suffix: 'ApS' },
  IVS: { code: 81, short: 'IVS', long: 'Iværksætterselskab', suffix: 'IVS' },
  FOR: { code: 110, short: 'FOR', long: 'Forening', suffix: '' },
} as const satisfies Record<string, LegalForm>;

export type LegalFormKey = keyof typeof LEGAL_FORMS;

/** INTEGRATIONS.md's statuses, plus one the list does not know (kept and shown as given). */
export const STATUSES = [
  'NORMAL',
  'UNDER KONKURS',
  'OPLØST EFTER KONKURS',
  'UNDER TVANGSOPLØSNING',
  'TVANGSOPLØST',
  'UNDER FRIVILLIG LIKVIDATION',
  'OPLØST EFTER FRIVILLIG LIKVIDATION',
  'OPLØST EFTER FUSION',
  'OPLØST EFTER SPALTNING',
  'UNDER REKONSTRUKTION',
  'SLETTET',
  'UNDER REASSUMERING',
] as const;

export const EMPLOYMENT_INTERVALS = [
  'ANTAL_0_0',
  'ANTAL_1_1',
  'ANTAL_2_4',
  'ANTAL_5_9',
  'ANTAL_10_19',
  'ANTAL_20_49',
  'ANTAL_50_99',
  'ANTAL_100_199',
  'ANTAL_200_499',
  'ANTAL_500_999',
  'ANTAL_1000_',
] as const;

export const INTERVAL_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ANTAL_0_0', 16],
  ['ANTAL_1_1', 20],
  ['ANTAL_2_4', 24],
  ['ANTAL_5_9', 15],
  ['ANTAL_10_19', 10],
  ['ANTAL_20_49', 8],
  ['ANTAL_50_99', 4],
  ['ANTAL_100_199', 1.5],
  ['ANTAL_200_499', 1],
  ['ANTAL_500_999', 0.3],
  ['ANTAL_1000_', 0.2],
];

export const FREEMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.dk', 'yahoo.dk', 'live.dk', 'mail.dk'] as const;

export const FIRST_NAMES = [
  'Mette',
  'Jens',
  'Anne',
  'Lars',
  'Susanne',
  'Peter',
  'Camilla',
  'Søren',
  'Line',
  'Morten',
  'Ida',
  'Rasmus',
  'Hanne',
  'Kasper',
  'Louise',
  'Bo',
] as const;

export const LAST_NAMES = [
  'Hansen',
  'Jensen',
  'Nielsen',
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
  'Møller',
  'Holm',
] as const;

/** First words of company names besides surnames: places and the odd brand-like word. */
export const NAME_WORDS = [
  'Roskilde',
  'Fjord',
  'Himmelev',
  'Jyllinge',
  'Trekroner',
  'Domkirke',
  'Vikinge',
  'Sjællands',
  'Nordic',
  'Gadstrup',
  'Viby',
  'Østsjællands',
  'Kilde',
  'Ådalens',
] as const;
