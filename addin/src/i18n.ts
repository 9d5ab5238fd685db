/**
 * The pane's words, Danish first; what the tab says alike comes from web-shared/common-words.ts.
 * Pure data: no React, no Office, so tests and commands.ts share it.
 */
import { COMMON_WORDS } from '../../web-shared/common-words.js';
import type { Lang } from '../../web-shared/lang.js';
import type { NeverLogRule } from '../../web-shared/failure.js';

export type { Lang };

const da = {
  ...COMMON_WORDS.da,
  paneLabel: 'Kontaktspor',
  loading: 'Henter virksomhedens kontakthistorik …',
  openInOutlookTitle: 'Åbn i Outlook',
  openInOutlookBody: 'Ruden virker inde i Outlook: åbn en e-mail eller et møde, og vælg Kontaktspor.',
  noItem: 'Vælg en e-mail eller et møde for at se virksomhedens kontakthistorik.',
  noAddresses: 'Elementet har ingen eksterne adresser. Søg virksomheden frem.',

  matchedBy: { contact: 'kendt kontaktperson', domain: 'virksomhedens domæne' } as Record<'contact' | 'domain', string>,
  choicesTitle: 'Flere virksomheder passer – vælg den rigtige',
  searchTitle: 'Find virksomheden',
  searchHint: 'Ingen virksomhed passer til adressen. Søg den frem – dit valg huskes til næste mail fra samme adresse.',
  searchLabel: 'Søg virksomhed (navn eller CVR)',
  searchPlaceholder: 'fx Østergaard Byg eller 13585628',
  searchResults: 'Søgeresultater',
  searchNoResults: 'Ingen virksomheder fundet',
  searching: 'Søger …',
  changeCompany: 'Vælg en anden virksomhed',
  cancel: 'Fortryd',
  rememberFailed: 'Valget kunne ikke huskes til næste gang: ',
  ignoredFreemail: (email: string) => `${email} er en privat mailadresse og peger ikke på en virksomhed.`,

  blockadeShort: 'blokade',
  doNotContactShort: 'ønsker ikke kontakt',
  lastContacts: 'Seneste kontakter',
  noContacts: 'Ingen kontakter endnu',
  noSubject: '(emne ikke vist)',
  itemNoSubject: '(uden emne)',
  itemFrom: (who: string) => `fra ${who}`,
  itemOrganizer: (who: string) => `arrangeret af ${who}`,
  contextLoading: 'Henter virksomhedens historik …',
  alreadyLoggedBy: (names: string) => `Allerede logget af ${names}`,
  and: 'og',

  formTitle: 'Log til virksomhedens historik',
  companyLabel: 'Virksomhed',
  noCompanyChosen: 'Vælg en virksomhed først',
  topics: 'Emner',
  summary: 'Resumé',
  summaryHint: 'Skriv kort, hvad kontakten handlede om. Undgå oplysninger om borgere.',
  previewLoading: 'Henter udkast til resumé …',
  previewFailed: 'Udkastet kunne ikke hentes: ',
  visibilityLabel: 'Hvad må kolleger læse',
  healthHint: (kind: 'email' | 'meeting', words: string) =>
    `${kind === 'email' ? 'Mailen' : 'Mødet'} nævner helbredsforhold (${words}) – derfor foreslås kun metadata`,
  cprHint: 'Et CPR-nummer er fjernet fra udkastet.',
  // Why capture defaulted to metadata only (the service's `sensitive.reasons`).
  sensitiveTitle: 'Derfor foreslås kun metadata',
  sensitiveHealth: (words: string) => `Teksten nævner helbredsforhold (${words}).`,
  sensitivePlacement: (word: string) =>
    `Teksten nævner en person i forbindelse med »${word}« – det kan være en borger.`,
  sensitiveAdvice:
    'Oplysninger om borgere hører til i sagssystemet. Vælg kun mere, hvis teksten alene handler om virksomheden.',
  vacancySwitch: 'Dette er en ledig stilling',
  vacancyTitle: 'Stillingsbetegnelse',
  vacancyPositions: 'Antal stillinger',
  vacancyDeadline: 'Ansøgningsfrist',
  vacancyLocation: 'Arbejdssted',
  vacancyPostcode: 'Postnummer',
  logButton: 'Log',
  logging: 'Logger …',
  logged: 'Logget',
  loggedTo: (company: string) => `Logget til ${company}`,
  categoryNotApplied: 'Kategorien "Kontaktspor" kunne ikke sættes på elementet.',
  sharedMailboxNote: (address: string) => `Fælles postkasse: ${address} – kontakten logges i dit navn.`,
  vacancyCreated: (title: string) => `Jobordre oprettet: ${title}`,
  openCompany: 'Åbn virksomheden',

  invalid: {
    company: 'Vælg en virksomhed.',
    topics: 'Vælg højst 10 emner.',
    title: 'Skriv stillingsbetegnelsen.',
    positions: 'Antal stillinger skal være et helt tal fra 1.',
    deadline: 'Fristen skal være en dato (ÅÅÅÅ-MM-DD).',
    postcode: 'Et postnummer er 4 cifre.',
  },

  errors: {
    NOT_FOUND: 'Elementet blev ikke fundet i din postkasse. Er det gemt og synkroniseret? Prøv igen om lidt.',
    MEETING_CANCELLED: 'Mødet er aflyst, så det fandt ikke sted og kan ikke logges.',
    ITEM_ID_INVALID:
      'Outlook gav et element-id, som Microsoft 365 ikke kender. Vælg elementet igen, eller gem det først, hvis det er en kladde.',
    FORBIDDEN: 'Du har ikke adgang til dette element eller denne handling.',
    SHARED_MAILBOX_DENIED:
      'Du har ikke adgang til den fælles postkasse gennem Kontaktspor. Bed en administrator om adgang til postkassen.',
    THROTTLED: 'Microsoft 365 beder os vente et øjeblik. Prøv igen om lidt.',
    UNAVAILABLE: 'Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.',
    BAD_GATEWAY: 'Microsoft 365 svarede ikke som forventet. Prøv igen om lidt.',
    AUTH: 'Du skal logge ind igen, eller give Kontaktspor adgang til din postkasse.',
    VALIDATION_FAILED: 'Formularen blev afvist: ',
    NETWORK: 'Ingen forbindelse til Kontaktspor. Tjek netværket, og prøv igen.',
    INTERNAL: 'Der gik noget galt hos Kontaktspor. Fejlen er logget.',
    HOST: 'Outlook kunne ikke give os elementet: ',
    CONFIG: 'Siden mangler sin konfiguration fra Kontaktspor-tjenesten. Genindlæs ruden.',
    OTHER: (code: string) => `Noget gik galt (${code}).`,
  },
  /** NEVER_LOG, naming the list and what it holds (the service's rule detail), or generic without it. */
  neverLog: (rule: NeverLogRule | undefined) =>
    rule
      ? `Ikke logget: ${rule.scope === 'user' ? 'din liste »logges aldrig«' : 'jobcentrets liste »logges aldrig«'} indeholder ${rule.kind === 'domain' ? 'domænet' : 'adressen'} ${rule.value}.`
      : 'Ikke logget: en deltager står på en liste »logges aldrig«.',

  quick: {
    logged: (company: string) => `Logget til Kontaktspor: ${company}`,
    alreadyLogged: (names: string) => `Allerede logget af ${names}`,
    choose: 'Vælg virksomhed i ruden',
    failed: (reason: string) => `Kontaktspor: ${reason}`,
    flagged: ' – bemærk: ',
  },
};

export type Strings = typeof da;

const en: Strings = {
  ...COMMON_WORDS.en,
  paneLabel: 'Kontaktspor',
  loading: "Loading the company's contact history …",
  openInOutlookTitle: 'Open in Outlook',
  openInOutlookBody: 'The pane works inside Outlook: open an email or a meeting and choose Kontaktspor.',
  noItem: "Select an email or a meeting to see the company's contact history.",
  noAddresses: 'The item has no external addresses. Search for the company.',

  matchedBy: { contact: 'known contact person', domain: "the company's domain" },
  choicesTitle: 'Several companies fit – choose the right one',
  searchTitle: 'Find the company',
  searchHint:
    'No company fits the address. Search for it – your choice is remembered for the next email from that address.',
  searchLabel: 'Search company (name or CVR)',
  searchPlaceholder: 'e.g. Østergaard Byg or 13585628',
  searchResults: 'Search results',
  searchNoResults: 'No companies found',
  searching: 'Searching …',
  changeCompany: 'Choose another company',
  cancel: 'Cancel',
  rememberFailed: 'Your choice could not be remembered for next time: ',
  ignoredFreemail: (email) => `${email} is a private address and does not identify a company.`,

  blockadeShort: 'blockade',
  doNotContactShort: 'do not contact',
  lastContacts: 'Latest contacts',
  noContacts: 'No contacts yet',
  noSubject: '(subject not shown)',
  itemNoSubject: '(no subject)',
  itemFrom: (who) => `from ${who}`,
  itemOrganizer: (who) => `organised by ${who}`,
  contextLoading: "Loading the company's history …",
  alreadyLoggedBy: (names) => `Already logged by ${names}`,
  and: 'and',

  formTitle: "Log to the company's history",
  companyLabel: 'Company',
  noCompanyChosen: 'Choose a company first',
  topics: 'Topics',
  summary: 'Summary',
  summaryHint: 'Say briefly what the contact was about. Leave out details about citizens.',
  previewLoading: 'Loading a draft summary …',
  previewFailed: 'The draft could not be loaded: ',
  visibilityLabel: 'What colleagues may read',
  healthHint: (kind, words) =>
    `The ${kind === 'email' ? 'email' : 'meeting'} mentions health matters (${words}) – so metadata only is suggested`,
  cprHint: 'A CPR number was removed from the draft.',
  sensitiveTitle: 'Why metadata only is suggested',
  sensitiveHealth: (words) => `The text mentions health matters (${words}).`,
  sensitivePlacement: (word) => `The text names a person next to “${word}” – it may be a citizen.`,
  sensitiveAdvice:
    'Information about citizens belongs in the case system. Choose more only if the text is about the company alone.',
  vacancySwitch: 'This is a vacancy',
  vacancyTitle: 'Job title',
  vacancyPositions: 'Number of positions',
  vacancyDeadline: 'Application deadline',
  vacancyLocation: 'Workplace',
  vacancyPostcode: 'Postcode',
  logButton: 'Log',
  logging: 'Logging …',
  logged: 'Logged',
  loggedTo: (company) => `Logged to ${company}`,
  categoryNotApplied: 'The "Kontaktspor" category could not be set on the item.',
  sharedMailboxNote: (address) => `Shared mailbox: ${address} – the contact is logged in your name.`,
  vacancyCreated: (title) => `Vacancy created: ${title}`,
  openCompany: 'Open the company',

  invalid: {
    company: 'Choose a company.',
    topics: 'Choose at most 10 topics.',
    title: 'Enter the job title.',
    positions: 'The number of positions must be a whole number from 1.',
    deadline: 'The deadline must be a date (YYYY-MM-DD).',
    postcode: 'A postcode is 4 digits.',
  },

  errors: {
    NOT_FOUND: 'The item was not found in your mailbox. Is it saved and synchronised? Try again shortly.',
    MEETING_CANCELLED: 'The meeting was cancelled, so it did not take place and cannot be logged.',
    ITEM_ID_INVALID:
      'Outlook gave an item id that Microsoft 365 does not know. Select the item again, or save it first if it is a draft.',
    FORBIDDEN: 'You do not have access to this item or this action.',
    SHARED_MAILBOX_DENIED:
      'You do not have access to the shared mailbox through Kontaktspor. Ask an administrator for access to the mailbox.',
    THROTTLED: 'Microsoft 365 asks us to wait a moment. Try again shortly.',
    UNAVAILABLE: 'Microsoft 365 is not answering right now. Try again shortly.',
    BAD_GATEWAY: 'Microsoft 365 did not answer as expected. Try again shortly.',
    AUTH: 'Sign in again, or give Kontaktspor access to your mailbox.',
    VALIDATION_FAILED: 'The form was refused: ',
    NETWORK: 'No connection to Kontaktspor. Check the network and try again.',
    INTERNAL: 'Something went wrong at Kontaktspor. The error is logged.',
    HOST: 'Outlook could not give us the item: ',
    CONFIG: 'The page is missing its configuration from the Kontaktspor service. Reload the pane.',
    OTHER: (code) => `Something went wrong (${code}).`,
  },
  neverLog: (rule) =>
    rule
      ? `Not logged: ${rule.scope === 'user' ? 'your never-log list' : "the jobcenter's never-log list"} holds the ${rule.kind} ${rule.value}.`
      : 'Not logged: a participant is on a never-log list.',

  quick: {
    logged: (company) => `Logged to Kontaktspor: ${company}`,
    alreadyLogged: (names) => `Already logged by ${names}`,
    choose: 'Choose the company in the pane',
    failed: (reason) => `Kontaktspor: ${reason}`,
    flagged: ' – note: ',
  },
};

const STRINGS: Record<Lang, Strings> = { da, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
