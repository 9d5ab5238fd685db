import type { Locale } from '../../src/domain/topics.js';
import type { InteractionKind } from '../../src/domain/model.js';

export type { Locale };

/**
 * Every fixed text the bot shows, Danish first. Functions take raw values; the card builders
 * redact and escape the whole result, so nothing here needs to escape anything.
 */
export interface BotStrings {
  cvr: string;
  city: string;
  responsible: string;
  noResponsible: string;
  blockade: string;
  doNotContact: string;
  contactsPerTopic: string;
  noContactsLastYear: string;
  openVacancies: (count: number) => string;
  noOpenVacancies: string;
  positions: (count: number) => string;
  deadline: (date: string) => string;
  noDeadline: string;
  moreVacancies: (count: number) => string;
  showHistory: string;
  openInKontaktspor: string;

  alertHeading: string;
  alertPositions: string;
  alertDeadline: string;
  alertArea: string;
  alertTopics: string;
  alertStatus: string;
  alertClaim: string;
  alertTakenBy: (name: string) => string;
  alertType: string;
  alertSpecialTerms: (type: string) => string;
  openInJobnet: string;
  claimWon: string;
  claimLost: (name: string) => string;
  claimNotOpen: (status: string) => string;

  historyTitle: (company: string) => string;
  noHistory: string;
  showMore: string;
  kinds: Readonly<Record<InteractionKind, string>>;
  unknownPerson: string;
  /** A contact tagged in a shared mailbox: where it came from, and that no one can say who tagged it. */
  fromSharedMailbox: (address: string, section: string | null) => string;
  andOthers: (name: string, others: number) => string;
  section: string;
  topics: string;

  choiceTitle: (query: string) => string;
  choose: string;
  moreHits: (count: number) => string;

  notFoundTitle: string;
  notFound: (query: string) => string;
  notFoundHint: string;

  helpTitle: string;
  helpIntro: string;
  helpInChannel: string;
  helpChannelOnly: string;
  helpCommands: Readonly<Record<'history' | 'company' | 'vacancies' | 'help' | 'subscribe' | 'unsubscribe', HelpEntry>>;
  helpLanguages: string;
  /** Quotation marks as the language writes them: »…« in Danish, “…” in English. */
  quoted: (text: string) => string;
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeTry: (example: string) => string;
  welcomeHelp: (command: string) => string;

  errorTitle: string;
  errors: Readonly<Record<ErrorKind, string>>;
  errorCode: (code: string) => string;

  noVacancies: string;

  subscriptionCreated: string;
  subscriptionExisted: string;
  subscriptionMatches: string;
  subscriptionAll: string;
  filterTopics: string;
  filterIndustry: string;
  filterPostcodes: string;
  filterKeywords: string;
  filterIgnored: string;
  subscriptionPrivacy: string;
  subscriptionStopHint: string;
  subscriptionsRemoved: (count: number) => string;
  subscriptionsRemovedTitle: string;
  channelOnlyTitle: string;
  channelOnly: string;
}

export interface HelpEntry {
  command: string;
  description: string;
  examples: readonly string[];
}

/** The error situations a user can tell apart; every service error code maps to one. */
export type ErrorKind =
  'notFound' | 'forbidden' | 'signIn' | 'unavailable' | 'throttled' | 'invalid' | 'conflict' | 'internal';

/** A text and its translation, side by side: a translator edits one place per text. */
type InBoth<T> = T extends string | readonly string[] | ((...args: never[]) => string)
  ? { readonly da: T; readonly en: T }
  : { readonly [K in keyof T]: InBoth<T[K]> };

const TEXTS: InBoth<BotStrings> = {
  cvr: { da: 'CVR', en: 'CVR' },
  city: { da: 'By', en: 'City' },
  responsible: { da: 'Ansvarlig konsulent', en: 'Responsible consultant' },
  noResponsible: { da: 'Ingen ansvarlig', en: 'None assigned' },
  blockade: {
    da: '⚠ Blokade/konflikt: ingen formidling, praktik eller løntilskud',
    en: '⚠ Blockade/conflict: no placements, work placements or wage subsidy',
  },
  doNotContact: { da: '⚠ Må ikke kontaktes', en: '⚠ Do not contact' },
  contactsPerTopic: { da: 'Kontakter pr. emne, seneste 12 måneder', en: 'Contacts per topic, last 12 months' },
  noContactsLastYear: { da: 'Ingen kontakter de seneste 12 måneder.', en: 'No contacts in the last 12 months.' },
  openVacancies: { da: (count) => `Ledige stillinger (${count})`, en: (count) => `Open vacancies (${count})` },
  noOpenVacancies: { da: 'Ingen ledige stillinger.', en: 'No open vacancies.' },
  positions: {
    da: (count) => (count === 1 ? '1 stilling' : `${count} stillinger`),
    en: (count) => (count === 1 ? '1 position' : `${count} positions`),
  },
  deadline: { da: (date) => `frist ${date}`, en: (date) => `deadline ${date}` },
  noDeadline: { da: 'ingen frist', en: 'no deadline' },
  moreVacancies: {
    da: (count) => `${count} flere – åbn Kontaktspor for at se dem alle`,
    en: (count) => `${count} more – open Kontaktspor to see them all`,
  },
  showHistory: { da: 'Vis historik', en: 'Show history' },
  openInKontaktspor: { da: 'Åbn i Kontaktspor', en: 'Open in Kontaktspor' },

  historyTitle: { da: (company) => `Historik: ${company}`, en: (company) => `History: ${company}` },
  noHistory: { da: 'Ingen kontakter, du kan se.', en: 'No contacts you can see.' },
  showMore: { da: 'Vis flere', en: 'Show more' },
  kinds: {
    email: { da: 'E-mail', en: 'Email' },
    meeting: { da: 'Møde', en: 'Meeting' },
    call: { da: 'Opkald', en: 'Call' },
    visit: { da: 'Besøg', en: 'Visit' },
    note: { da: 'Notat', en: 'Note' },
  },
  unknownPerson: { da: 'ukendt', en: 'unknown' },
  fromSharedMailbox: {
    da: (address, section) =>
      `Logget fra fælles postkasse ${address}${section ? ` (${section})` : ''} — det fremgår ikke, hvem der satte kategorien`,
    en: (address, section) =>
      `Logged from shared mailbox ${address}${section ? ` (${section})` : ''} — it does not say who set the category`,
  },
  andOthers: {
    da: (name, others) => `${name} og ${others} ${others === 1 ? 'anden' : 'andre'}`,
    en: (name, others) => `${name} and ${others} ${others === 1 ? 'other' : 'others'}`,
  },
  section: { da: 'Afsnit', en: 'Section' },
  topics: { da: 'Emner', en: 'Topics' },

  choiceTitle: {
    da: (query) => `Flere virksomheder matcher »${query}«`,
    en: (query) => `Several companies match “${query}”`,
  },
  choose: { da: 'Vælg', en: 'Choose' },
  moreHits: { da: (count) => `${count} flere – skriv mere præcist`, en: (count) => `${count} more – be more specific` },

  notFoundTitle: { da: 'Ingen virksomhed fundet', en: 'No company found' },
  notFound: {
    da: (query) => `Jeg fandt ingen virksomhed, der matcher »${query}«.`,
    en: (query) => `I found no company matching “${query}”.`,
  },
  notFoundHint: {
    da: 'Prøv med CVR-nummeret, et domæne (fx firma.dk) eller en del af navnet.',
    en: 'Try the CVR number, a domain (e.g. company.dk) or part of the name.',
  },

  helpTitle: { da: 'Sådan bruger du Kontaktspor', en: 'How to use Kontaktspor' },
  helpIntro: {
    da: 'Spørg om en virksomhed, så får du vores fælles kontakthistorik med den.',
    en: 'Ask about a company and get our shared contact history with it.',
  },
  helpInChannel: {
    da: 'I en kanal skal du nævne @Kontaktspor foran kommandoen.',
    en: 'In a channel, mention @Kontaktspor before the command.',
  },
  helpChannelOnly: { da: 'Kun i kanaler (nævn @Kontaktspor):', en: 'In channels only (mention @Kontaktspor):' },
  helpCommands: {
    history: {
      command: { da: 'historik <navn, CVR eller domæne>', en: 'history <name, CVR or domain>' },
      description: {
        da: 'Virksomhedens kort og de seneste 10 kontakter.',
        en: 'The company card and the last 10 contacts.',
      },
      examples: {
        // A company and CVR of the demo data (src/demo/seed-data.ts), so the examples work as typed.
        da: ['historik Østergaard', 'hvad er vores historik med 22585711?'],
        en: ['history Østergaard', 'what is our history with 22585711?'],
      },
    },
    company: {
      command: { da: 'virksomhed <tekst>', en: 'company <text>' },
      description: { da: 'Søg efter en virksomhed.', en: 'Search for a company.' },
      examples: {
        da: ['virksomhed øster', 'find virksomheden Rosenhøj'],
        en: ['company rosen', 'find company Rosenhøj'],
      },
    },
    vacancies: {
      command: { da: 'stillinger [afsnit eller emne]', en: 'vacancies [section or topic]' },
      description: { da: 'Ledige stillinger.', en: 'Open vacancies.' },
      examples: {
        da: ['stillinger', 'ledige stillinger i virksomhedsservice'],
        en: ['vacancies', 'open vacancies for recruitment'],
      },
    },
    help: {
      command: { da: 'hjælp', en: 'help' },
      description: { da: 'Viser denne oversigt.', en: 'Shows this overview.' },
      examples: { da: ['hjælp'], en: ['help'] },
    },
    subscribe: {
      command: { da: 'abonner <emner, branchekoder, postnumre>', en: 'subscribe <topics, industry codes, postcodes>' },
      description: {
        da: 'Kanalen får besked om nye stillinger, der matcher.',
        en: 'The channel is told about matching new vacancies.',
      },
      examples: { da: ['abonner rekruttering, 4000, 412000'], en: ['subscribe to flex job 4030'] },
    },
    unsubscribe: {
      command: { da: 'afmeld', en: 'unsubscribe' },
      description: {
        da: 'Kanalen får ikke længere besked om stillinger.',
        en: 'The channel is no longer told about vacancies.',
      },
      examples: { da: ['afmeld'], en: ['unsubscribe'] },
    },
  },
  helpLanguages: { da: 'Du kan skrive på dansk eller engelsk.', en: 'You can write in Danish or English.' },
  quoted: { da: (text) => `»${text}«`, en: (text) => `“${text}”` },
  welcomeTitle: { da: 'Velkommen til Kontaktspor', en: 'Welcome to Kontaktspor' },
  welcomeIntro: {
    da: 'Spørg mig om en virksomhed, så viser jeg jobcentrets fælles kontakthistorik med den og dens ledige stillinger.',
    en: "Ask me about a company and I will show the jobcentre's shared contact history with it and its open vacancies.",
  },
  welcomeTry: { da: (example) => `Prøv fx ${example}.`, en: (example) => `Try for example ${example}.` },
  welcomeHelp: {
    da: (command) => `Skriv ${command} for at se alt, hvad jeg kan.`,
    en: (command) => `Write ${command} to see everything I can do.`,
  },

  errorTitle: { da: 'Det gik ikke', en: 'That did not work' },
  errors: {
    notFound: {
      da: 'Det fandt jeg ikke. Det er måske slettet, eller du har ikke adgang til det.',
      en: 'I could not find that. It may have been deleted, or you may not have access to it.',
    },
    forbidden: { da: 'Det har du ikke adgang til.', en: 'You do not have access to that.' },
    signIn: {
      da: 'Jeg kunne ikke bekræfte, hvem du er. Log ind igen, og prøv så igen.',
      en: 'I could not confirm who you are. Sign in again, then try again.',
    },
    unavailable: {
      da: 'Kontaktspor er midlertidigt utilgængelig. Prøv igen om lidt.',
      en: 'Kontaktspor is temporarily unavailable. Try again shortly.',
    },
    throttled: {
      da: 'Der er travlt lige nu. Prøv igen om et øjeblik.',
      en: 'It is busy right now. Try again in a moment.',
    },
    invalid: {
      da: 'Det forstod jeg ikke helt. Skriv »hjælp« for at se, hvad jeg kan.',
      en: 'I did not quite understand that. Write “help” to see what I can do.',
    },
    conflict: {
      da: 'Det kunne ikke lade sig gøre, fordi det er ændret i mellemtiden. Prøv igen.',
      en: 'That could not be done because it changed in the meantime. Try again.',
    },
    internal: {
      da: 'Noget gik galt hos Kontaktspor. Prøv igen om lidt.',
      en: 'Something went wrong in Kontaktspor. Try again shortly.',
    },
  },
  errorCode: { da: (code) => `Fejlkode: ${code}`, en: (code) => `Error code: ${code}` },

  noVacancies: { da: 'Ingen ledige stillinger matcher.', en: 'No open vacancies match.' },

  subscriptionCreated: { da: 'Kanalen abonnerer nu på nye stillinger', en: 'This channel now receives new vacancies' },
  subscriptionExisted: { da: 'Kanalen abonnerer allerede på dette', en: 'This channel already receives this' },
  subscriptionMatches: {
    da: 'Kanalen får besked om nye stillinger, der matcher:',
    en: 'The channel is told about new vacancies matching:',
  },
  subscriptionAll: {
    da: 'Kanalen får besked om alle nye stillinger.',
    en: 'The channel is told about all new vacancies.',
  },
  filterTopics: { da: 'Emner', en: 'Topics' },
  filterIndustry: { da: 'Branchekoder (begynder med)', en: 'Industry codes (starting with)' },
  filterPostcodes: { da: 'Postnumre', en: 'Postcodes' },
  filterKeywords: { da: 'Nøgleord', en: 'Keywords' },
  filterIgnored: { da: 'Ikke forstået', en: 'Not understood' },
  subscriptionPrivacy: {
    da: 'Opslag i kanalen indeholder kun virksomheds- og stillingsoplysninger, aldrig oplysninger om borgere.',
    en: 'Channel posts carry company and vacancy facts only, never data about citizens.',
  },
  subscriptionStopHint: {
    da: 'Skriv @Kontaktspor afmeld for at stoppe.',
    en: 'Write @Kontaktspor unsubscribe to stop.',
  },
  subscriptionsRemovedTitle: { da: 'Abonnement fjernet', en: 'Subscription removed' },
  subscriptionsRemoved: {
    da: (count) =>
      count === 0
        ? 'Kanalen havde ingen abonnementer.'
        : count === 1
          ? 'Kanalens abonnement er fjernet. Den får ikke længere besked om nye stillinger.'
          : `Kanalens ${count} abonnementer er fjernet. Den får ikke længere besked om nye stillinger.`,
    en: (count) =>
      count === 0
        ? 'This channel had no subscriptions.'
        : count === 1
          ? 'The channel’s subscription is removed. It is no longer told about new vacancies.'
          : `The channel’s ${count} subscriptions are removed. It is no longer told about new vacancies.`,
  },

  alertHeading: { da: 'Ny ledig stilling', en: 'New vacancy' },
  alertPositions: { da: 'Stillinger', en: 'Positions' },
  alertDeadline: { da: 'Frist', en: 'Deadline' },
  alertArea: { da: 'Område', en: 'Area' },
  alertTopics: { da: 'Emner', en: 'Topics' },
  alertStatus: { da: 'Status', en: 'Status' },
  alertClaim: { da: 'Jeg tager den', en: "I'll take it" },
  alertTakenBy: { da: (name) => `${name} har taget den`, en: (name) => `${name} has taken it` },
  alertType: { da: 'Type', en: 'Type' },
  alertSpecialTerms: {
    da: (type) => `Særlige vilkår: ${type}`,
    en: (type) => `Special terms: ${type}`,
  },
  openInJobnet: { da: 'Åbn i Jobnet', en: 'Open in Jobnet' },
  claimWon: {
    da: 'Du har taget stillingen. Den står nu som i gang hos dig.',
    en: 'You have taken the vacancy. It is now in progress with you.',
  },
  claimLost: {
    da: (name) => `${name} nåede at tage stillingen før dig.`,
    en: (name) => `${name} took the vacancy before you.`,
  },
  claimNotOpen: {
    da: (status) => `Stillingen kan ikke tages: den er ${status.toLowerCase()}.`,
    en: (status) => `The vacancy cannot be taken: it is ${status.toLowerCase()}.`,
  },
  channelOnlyTitle: { da: 'Kun i kanaler', en: 'Channels only' },
  channelOnly: {
    da:
      'Abonnementer på nye stillinger hører til en kanal. Gå til den kanal, der skal have besked, ' +
      'og skriv @Kontaktspor abonner efterfulgt af emner, branchekoder eller postnumre.',
    en:
      'Subscriptions to new vacancies belong to a channel. Go to the channel that should be told, ' +
      'and write @Kontaktspor subscribe followed by topics, industry codes or postcodes.',
  },
};

function isPair(value: object): value is { da: unknown; en: unknown } {
  return 'da' in value && 'en' in value;
}

/** One language's side of the texts, the same shape as the texts themselves. */
function inLocale(texts: object, locale: Locale): unknown {
  if (isPair(texts)) return texts[locale];
  return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, inLocale(value as object, locale)]));
}

export const STRINGS: Readonly<Record<Locale, BotStrings>> = Object.freeze({
  da: inLocale(TEXTS, 'da') as BotStrings,
  en: inLocale(TEXTS, 'en') as BotStrings,
});

export function strings(locale: Locale): BotStrings {
  return STRINGS[locale] ?? STRINGS.da;
}
