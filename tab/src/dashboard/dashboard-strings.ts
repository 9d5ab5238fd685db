import type { KpiMetric } from '../../../web-shared/api-types.js';
/**
 * The words of the strategy dashboard and its targets form, Danish first.
 * Kept apart from i18n.ts for size; i18n.ts merges them into the tab's one Strings object.
 */

const da = {
  dashboard: {
    title: 'Strategiens delmål',
    intro: 'Delmålene fra virksomhedsstrategien, målt løbende. Tallene kommer fra Kontaktspor.',
    from: 'Fra',
    to: 'Til',
    section: 'Afsnit',
    wholeCenter: 'Hele jobcentret',
    periodInvalid: 'Vælg en periode, hvor fra-datoen ikke ligger efter til-datoen (højst 5 år).',
    noValue: 'Ingen data',
    target: (period: string, value: string) => `Mål ${period}: ${value}`,
    noTarget: 'Intet mål sat',
    reached: 'Målet er nået',
    notReached: 'Målet er ikke nået',
    perMonth: 'Pr. måned',
    cumulative: 'Akkumuleret fra periodens start',
    seriesLoading: 'Henter månedstal …',
    seriesTooLong: 'Månedsfordelingen vises for perioder på op til 24 måneder.',
    seriesFailed: 'Månedstallene kunne ikke hentes.',
    seriesNone: 'Ingen måned i perioden har et tal for sig.',
    chartLabel: (metric: string, how: string) => `${metric}, ${how.toLowerCase()}`,
    chartTarget: 'mål',
    chartNoData: 'ingen data',
    bySection: 'Kontakter pr. afsnit',
    noSection: 'Uden afsnit',
    /** The samarbejdsgrad's numbers, already formatted: "42 af 2.318 …". */
    countsRegister: (a: string, b: string) => `${a} af ${b} virksomheder i kommunen med mindst én ansat (CVR)`,
    countsCompanies: (a: string, b: string) => `${a} af ${b} virksomheder i Kontaktspor`,
    servedRegister: (a: string, b: string) => `heraf ${a} af ${b} virksomheder i kommunen med mindst én ansat (CVR)`,
    notFromRegister:
      'CVR-registret er ikke indlæst endnu, så samarbejdsgraden regnes af de virksomheder, Kontaktspor kender – ikke af alle kommunens virksomheder med mindst én ansat.',
  },

  metrics: {
    samarbejdsgrad: {
      label: 'Samarbejdsgrad',
      description:
        'Andel af kommunens virksomheder med mindst én kontakt om løntilskud, virksomhedspraktik, jobrotation, skånejob, fleksjob eller mentor i perioden. Hver virksomhed tæller én gang.',
    },
    contacts: {
      label: 'Kontakter',
      description: 'Loggede virksomhedskontakter (e-mails, møder, opkald, besøg, noter).',
    },
    companies_served: {
      label: 'Betjente virksomheder',
      description: 'Forskellige virksomheder med mindst én logget kontakt i perioden.',
    },
    staff_share_logging: {
      label: 'Andel medarbejdere der logger',
      description:
        'Andel af medarbejderne, der loggede mindst én virksomhedskontakt i måneden (seneste måned i perioden).',
    },
    vacancies_received: { label: 'Modtagne jobordrer', description: 'Jobordrer modtaget fra virksomheder i perioden.' },
    vacancies_filled: { label: 'Besatte jobordrer', description: 'Jobordrer lukket som besat i perioden.' },
    referral_rate: {
      label: 'Henvisningsrate',
      description: 'Andel af periodens modtagne jobordrer, hvor mindst én kandidat er henvist.',
    },
    fill_rate: { label: 'Besættelsesrate', description: 'Andel af periodens lukkede jobordrer, der blev besat.' },
    time_to_first_action_days: {
      label: 'Dage til første handling',
      description: 'Gennemsnitligt antal dage fra en jobordre modtages, til der sker noget med den.',
    },
  } as Record<KpiMetric, { label: string; description: string }>,

  targets: {
    title: 'Mål',
    intro: 'Som administrator kan du sætte mål pr. delmål og periode. Målet vises ved siden af de faktiske tal.',
    metric: 'Delmål',
    period: 'Periode (ÅÅÅÅ eller ÅÅÅÅ-MM)',
    value: 'Mål',
    valuePercent: 'Mål (procent)',
    valueDays: 'Mål (dage)',
    valueCount: 'Mål (antal)',
    appliesTo: (section: string) => `Gælder for: ${section}`,
    save: 'Gem mål',
    saving: 'Gemmer …',
    saved: 'Målet er gemt.',
    invalid: {
      period: 'Skriv perioden som ÅÅÅÅ (et år) eller ÅÅÅÅ-MM (en måned).',
      value: 'Skriv et tal fra 0.',
      percent: 'En procent er et tal fra 0 til 100.',
    },
  },
};

export type DashboardStrings = typeof da;

const en: DashboardStrings = {
  dashboard: {
    title: "The strategy's sub-goals",
    intro: "The company strategy's sub-goals, measured continuously. The figures come from Kontaktspor.",
    from: 'From',
    to: 'To',
    section: 'Section',
    wholeCenter: 'The whole jobcentre',
    periodInvalid: 'Choose a period whose from date does not lie after its to date (at most 5 years).',
    noValue: 'No data',
    target: (period, value) => `Target ${period}: ${value}`,
    noTarget: 'No target set',
    reached: 'Target reached',
    notReached: 'Target not reached',
    perMonth: 'Per month',
    cumulative: 'Cumulative from the start of the period',
    seriesLoading: 'Loading monthly figures …',
    seriesTooLong: 'Monthly figures are shown for periods of up to 24 months.',
    seriesFailed: 'The monthly figures could not be loaded.',
    seriesNone: 'No month of the period has a figure of its own.',
    chartLabel: (metric, how) => `${metric}, ${how.toLowerCase()}`,
    chartTarget: 'target',
    chartNoData: 'no data',
    bySection: 'Contacts per section',
    noSection: 'No section',
    countsRegister: (a, b) => `${a} of ${b} companies in the municipality with at least one employee (CVR)`,
    countsCompanies: (a, b) => `${a} of ${b} companies in Kontaktspor`,
    servedRegister: (a, b) => `of which ${a} of ${b} companies in the municipality with at least one employee (CVR)`,
    notFromRegister:
      'The CVR register has not been imported yet, so the cooperation degree is computed over the companies Kontaktspor knows – not all companies in the municipality with at least one employee.',
  },

  metrics: {
    samarbejdsgrad: {
      label: 'Cooperation degree',
      description:
        "Share of the municipality's companies with at least one contact about wage subsidy, work placement, job rotation, sheltered job, flex job or mentor in the period. Each company counts once.",
    },
    contacts: { label: 'Contacts', description: 'Logged company contacts (emails, meetings, calls, visits, notes).' },
    companies_served: {
      label: 'Companies served',
      description: 'Distinct companies with at least one logged contact in the period.',
    },
    staff_share_logging: {
      label: 'Share of staff logging',
      description:
        'Share of staff who logged at least one company contact in the month (the last month of the period).',
    },
    vacancies_received: {
      label: 'Vacancies received',
      description: 'Vacancies (job orders) received from companies in the period.',
    },
    vacancies_filled: { label: 'Vacancies filled', description: 'Vacancies closed as filled in the period.' },
    referral_rate: {
      label: 'Referral rate',
      description: "Share of the period's vacancies to which at least one candidate was referred.",
    },
    fill_rate: { label: 'Fill rate', description: 'Share of the vacancies closed in the period that were filled.' },
    time_to_first_action_days: {
      label: 'Days to first action',
      description: 'Average days from a vacancy being received to its first action.',
    },
  },

  targets: {
    title: 'Targets',
    intro: 'As an admin you set targets per sub-goal and period. The target is shown beside the actual figures.',
    metric: 'Sub-goal',
    period: 'Period (YYYY or YYYY-MM)',
    value: 'Target',
    valuePercent: 'Target (percent)',
    valueDays: 'Target (days)',
    valueCount: 'Target (count)',
    appliesTo: (section) => `Applies to: ${section}`,
    save: 'Save target',
    saving: 'Saving …',
    saved: 'The target is saved.',
    invalid: {
      period: 'Write the period as YYYY (a year) or YYYY-MM (a month).',
      value: 'Enter a number from 0.',
      percent: 'A percentage is a number from 0 to 100.',
    },
  },
};

export const DASHBOARD_STRINGS: Record<'da' | 'en', DashboardStrings> = { da, en };
