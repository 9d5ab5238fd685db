/**
 * The words of "Ny virksomhed" (a company from the CVR register, or by hand without CVR), Danish first.
 * Kept apart from i18n.ts for size; i18n.ts merges them into the tab's one Strings object.
 */
const da = {
  newCompany: {
    open: 'Ny virksomhed',
    title: 'Ny virksomhed',
    modes: 'Sådan opretter du den',
    fromRegister: 'Fra CVR-registret',
    manual: 'Opret uden CVR',
    label: 'Søg i CVR-registret (CVR-nummer, P-nummer eller navn)',
    placeholder: 'fx 25313763 eller Fjordbyg',
    hint: 'Skriv et CVR-nummer (8 cifre), et P-nummer (10 cifre) eller mindst 2 tegn af navnet.',
    tooShort: 'Skriv mindst 2 tegn.',
    badNumber: 'Et CVR-nummer er 8 cifre (og skal være gyldigt), et P-nummer 10 cifre.',
    searching: 'Søger i CVR-registret …',
    found: (n: number) => (n === 1 ? '1 virksomhed i CVR-registret' : `${n} virksomheder i CVR-registret`),
    none: (q: string) => `CVR-registret kender ingen virksomhed for »${q}«.`,
    results: 'Virksomheder i CVR-registret',
    pUnits: (all: number, here: number) =>
      `${all === 1 ? '1 P-enhed' : `${all} P-enheder`} (${here} aktive i kommunen)`,
    advertisingProtected: 'Reklamebeskyttet',
    exists: 'Findes allerede',
    openExisting: 'Åbn virksomheden',
    create: 'Opret',
    creating: 'Opretter …',
    manualHint: 'Til foreninger, udenlandske virksomheder og andre uden CVR-nummer. Navnet er påkrævet.',
    manualSubmit: 'Opret uden CVR',
  },
};

type NewCompanyStrings = typeof da;

const en: NewCompanyStrings = {
  newCompany: {
    open: 'New company',
    title: 'New company',
    modes: 'How to create it',
    fromRegister: 'From the CVR register',
    manual: 'Create without CVR',
    label: 'Search the CVR register (CVR number, P-number or name)',
    placeholder: 'e.g. 25313763 or Fjordbyg',
    hint: 'Type a CVR number (8 digits), a P-number (10 digits) or at least 2 characters of the name.',
    tooShort: 'Type at least 2 characters.',
    badNumber: 'A CVR number has 8 digits (and must be valid), a P-number 10 digits.',
    searching: 'Searching the CVR register …',
    found: (n) => (n === 1 ? '1 company in the CVR register' : `${n} companies in the CVR register`),
    none: (q) => `The CVR register knows no company for “${q}”.`,
    results: 'Companies in the CVR register',
    pUnits: (all, here) => `${all === 1 ? '1 P-unit' : `${all} P-units`} (${here} active in the municipality)`,
    advertisingProtected: 'Advertising protected',
    exists: 'Exists already',
    openExisting: 'Open the company',
    create: 'Create',
    creating: 'Creating …',
    manualHint: 'For associations, foreign companies and others without a CVR number. The name is required.',
    manualSubmit: 'Create without CVR',
  },
};

export const NEW_COMPANY_STRINGS: Record<'da' | 'en', NewCompanyStrings> = { da, en };
