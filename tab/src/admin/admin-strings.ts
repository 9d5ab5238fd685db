/**
 * The words of the privacy page (every user) and the administration page (admins), Danish first.
 * Kept apart from i18n.ts only for size; i18n.ts merges them into the tab's one Strings object.
 */
import { plural } from '../../../web-shared/format.js';

const da = {
  neverLog: {
    userTitle: 'Din liste: logges aldrig',
    tenantTitle: 'Jobcentrets liste: logges aldrig',
    userIntro:
      'Skriv e-mailadresser og domæner, som Kontaktspor aldrig må gemme for dig – fx din læge, din fagforening eller en borgers private adresse. Står en afsender, modtager eller mødedeltager på listen, bliver mailen eller mødet ikke logget: hverken fra Outlook-panelet, knappen »Log til Kontaktspor« eller kategorien Kontaktspor.',
    tenantIntro:
      'Adresser og domæner, som ingen i jobcentret kan logge – fx lægepraksisser, sygehuse og borgeres private adresser. Listen gælder for alle medarbejdere oven i deres egne lister.',
    domainHint: 'Et domæne dækker også underdomæner: klinik.dk dækker også mail.klinik.dk.',
    onlyAhead: 'Listen gælder kun fremover. Det, der allerede er gemt, fjernes først, når du beder om det nedenfor.',
    otherList:
      'Jobcentret har også en fælles liste, som administratorerne vedligeholder. Den gælder for dig oven i din egen.',
    listLabel: 'Adresser og domæner på listen',
    empty: 'Listen er tom.',
    kinds: { address: 'Adresse', domain: 'Domæne' } as Record<'address' | 'domain', string>,
    added: (when: string) => `tilføjet ${when}`,
    value: 'E-mailadresse eller domæne',
    placeholder: 'fx laege@klinik.dk eller klinik.dk',
    add: 'Tilføj til listen',
    adding: 'Tilføjer …',
    addedNotice: (value: string) => `»${value}« logges ikke længere.`,
    remove: 'Fjern',
    removeLabel: (value: string) => `Fjern »${value}« fra listen`,
    removedNotice: (value: string) => `»${value}« er fjernet fra listen.`,
    invalid: 'Skriv en e-mailadresse (navn@firma.dk) eller et domæne (firma.dk).',
    duplicate: (value: string) => `»${value}« står allerede på listen.`,
  },

  purge: {
    title: 'Fjern det, der allerede er gemt',
    userIntro:
      'Tæl først, hvor mange af de kontakter, du selv har logget, listen dækker. Intet slettes, før du bekræfter.',
    tenantIntro:
      'Tæl først, hvor mange kontakter i den fælles historik og kontaktpersoner listen dækker – for hele jobcentret. Intet slettes, før du bekræfter.',
    count: 'Tæl hvad der ville blive slettet',
    counting: 'Tæller …',
    found: (interactions: number, contacts: number, withContacts: boolean) =>
      withContacts
        ? `Listen dækker ${plural(interactions, 'gemt kontakt', 'gemte kontakter')} og ${plural(contacts, 'kontaktperson', 'kontaktpersoner')}.`
        : `Listen dækker ${plural(interactions, 'kontakt', 'kontakter')}, du har logget.`,
    nothing: 'Der er intet gemt, som listen dækker. Der er intet at slette.',
    confirm: (interactions: number, contacts: number, withContacts: boolean) =>
      withContacts
        ? `Slet ${plural(interactions, 'kontakt', 'kontakter')} og ${plural(contacts, 'kontaktperson', 'kontaktpersoner')} for altid`
        : `Slet ${plural(interactions, 'kontakt', 'kontakter')} for altid`,
    confirming: 'Sletter …',
    cancel: 'Annuller',
    cannotUndo: 'Sletningen kan ikke fortrydes. Den skrives i revisionsloggen.',
    done: (interactions: number, contacts: number, withContacts: boolean) =>
      withContacts
        ? `Slettet: ${plural(interactions, 'kontakt', 'kontakter')} og ${plural(contacts, 'kontaktperson', 'kontaktpersoner')}.`
        : `Slettet: ${plural(interactions, 'kontakt', 'kontakter')}.`,
  },

  privacyPage: {
    title: 'Privatliv',
    intro:
      'Kontaktspor gemmer virksomhedskontakter, ikke sager om borgere. CPR-numre fjernes altid, før noget gemmes, og gammel tekst udtyndes automatisk efter jobcentrets regler.',
  },

  adminPage: {
    title: 'Administration',
    intro: 'Opsætning af privatliv og varsler for hele jobcentret. Alt, hvad du gør her, skrives i revisionsloggen.',
    onlyAdmins: 'Denne side er kun for administratorer.',
    onlyAdminsHint:
      'Kontakt en administrator i jobcentret, hvis du har brug for adgang. Dine egne privatlivsindstillinger finder du under »Privatliv«.',
    toPrivacy: 'Gå til Privatliv',
    sections: 'Administrationens dele',
  },

  staffClashes: {
    title: 'Medarbejdere med samme e-mailadresse',
    intro:
      'En e-mailadresse kan blive givet videre til en ny medarbejder i Entra ID. Kontaktspor kender en medarbejder på deres Entra-objekt-id, så hver person nedenfor har sin egen række: egne lister, egen postkasseovervågning og egne loggede kontakter. Tjek i Entra ID, hvem der er hvem.',
    empty: 'Ingen medarbejdere deler en e-mailadresse.',
    email: 'E-mailadresse',
    name: 'Navn',
    objectId: 'Entra-objekt-id',
    since: 'Oprettet',
    notSignedIn: 'ikke logget ind endnu',
    refresh: 'Opdater listen',
  },

  sharedMailboxes: {
    title: 'Fælles postkasser',
    intro:
      'Fælles postkasser som jobordre@… overvåges som en medarbejders egen: en mail eller et møde med kategorien »Kontaktspor« logges for den sektion, der ejer postkassen. Graph siger ikke, hvem der satte kategorien, så kontakten står uden medarbejder. Kan afsenderen ikke knyttes til én virksomhed, vælger sektionens medarbejdere virksomheden under »Log med kategorien i Outlook« på søgesiden.',
    empty: 'Ingen fælles postkasser overvåges.',
    address: 'Adresse',
    section: 'Sektion',
    chooseSection: 'Vælg sektion',
    watched: 'Overvåges',
    watchedYes: 'Ja',
    watchedNo: (subscriptions: number) => `Delvist (${subscriptions} af 2 abonnementer)`,
    action: 'Handling',
    add: 'Tilføj postkasse',
    adding: 'Tilføjer …',
    placeholder: 'jobordre@kommune.dk',
    invalidAddress: 'Skriv en e-mailadresse, fx jobordre@kommune.dk.',
    missingSection: 'Vælg den sektion, der ejer postkassen.',
    duplicate: (address: string) => `${address} overvåges allerede.`,
    added: (address: string) => `${address} overvåges nu.`,
    remove: 'Fjern',
    removeLabel: (address: string) => `Stop overvågningen af ${address}`,
    removed: (address: string) => `${address} overvåges ikke længere. Det, der er logget derfra, står i historikken.`,
    refresh: 'Opdater listen',
  },

  deadLetters: {
    title: 'Varsler der ikke kunne sendes',
    intro:
      'Varsler om nye jobordrer, som Teams afviste eller ikke tog imod efter alle forsøg. »Send igen« sætter varslet i kø med nye forsøg; det sendes inden for et minut.',
    empty: 'Ingen varsler venter. Alle varsler er sendt eller på vej.',
    channel: 'Kanal',
    vacancy: 'Jobordre',
    attempts: 'Forsøg',
    lastError: 'Seneste fejl',
    when: 'Opgivet',
    action: 'Handling',
    kinds: { post: 'nyt opslag', update: 'opdatering af kortet' } as Record<'post' | 'update', string>,
    unknownVacancy: (shortId: string) => `Jobordre ${shortId}`,
    noError: 'ukendt',
    retry: 'Send igen',
    retrying: 'Sender …',
    retryLabel: (vacancy: string, channel: string) => `Send varslet om ${vacancy} til ${channel} igen`,
    retried: (vacancy: string) => `Varslet om »${vacancy}« er sat i kø igen og sendes om lidt.`,
    refresh: 'Opdater listen',
  },

  privacySettings: {
    title: 'Hvor længe gemmes hvad',
    intro:
      'Teksten i gamle kontakter udtyndes trinvis, og gamle rækker slettes. Type, dato, emner og virksomhed bliver stående, så strategiens tal ikke ændres.',
    fields: {
      summaryAfterDays: {
        label: 'Uddrag og navne på vedhæftninger fjernes efter',
        unit: 'dage',
        hint: 'Standard: 90 dage.',
      },
      metadataAfterDays: { label: 'Emne og resumé fjernes efter', unit: 'dage', hint: 'Standard: 730 dage (2 år).' },
      retentionYears: {
        label: 'En virksomheds kontakter slettes, efter den seneste kontakt, efter',
        unit: 'år',
        hint: 'Standard: 5 år.',
      },
      auditRetentionDays: {
        label: 'Revisionsloggen (hvem læste og ændrede hvad) gemmes i',
        unit: 'dage',
        hint: 'Standard: 183 dage (ca. 6 måneder).',
      },
    } as Record<
      'summaryAfterDays' | 'metadataAfterDays' | 'retentionYears' | 'auditRetentionDays',
      { label: string; unit: string; hint: string }
    >,
    save: 'Gem indstillingerne',
    saving: 'Gemmer …',
    saved: 'Indstillingerne er gemt. De bruges ved næste kørsel af oprydningen.',
    invalid: {
      whole: (min: number, max: number, unit: string) => `Skriv et helt antal ${unit} fra ${min} til ${max}.`,
      order: (days: number) => `Emne og resumé kan ikke fjernes før uddraget: skriv mindst ${days} dage.`,
    },
  },

  dataSubject: {
    title: 'Indsigt og sletning for en kontaktperson',
    intro:
      'Når en person beder om indsigt i eller sletning af sine oplysninger. Søg på personens e-mailadresse. Begge handlinger skrives i revisionsloggen med en hash af adressen, aldrig adressen selv.',
    email: 'Personens e-mailadresse',
    invalid: 'Skriv en gyldig e-mailadresse.',
    export: 'Hent personens data (JSON)',
    exporting: 'Henter …',
    exported: (contacts: number, interactions: number, audit: number) =>
      `Fundet: ${plural(contacts, 'kontaktperson', 'kontaktpersoner')}, ${plural(interactions, 'kontakt', 'kontakter')} og ${plural(audit, 'post', 'poster')} i revisionsloggen.`,
    download: (file: string) => `Gem ${file}`,
    erase: 'Slet personen …',
    dialogTitle: (email: string) => `Slet alt om ${email}?`,
    dialogBody:
      'Personens kontaktpersoner slettes, personen fjernes som deltager i kontakter, og adressen og navnet erstattes med [slettet] i al gemt tekst – også i revisionsloggen. Står adressen på en liste over adresser, der aldrig logges, bliver den stående der.',
    cannotUndo: 'Det kan ikke fortrydes.',
    confirmErase: 'Slet for altid',
    erasing: 'Sletter …',
    cancel: 'Annuller',
    erased: (email: string, contacts: number, participants: number, rows: number) =>
      `${email} er slettet: ${plural(contacts, 'kontaktperson', 'kontaktpersoner')} slettet, ${plural(participants, 'deltagerpost', 'deltagerposter')} fjernet og ${plural(rows, 'række', 'rækker')} omskrevet.`,
  },
};

export type AdminStrings = typeof da;

const en: AdminStrings = {
  neverLog: {
    userTitle: 'Your list: never logged',
    tenantTitle: "The jobcentre's list: never logged",
    userIntro:
      "Enter email addresses and domains Kontaktspor must never store for you – your doctor, your union or a citizen's private address. When a sender, recipient or meeting attendee is on the list, the email or meeting is not logged: not from the Outlook pane, the “Log to Kontaktspor” button or the Kontaktspor category.",
    tenantIntro:
      "Addresses and domains nobody at the jobcentre can log – medical practices, hospitals and citizens' private addresses. The list applies to all staff on top of their own lists.",
    domainHint: 'A domain covers its subdomains too: klinik.dk also covers mail.klinik.dk.',
    onlyAhead: 'The list applies from now on. What is already stored is removed only when you ask for it below.',
    otherList: 'The jobcentre also has a shared list kept by the admins. It applies to you on top of your own.',
    listLabel: 'Addresses and domains on the list',
    empty: 'The list is empty.',
    kinds: { address: 'Address', domain: 'Domain' },
    added: (when) => `added ${when}`,
    value: 'Email address or domain',
    placeholder: 'e.g. doctor@klinik.dk or klinik.dk',
    add: 'Add to the list',
    adding: 'Adding …',
    addedNotice: (value) => `“${value}” is no longer logged.`,
    remove: 'Remove',
    removeLabel: (value) => `Remove “${value}” from the list`,
    removedNotice: (value) => `“${value}” is removed from the list.`,
    invalid: 'Enter an email address (name@company.dk) or a domain (company.dk).',
    duplicate: (value) => `“${value}” is on the list already.`,
  },

  purge: {
    title: 'Remove what is already stored',
    userIntro:
      'First count how many of the contacts you logged yourself the list covers. Nothing is deleted until you confirm.',
    tenantIntro:
      'First count how many contacts in the shared history and contact persons the list covers – for the whole jobcentre. Nothing is deleted until you confirm.',
    count: 'Count what would be deleted',
    counting: 'Counting …',
    found: (interactions, contacts, withContacts) =>
      withContacts
        ? `The list covers ${plural(interactions, 'stored contact', 'stored contacts')} and ${plural(contacts, 'contact person', 'contact persons')}.`
        : `The list covers ${plural(interactions, 'contact', 'contacts')} you logged.`,
    nothing: 'Nothing stored is covered by the list. There is nothing to delete.',
    confirm: (interactions, contacts, withContacts) =>
      withContacts
        ? `Delete ${plural(interactions, 'contact', 'contacts')} and ${plural(contacts, 'contact person', 'contact persons')} for good`
        : `Delete ${plural(interactions, 'contact', 'contacts')} for good`,
    confirming: 'Deleting …',
    cancel: 'Cancel',
    cannotUndo: 'Deleting cannot be undone. It is written to the audit log.',
    done: (interactions, contacts, withContacts) =>
      withContacts
        ? `Deleted: ${plural(interactions, 'contact', 'contacts')} and ${plural(contacts, 'contact person', 'contact persons')}.`
        : `Deleted: ${plural(interactions, 'contact', 'contacts')}.`,
  },

  privacyPage: {
    title: 'Privacy',
    intro:
      "Kontaktspor keeps company contacts, not citizens' cases. CPR numbers are always removed before anything is stored, and old text is thinned out automatically by the jobcentre's rules.",
  },

  adminPage: {
    title: 'Administration',
    intro: 'Privacy and alert settings for the whole jobcentre. Everything you do here is written to the audit log.',
    onlyAdmins: 'This page is for admins only.',
    onlyAdminsHint: 'Ask an admin at the jobcentre if you need access. Your own privacy settings are under “Privacy”.',
    toPrivacy: 'Go to Privacy',
    sections: "The administration's parts",
  },

  staffClashes: {
    title: 'Staff sharing an email address',
    intro:
      'An email address can be handed on to a new employee in Entra ID. Kontaktspor knows a staff member by their Entra object id, so each person below has a row of their own: their own lists, mailbox watch and logged contacts. Check in Entra ID who is who.',
    empty: 'No staff members share an email address.',
    email: 'Email address',
    name: 'Name',
    objectId: 'Entra object id',
    since: 'Created',
    notSignedIn: 'not signed in yet',
    refresh: 'Refresh the list',
  },

  sharedMailboxes: {
    title: 'Shared mailboxes',
    intro:
      'Shared mailboxes such as jobordre@… are watched like a staff member’s own: an email or meeting with the “Kontaktspor” category is logged for the section that owns the mailbox. Graph does not say who set the category, so the contact names no staff member. When the sender matches no single company, the section’s staff choose it under “Log with the Outlook category” on the search page.',
    empty: 'No shared mailboxes are watched.',
    address: 'Address',
    section: 'Section',
    chooseSection: 'Choose a section',
    watched: 'Watched',
    watchedYes: 'Yes',
    watchedNo: (subscriptions) => `Partly (${subscriptions} of 2 subscriptions)`,
    action: 'Action',
    add: 'Add mailbox',
    adding: 'Adding …',
    placeholder: 'jobordre@municipality.dk',
    invalidAddress: 'Enter an email address, e.g. jobordre@municipality.dk.',
    missingSection: 'Choose the section that owns the mailbox.',
    duplicate: (address) => `${address} is watched already.`,
    added: (address) => `${address} is watched now.`,
    remove: 'Remove',
    removeLabel: (address) => `Stop watching ${address}`,
    removed: (address) => `${address} is no longer watched. What was logged from it stays in the history.`,
    refresh: 'Refresh the list',
  },

  deadLetters: {
    title: 'Alerts that could not be sent',
    intro:
      'Vacancy alerts that Teams refused or did not accept after every attempt. “Send again” queues the alert with fresh attempts; it goes out within a minute.',
    empty: 'No alerts are waiting. Every alert is sent or on its way.',
    channel: 'Channel',
    vacancy: 'Vacancy',
    attempts: 'Attempts',
    lastError: 'Last error',
    when: 'Given up',
    action: 'Action',
    kinds: { post: 'new post', update: 'card update' },
    unknownVacancy: (shortId) => `Vacancy ${shortId}`,
    noError: 'unknown',
    retry: 'Send again',
    retrying: 'Sending …',
    retryLabel: (vacancy, channel) => `Send the alert about ${vacancy} to ${channel} again`,
    retried: (vacancy) => `The alert about “${vacancy}” is queued again and goes out shortly.`,
    refresh: 'Refresh the list',
  },

  privacySettings: {
    title: 'How long what is kept',
    intro:
      "The text of old contacts is thinned out step by step, and old rows are deleted. Kind, date, topics and company stay, so the strategy's figures do not change.",
    fields: {
      summaryAfterDays: {
        label: 'Excerpt and attachment names are removed after',
        unit: 'days',
        hint: 'Default: 90 days.',
      },
      metadataAfterDays: {
        label: 'Subject and summary are removed after',
        unit: 'days',
        hint: 'Default: 730 days (2 years).',
      },
      retentionYears: {
        label: "A company's contacts are deleted, counted from its last contact, after",
        unit: 'years',
        hint: 'Default: 5 years.',
      },
      auditRetentionDays: {
        label: 'The audit log (who read and changed what) is kept for',
        unit: 'days',
        hint: 'Default: 183 days (about 6 months).',
      },
    },
    save: 'Save the settings',
    saving: 'Saving …',
    saved: 'The settings are saved. They apply from the next clean-up run.',
    invalid: {
      whole: (min, max, unit) => `Enter a whole number of ${unit} from ${min} to ${max}.`,
      order: (days) => `Subject and summary cannot go before the excerpt: enter at least ${days} days.`,
    },
  },

  dataSubject: {
    title: 'Access and erasure for a contact person',
    intro:
      'When a person asks to see or erase their data. Search by their email address. Both are written to the audit log by a hash of the address, never the address itself.',
    email: "The person's email address",
    invalid: 'Enter a valid email address.',
    export: "Get the person's data (JSON)",
    exporting: 'Loading …',
    exported: (contacts, interactions, audit) =>
      `Found: ${plural(contacts, 'contact person', 'contact persons')}, ${plural(interactions, 'contact', 'contacts')} and ${plural(audit, 'entry', 'entries')} in the audit log.`,
    download: (file) => `Save ${file}`,
    erase: 'Erase the person …',
    dialogTitle: (email) => `Erase everything about ${email}?`,
    dialogBody:
      "The person's contact persons are deleted, they are removed as a participant from contacts, and their address and name become [slettet] in all stored text – the audit log included. If the address is on a never-log list, it stays there.",
    cannotUndo: 'This cannot be undone.',
    confirmErase: 'Erase for good',
    erasing: 'Erasing …',
    cancel: 'Cancel',
    erased: (email, contacts, participants, rows) =>
      `${email} is erased: ${plural(contacts, 'contact person', 'contact persons')} deleted, ${plural(participants, 'participant entry', 'participant entries')} removed and ${plural(rows, 'row', 'rows')} rewritten.`,
  },
};

export const ADMIN_STRINGS: Record<'da' | 'en', AdminStrings> = { da, en };
