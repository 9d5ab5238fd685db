/**
 * The words of the channel tab (section vacancies and vacancy alert subscriptions), Danish first.
 * Kept apart from i18n.ts for size; i18n.ts merges them into the tab's one Strings object.
 */
const da = {
  channel: {
    title: 'Afsnittets jobordrer og kanalens varsler',
    section: 'Afsnit',
    chooseSection: 'Vælg et afsnit',
    vacancies: (section: string) => `Åbne jobordrer – ${section}`,
    noVacancies: 'Afsnittet har ingen åbne jobordrer.',
    pickSection: 'Vælg et afsnit for at se dets jobordrer.',
    subscriptions: 'Kanalens varsler om nye jobordrer',
    noConversation:
      'Kanalens varsler vises, når fanen er åbnet i en Teams-kanal. Uden for Teams: tilføj ?conversationId=<kanalens id> til adressen.',
    noSubscriptions: 'Kanalen abonnerer ikke på varsler endnu.',
    everything: 'alle nye jobordrer',
    topics: 'Emner',
    postcodes: 'Postnumre',
    industries: 'Brancher (DB07)',
    keywords: 'Nøgleord',
    remove: 'Fjern',
    removeLabel: (what: string) => `Fjern varslet: ${what}`,
    removed: 'Varslet er fjernet.',
    addTitle: 'Nyt varsel',
    postcodesField: 'Postnumre (adskilt med komma)',
    industriesField: 'Branchekoder, 2–6 cifre (adskilt med komma)',
    keywordsField: 'Nøgleord (adskilt med komma)',
    add: 'Tilføj varsel',
    adding: 'Tilføjer …',
    added: 'Varslet er tilføjet.',
    notInstalled: 'Kontaktspor er ikke tilføjet kanalen endnu. Tilføj appen til teamet, og prøv igen.',
    invalid: {
      postcode: (v: string) => `»${v}« er ikke et postnummer (4 cifre).`,
      industry: (v: string) => `»${v}« er ikke en branchekode (2–6 cifre).`,
      keyword: (v: string) => `»${v}« er for kort eller for langt (2–60 tegn).`,
    },
    configTitle: 'Opsæt fanen',
    configHint: 'Vælg det afsnit, hvis jobordrer fanen skal vise. Gem derefter i Teams.',
    configChosen: (section: string) => `Fanen viser afsnittet ${section}.`,
    open: 'Åbn',
  },
};

export type ChannelStrings = typeof da;

const en: ChannelStrings = {
  channel: {
    title: "The section's vacancies and the channel's alerts",
    section: 'Section',
    chooseSection: 'Choose a section',
    vacancies: (section) => `Open vacancies – ${section}`,
    noVacancies: 'The section has no open vacancies.',
    pickSection: 'Choose a section to see its vacancies.',
    subscriptions: "The channel's alerts about new vacancies",
    noConversation:
      "The channel's alerts show when the tab is opened in a Teams channel. Outside Teams: add ?conversationId=<channel id> to the address.",
    noSubscriptions: 'The channel has no alert subscriptions yet.',
    everything: 'all new vacancies',
    topics: 'Topics',
    postcodes: 'Postcodes',
    industries: 'Industries (DB07)',
    keywords: 'Keywords',
    remove: 'Remove',
    removeLabel: (what) => `Remove the alert: ${what}`,
    removed: 'The alert is removed.',
    addTitle: 'New alert',
    postcodesField: 'Postcodes (comma separated)',
    industriesField: 'Industry codes, 2–6 digits (comma separated)',
    keywordsField: 'Keywords (comma separated)',
    add: 'Add alert',
    adding: 'Adding …',
    added: 'The alert is added.',
    notInstalled: 'Kontaktspor is not added to this channel yet. Add the app to the team and try again.',
    invalid: {
      postcode: (v) => `“${v}” is not a postcode (4 digits).`,
      industry: (v) => `“${v}” is not an industry code (2–6 digits).`,
      keyword: (v) => `“${v}” is too short or too long (2–60 characters).`,
    },
    configTitle: 'Set up the tab',
    configHint: 'Choose the section whose vacancies the tab shows. Then save in Teams.',
    configChosen: (section) => `The tab shows the section ${section}.`,
    open: 'Open',
  },
};

export const CHANNEL_STRINGS: Record<'da' | 'en', ChannelStrings> = { da, en };
