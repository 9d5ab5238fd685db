/** Data profiles of the benchmark: how big the synthetic tenant is and which store it lives in. */

export type ProfileName = 'pg-large' | 'pg-small' | 'pglite-small';

export interface Profile {
  readonly name: ProfileName;
  readonly store: 'postgres' | 'pglite';
  readonly companies: number;
  readonly interactions: number;
  /**
   * Interactions of the few heavy companies (a big employer, a hospital, ...), on top of the long
   * tail; their names are fixed so scenarios can address them.
   */
  readonly heavy: readonly number[];
  readonly staff: number;
  readonly sections: number;
  readonly vacancies: number;
  readonly subscriptions: number;
  /** Contact persons of each heavy company. */
  readonly heavyContacts: number;
  readonly years: number;
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  'pg-large': {
    name: 'pg-large',
    store: 'postgres',
    companies: 50_000,
    interactions: 1_000_000,
    heavy: [45_000, 36_000, 30_000, 26_000, 24_000],
    staff: 300,
    sections: 8,
    vacancies: 20_000,
    subscriptions: 200,
    heavyContacts: 600,
    years: 10,
  },
  // The PGlite profile's data on PostgreSQL: a smoke test that needs no long generation.
  'pg-small': {
    name: 'pg-small',
    store: 'postgres',
    companies: 5_000,
    interactions: 100_000,
    heavy: [9_000, 7_000, 6_000],
    staff: 300,
    sections: 8,
    vacancies: 2_000,
    subscriptions: 50,
    heavyContacts: 200,
    years: 10,
  },
  'pglite-small': {
    name: 'pglite-small',
    store: 'pglite',
    companies: 5_000,
    interactions: 100_000,
    heavy: [9_000, 7_000, 6_000],
    staff: 300,
    sections: 8,
    vacancies: 2_000,
    subscriptions: 50,
    heavyContacts: 200,
    years: 10,
  },
};

export function isProfileName(value: string): value is ProfileName {
  return Object.hasOwn(PROFILES, value);
}

/** The heavy companies' names: fixed, unique in the data set, so the bot resolves them to one company. */
export const HEAVY_COMPANY_NAMES: readonly string[] = [
  'Østergaard Byg A/S',
  'Sjællands Universitetshospital Service',
  'Fjordlinjen Transport A/S',
  'Hedeland Logistik A/S',
  'Roskilde Fjord Fødevarer A/S',
];
