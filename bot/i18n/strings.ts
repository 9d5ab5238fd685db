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
  claimWon: string;
  claimLost: (name: string) => string;
  claimNotOpen: (status: string) => string;

  historyTitle: (company: string) => string;
  noHistory: string;
  showMore: string;
  kinds: Readonly<Record<InteractionKind, string>>;
  unknownPerson: string;
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
export type ErrorKind = 'notFound' | 'forbidden' | 'signIn' | 'unavailable' | 'throttled' | 'invalid' | 'conflict' | 'internal';

const da: BotStrings = {
  cvr: 'CVR',
  city: 'By',
  responsible: 'Ansvarlig konsulent',
  noResponsible: 'Ingen ansvarlig',
  blockade: '⚠ Blokade/konflikt: ingen formidling, praktik eller løntilskud',
  doNotContact: '⚠ Må ikke kontaktes',
  contactsPerTopic: 'Kontakter pr. emne, seneste 12 måneder',
  noContactsLastYear: 'Ingen kontakter de seneste 12 måneder.',
  openVacancies: (count) => `Ledige stillinger (${count})`,
  noOpenVacancies: 'Ingen ledige stillinger.',
  positions: (count) => (count === 1 ? '1 stilling' : `${count} stillinger`),
  deadline: (date) => `frist ${date}`,
  noDeadline: 'ingen frist',
  moreVacancies: (count) => `${count} flere – åbn Kontaktspor for at se dem alle`,
  showHistory: 'Vis historik',
  openInKontaktspor: 'Åbn i Kontaktspor',

  historyTitle: (company) => `Historik: ${company}`,
  noHistory: 'Ingen kontakter, du kan se.',
  showMore: 'Vis flere',
  kinds: { email: 'E-mail', meeting: 'Møde', call: 'Opkald', visit: 'Besøg', note: 'Notat' },
  unknownPerson: 'ukendt',
  andOthers: (name, others) => `${name} og ${others} ${others === 1 ? 'anden' : 'andre'}`,
  section: 'Afsnit',
  topics: 'Emner',

  choiceTitle: (query) => `Flere virksomheder matcher »${query}«`,
  choose: 'Vælg',
  moreHits: (count) => `${count} flere – skriv mere præcist`,

  notFoundTitle: 'Ingen virksomhed fundet',
  notFound: (query) => `Jeg fandt ingen virksomhed, der matcher »${query}«.`,
  notFoundHint: 'Prøv med CVR-nummeret, et domæne (fx firma.dk) eller en del af navnet.',

  helpTitle: 'Sådan bruger du Kontaktspor',
  helpIntro: 'Spørg om en virksomhed, så får du vores fælles kontakthistorik med den.',
  helpInChannel: 'I en kanal skal du nævne @Kontaktspor foran kommandoen.',
  helpChannelOnly: 'Kun i kanaler (nævn @Kontaktspor):',
  helpCommands: {
    history: {
      command: 'historik <navn, CVR eller domæne>',
      description: 'Virksomhedens kort og de seneste 10 kontakter.',
      examples: ['historik Novo', 'hvad er vores historik med 13585628?'],
    },
    company: {
      command: 'virksomhed <tekst>',
      description: 'Søg efter en virksomhed.',
      examples: ['virksomhed øster', 'find virksomheden Rosenhøj'],
    },
    vacancies: {
      command: 'stillinger [afsnit eller emne]',
      description: 'Ledige stillinger.',
      examples: ['stillinger', 'ledige stillinger i virksomhedsservice'],
    },
    help: { command: 'hjælp', description: 'Viser denne oversigt.', examples: ['hjælp'] },
    subscribe: {
      command: 'abonner <emner, branchekoder, postnumre>',
      description: 'Kanalen får besked om nye stillinger, der matcher.',
      examples: ['abonner rekruttering, 4000, 412000'],
    },
    unsubscribe: { command: 'afmeld', description: 'Kanalen får ikke længere besked om stillinger.', examples: ['afmeld'] },
  },
  helpLanguages: 'Du kan skrive på dansk eller engelsk.',

  errorTitle: 'Det gik ikke',
  errors: {
    notFound: 'Det fandt jeg ikke. Det er måske slettet, eller du har ikke adgang til det.',
    forbidden: 'Det har du ikke adgang til.',
    signIn: 'Jeg kunne ikke bekræfte, hvem du er. Log ind igen, og prøv så igen.',
    unavailable: 'Kontaktspor er midlertidigt utilgængelig. Prøv igen om lidt.',
    throttled: 'Der er travlt lige nu. Prøv igen om et øjeblik.',
    invalid: 'Det forstod jeg ikke helt. Skriv »hjælp« for at se, hvad jeg kan.',
    conflict: 'Det kunne ikke lade sig gøre, fordi det er ændret i mellemtiden. Prøv igen.',
    internal: 'Noget gik galt hos Kontaktspor. Prøv igen om lidt.',
  },
  errorCode: (code) => `Fejlkode: ${code}`,

  noVacancies: 'Ingen ledige stillinger matcher.',

  subscriptionCreated: 'Kanalen abonnerer nu på nye stillinger',
  subscriptionExisted: 'Kanalen abonnerer allerede på dette',
  subscriptionMatches: 'Kanalen får besked om nye stillinger, der matcher:',
  subscriptionAll: 'Kanalen får besked om alle nye stillinger.',
  filterTopics: 'Emner',
  filterIndustry: 'Branchekoder (begynder med)',
  filterPostcodes: 'Postnumre',
  filterKeywords: 'Nøgleord',
  filterIgnored: 'Ikke forstået',
  subscriptionPrivacy: 'Opslag i kanalen indeholder kun virksomheds- og stillingsoplysninger, aldrig oplysninger om borgere.',
  subscriptionStopHint: 'Skriv @Kontaktspor afmeld for at stoppe.',
  subscriptionsRemovedTitle: 'Abonnement fjernet',
  subscriptionsRemoved: (count) =>
    count === 0
      ? 'Kanalen havde ingen abonnementer.'
      : count === 1
        ? 'Kanalens abonnement er fjernet. Den får ikke længere besked om nye stillinger.'
        : `Kanalens ${count} abonnementer er fjernet. Den får ikke længere besked om nye stillinger.`,
  alertHeading: 'Ny ledig stilling',
  alertPositions: 'Stillinger',
  alertDeadline: 'Frist',
  alertArea: 'Område',
  alertTopics: 'Emner',
  alertStatus: 'Status',
  alertClaim: 'Jeg tager den',
  alertTakenBy: (name) => `${name} har taget den`,
  claimWon: 'Du har taget stillingen. Den står nu som i gang hos dig.',
  claimLost: (name) => `${name} nåede at tage stillingen før dig.`,
  claimNotOpen: (status) => `Stillingen kan ikke tages: den er ${status.toLowerCase()}.`,
  channelOnlyTitle: 'Kun i kanaler',
  channelOnly:
    'Abonnementer på nye stillinger hører til en kanal. Gå til den kanal, der skal have besked, og skriv @Kontaktspor abonner efterfulgt af emner, branchekoder eller postnumre.',
};

const en: BotStrings = {
  cvr: 'CVR',
  city: 'City',
  responsible: 'Responsible consultant',
  noResponsible: 'None assigned',
  blockade: '⚠ Blockade/conflict: no placements, work placements or wage subsidy',
  doNotContact: '⚠ Do not contact',
  contactsPerTopic: 'Contacts per topic, last 12 months',
  noContactsLastYear: 'No contacts in the last 12 months.',
  openVacancies: (count) => `Open vacancies (${count})`,
  noOpenVacancies: 'No open vacancies.',
  positions: (count) => (count === 1 ? '1 position' : `${count} positions`),
  deadline: (date) => `deadline ${date}`,
  noDeadline: 'no deadline',
  moreVacancies: (count) => `${count} more – open Kontaktspor to see them all`,
  showHistory: 'Show history',
  openInKontaktspor: 'Open in Kontaktspor',

  historyTitle: (company) => `History: ${company}`,
  noHistory: 'No contacts you can see.',
  showMore: 'Show more',
  kinds: { email: 'Email', meeting: 'Meeting', call: 'Call', visit: 'Visit', note: 'Note' },
  unknownPerson: 'unknown',
  andOthers: (name, others) => `${name} and ${others} ${others === 1 ? 'other' : 'others'}`,
  section: 'Section',
  topics: 'Topics',

  choiceTitle: (query) => `Several companies match “${query}”`,
  choose: 'Choose',
  moreHits: (count) => `${count} more – be more specific`,

  notFoundTitle: 'No company found',
  notFound: (query) => `I found no company matching “${query}”.`,
  notFoundHint: 'Try the CVR number, a domain (e.g. company.dk) or part of the name.',

  helpTitle: 'How to use Kontaktspor',
  helpIntro: 'Ask about a company and get our shared contact history with it.',
  helpInChannel: 'In a channel, mention @Kontaktspor before the command.',
  helpChannelOnly: 'In channels only (mention @Kontaktspor):',
  helpCommands: {
    history: {
      command: 'history <name, CVR or domain>',
      description: 'The company card and the last 10 contacts.',
      examples: ['history Novo', 'what is our history with 13585628?'],
    },
    company: {
      command: 'company <text>',
      description: 'Search for a company.',
      examples: ['company rosen', 'find company Rosenhøj'],
    },
    vacancies: {
      command: 'vacancies [section or topic]',
      description: 'Open vacancies.',
      examples: ['vacancies', 'open vacancies for recruitment'],
    },
    help: { command: 'help', description: 'Shows this overview.', examples: ['help'] },
    subscribe: {
      command: 'subscribe <topics, industry codes, postcodes>',
      description: 'The channel is told about matching new vacancies.',
      examples: ['subscribe to flex job 4030'],
    },
    unsubscribe: { command: 'unsubscribe', description: 'The channel is no longer told about vacancies.', examples: ['unsubscribe'] },
  },
  helpLanguages: 'You can write in Danish or English.',

  errorTitle: 'That did not work',
  errors: {
    notFound: 'I could not find that. It may have been deleted, or you may not have access to it.',
    forbidden: 'You do not have access to that.',
    signIn: 'I could not confirm who you are. Sign in again, then try again.',
    unavailable: 'Kontaktspor is temporarily unavailable. Try again shortly.',
    throttled: 'It is busy right now. Try again in a moment.',
    invalid: 'I did not quite understand that. Write “help” to see what I can do.',
    conflict: 'That could not be done because it changed in the meantime. Try again.',
    internal: 'Something went wrong in Kontaktspor. Try again shortly.',
  },
  errorCode: (code) => `Error code: ${code}`,

  noVacancies: 'No open vacancies match.',

  subscriptionCreated: 'This channel now receives new vacancies',
  subscriptionExisted: 'This channel already receives this',
  subscriptionMatches: 'The channel is told about new vacancies matching:',
  subscriptionAll: 'The channel is told about all new vacancies.',
  filterTopics: 'Topics',
  filterIndustry: 'Industry codes (starting with)',
  filterPostcodes: 'Postcodes',
  filterKeywords: 'Keywords',
  filterIgnored: 'Not understood',
  subscriptionPrivacy: 'Channel posts carry company and vacancy facts only, never data about citizens.',
  subscriptionStopHint: 'Write @Kontaktspor unsubscribe to stop.',
  subscriptionsRemovedTitle: 'Subscription removed',
  subscriptionsRemoved: (count) =>
    count === 0
      ? 'This channel had no subscriptions.'
      : count === 1
        ? 'The channel’s subscription is removed. It is no longer told about new vacancies.'
        : `The channel’s ${count} subscriptions are removed. It is no longer told about new vacancies.`,
  alertHeading: 'New vacancy',
  alertPositions: 'Positions',
  alertDeadline: 'Deadline',
  alertArea: 'Area',
  alertTopics: 'Topics',
  alertStatus: 'Status',
  alertClaim: "I'll take it",
  alertTakenBy: (name) => `${name} has taken it`,
  claimWon: 'You have taken the vacancy. It is now in progress with you.',
  claimLost: (name) => `${name} took the vacancy before you.`,
  claimNotOpen: (status) => `The vacancy cannot be taken: it is ${status.toLowerCase()}.`,
  channelOnlyTitle: 'Channels only',
  channelOnly:
    'Subscriptions to new vacancies belong to a channel. Go to the channel that should be told, and write @Kontaktspor subscribe followed by topics, industry codes or postcodes.',
};

export const STRINGS: Readonly<Record<Locale, BotStrings>> = Object.freeze({ da, en });

export function strings(locale: Locale): BotStrings {
  return STRINGS[locale] ?? STRINGS.da;
}
