/**
 * The tab's words, Danish first. Pure data: no React, no Teams, so logic and tests share it. The words
 * common to every page live here; each page's own are in its *-strings.ts, merged into one Strings object.
 */
import { ADMIN_STRINGS } from '../admin/admin-strings.js';
import { CHANNEL_STRINGS } from '../channel/channel-strings.js';
import { COMPANY_STRINGS } from '../company/company-strings.js';
import { DASHBOARD_STRINGS } from '../dashboard/dashboard-strings.js';
import { NEW_COMPANY_STRINGS } from '../search/new-company-strings.js';
import { REGISTER_STRINGS } from '../company/register-strings.js';
import type { InteractionKind } from '../../../web-shared/api-types.js';
import type { Lang } from '../../../web-shared/lang.js';

import { COMMON_WORDS } from '../../../web-shared/common-words.js';

export type { Lang };

const da = {
  appName: 'Kontaktspor',
  nav: {
    label: 'Kontaktspor',
    search: 'Virksomheder',
    dashboard: 'Strategi',
    channel: 'Kanal',
    privacy: 'Privatliv',
    admin: 'Administration',
  },
  ...COMMON_WORDS.da,
  ...ADMIN_STRINGS.da,
  ...COMPANY_STRINGS.da,
  ...DASHBOARD_STRINGS.da,
  ...CHANNEL_STRINGS.da,
  ...NEW_COMPANY_STRINGS.da,
  ...REGISTER_STRINGS.da,
  loading: 'Henter …',
  dash: '—',
  notFoundPage: 'Siden findes ikke.',
  toSearch: 'Gå til søgningen',

  search: {
    title: 'Find en virksomhed',
    label: 'Søg virksomhed (navn, CVR, P-nummer eller domæne)',
    placeholder: 'fx Østergaard Byg, 13585628 eller ostergaard-byg.dk',
    hint: 'Skriv mindst 2 tegn. Vælg med piletasterne og Enter.',
    results: 'Søgeresultater',
    searching: 'Søger …',
    found: (n: number) => (n === 1 ? '1 virksomhed fundet' : `${n} virksomheder fundet`),
    none: (q: string) => `Ingen virksomheder matcher »${q}«.`,
  },

  kinds: { email: 'E-mail', meeting: 'Møde', call: 'Opkald', visit: 'Besøg', note: 'Note' } as Record<
    InteractionKind,
    string
  >,

  errors: {
    NOT_FOUND: 'Det blev ikke fundet. Er det slettet eller flyttet?',
    FORBIDDEN: 'Du har ikke adgang til dette.',
    THROTTLED: 'Tjenesten beder os vente et øjeblik. Prøv igen om lidt.',
    UNAVAILABLE: 'Tjenesten svarer ikke lige nu. Prøv igen om lidt.',
    BAD_GATEWAY: 'Microsoft 365 svarede ikke som forventet. Prøv igen om lidt.',
    AUTH: 'Du skal logge ind igen, eller give Kontaktspor adgang.',
    VALIDATION_FAILED: 'Tjenesten afviste oplysningerne: ',
    CONFLICT: 'Det findes allerede: ',
    REGISTER_UNAVAILABLE: 'CVR-registret svarer ikke lige nu. Prøv igen om lidt, eller opret virksomheden uden CVR.',
    REGISTER_NOT_CONFIGURED: 'CVR-registret er ikke sat op her. Opret virksomheden uden CVR.',
    ILLEGAL_TRANSITION: 'Det er ikke et lovligt næste trin: ',
    NETWORK: 'Ingen forbindelse til Kontaktspor. Tjek netværket, og prøv igen.',
    INTERNAL: 'Der gik noget galt hos Kontaktspor. Fejlen er logget.',
    CONFIG: 'Siden mangler sin konfiguration fra Kontaktspor-tjenesten. Genindlæs siden.',
    OTHER: (code: string) => `Noget gik galt (${code}).`,
  },
};

export type Strings = typeof da;

const en: Strings = {
  appName: 'Kontaktspor',
  nav: {
    label: 'Kontaktspor',
    search: 'Companies',
    dashboard: 'Strategy',
    channel: 'Channel',
    privacy: 'Privacy',
    admin: 'Administration',
  },
  ...COMMON_WORDS.en,
  ...ADMIN_STRINGS.en,
  ...COMPANY_STRINGS.en,
  ...DASHBOARD_STRINGS.en,
  ...CHANNEL_STRINGS.en,
  ...NEW_COMPANY_STRINGS.en,
  ...REGISTER_STRINGS.en,
  loading: 'Loading …',
  dash: '—',
  notFoundPage: 'There is no such page.',
  toSearch: 'Go to the search',

  search: {
    title: 'Find a company',
    label: 'Search company (name, CVR, P-number or domain)',
    placeholder: 'e.g. Østergaard Byg, 13585628 or ostergaard-byg.dk',
    hint: 'Type at least 2 characters. Choose with the arrow keys and Enter.',
    results: 'Search results',
    searching: 'Searching …',
    found: (n) => (n === 1 ? '1 company found' : `${n} companies found`),
    none: (q) => `No companies match “${q}”.`,
  },

  kinds: { email: 'Email', meeting: 'Meeting', call: 'Call', visit: 'Visit', note: 'Note' },

  errors: {
    NOT_FOUND: 'It was not found. Was it deleted or moved?',
    FORBIDDEN: 'You do not have access to this.',
    THROTTLED: 'The service asks us to wait a moment. Try again shortly.',
    UNAVAILABLE: 'The service is not answering right now. Try again shortly.',
    BAD_GATEWAY: 'Microsoft 365 did not answer as expected. Try again shortly.',
    AUTH: 'Sign in again, or give Kontaktspor access.',
    VALIDATION_FAILED: 'The service refused the details: ',
    CONFLICT: 'It exists already: ',
    REGISTER_UNAVAILABLE:
      'The CVR register is not answering right now. Try again shortly, or create the company without CVR.',
    REGISTER_NOT_CONFIGURED: 'The CVR register is not set up here. Create the company without CVR.',
    ILLEGAL_TRANSITION: 'That is not a legal next step: ',
    NETWORK: 'No connection to Kontaktspor. Check the network and try again.',
    INTERNAL: 'Something went wrong at Kontaktspor. The error is logged.',
    CONFIG: 'The page is missing its configuration from the Kontaktspor service. Reload the page.',
    OTHER: (code) => `Something went wrong (${code}).`,
  },
};

const STRINGS: Record<Lang, Strings> = { da, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
