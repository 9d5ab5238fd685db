/**
 * The words of the company page's CVR register panel and of merging two companies, Danish first.
 * Kept apart from i18n.ts for size; i18n.ts merges them into the tab's one Strings object.
 */
const da = {
  register: {
    title: 'Fra CVR-registret',
    hint: 'Det, registret siger. Det ændres ikke her, men ved næste opdatering fra registret.',
    withoutCvr: 'Uden CVR',
    status: 'Status',
    statusNormal: 'Normal',
    legalForm: 'Virksomhedsform',
    employees: 'Ansatte',
    industry: 'Branche',
    advertisingProtected: 'Reklamebeskyttet',
    advertisingProtectedYes: 'Ja – ingen uopfordret markedsføring',
    no: 'Nej',
    pUnits: 'P-enheder',
    noPUnits: 'Ingen P-enheder.',
    closed: 'lukket',
    outside: 'uden for kommunen',
    formerNames: 'Tidligere navne',
    lastFetched: 'Sidst hentet',
    unknown: 'Ikke oplyst',
    employeeInterval: (from: number, to: number | null) =>
      to === null
        ? `${from} eller flere ansatte`
        : from === to
          ? `${from} ${from === 1 ? 'ansat' : 'ansatte'}`
          : `${from}-${to} ansatte`,
  },
  merge: {
    title: 'Sammenlæg virksomheder',
    hint: 'Når to virksomheder er den samme: al historik, kontaktpersoner, jobordrer, domæner og P-enheder samles på den, der bevares. Den anden virksomheds links fører derefter hertil.',
    search: 'Find den anden virksomhed',
    placeholder: 'Navn, CVR, P-nummer eller domæne',
    pick: 'Vælg',
    picked: (name: string) => `Valgt: ${name}`,
    survivor: 'Hvilken skal bevares?',
    keep: (name: string) => `Bevar ${name}`,
    confirm: (kept: string, merged: string) =>
      `Sammenlæg »${merged}« ind i »${kept}«? Det kan ikke fortrydes: »${merged}« forsvinder som selvstændig virksomhed.`,
    submit: 'Sammenlæg',
    confirmSubmit: 'Ja, sammenlæg',
    cancel: 'Fortryd',
    merging: 'Sammenlægger …',
    none: 'Ingen andre virksomheder matcher.',
  },
};

type RegisterStrings = typeof da;

const en: RegisterStrings = {
  register: {
    title: 'From the CVR register',
    hint: 'What the register says. It is not changed here, but by the next update from the register.',
    withoutCvr: 'Without CVR',
    status: 'Status',
    statusNormal: 'Normal',
    legalForm: 'Legal form',
    employees: 'Employees',
    industry: 'Industry',
    advertisingProtected: 'Advertising protected',
    advertisingProtectedYes: 'Yes – no unsolicited marketing',
    no: 'No',
    pUnits: 'P-units',
    noPUnits: 'No P-units.',
    closed: 'closed',
    outside: 'outside the municipality',
    formerNames: 'Former names',
    lastFetched: 'Last fetched',
    unknown: 'Not stated',
    employeeInterval: (from, to) =>
      to === null
        ? `${from} or more employees`
        : from === to
          ? `${from} ${from === 1 ? 'employee' : 'employees'}`
          : `${from}-${to} employees`,
  },
  merge: {
    title: 'Merge companies',
    hint: 'When two companies are the same: all history, contact persons, vacancies, domains and P-units are gathered on the one kept. Links to the other then lead here.',
    search: 'Find the other company',
    placeholder: 'Name, CVR, P-number or domain',
    pick: 'Choose',
    picked: (name) => `Chosen: ${name}`,
    survivor: 'Which one is kept?',
    keep: (name) => `Keep ${name}`,
    confirm: (kept, merged) =>
      `Merge “${merged}” into “${kept}”? This cannot be undone: “${merged}” stops being a company of its own.`,
    submit: 'Merge',
    confirmSubmit: 'Yes, merge',
    cancel: 'Cancel',
    merging: 'Merging …',
    none: 'No other companies match.',
  },
};

export const REGISTER_STRINGS: Record<'da' | 'en', RegisterStrings> = { da, en };
