/**
 * The words the tab and the add-in say alike, Danish first: each front end's table takes them from
 * here, and the shared pieces (the error banner, the company flags) read them directly.
 */
import type { Lang } from './lang.js';
import type { InteractionKind, Visibility } from './api-types.js';
import { plural } from './format.js';

const da = {
  starting: 'Starter …',
  retry: 'Prøv igen',
  failedTitle: 'Det lykkedes ikke',
  aColleague: 'en kollega',
  /** Mid-sentence: "En kollega, i går: møde". */
  contactKinds: {
    email: 'e-mail',
    meeting: 'møde',
    call: 'opkald',
    visit: 'besøg',
    note: 'note',
  } as Record<InteractionKind, string>,
  flags: {
    blockadeTitle: 'Blokade/konflikt',
    blockade: 'Virksomheden er markeret med blokade/konflikt: ingen formidling, praktik eller løntilskud.',
    doNotContactTitle: 'Ønsker ikke kontakt',
    doNotContact: 'Virksomheden har bedt om ikke at blive kontaktet.',
  },
  company: {
    cvr: (cvr: string) => `CVR ${cvr}`,
    responsible: 'Ansvarlig konsulent',
    noResponsible: 'Ingen ansvarlig konsulent',
    openVacancies: 'Åbne jobordrer',
    noOpenVacancies: 'Ingen åbne jobordrer',
    positions: (n: number) => plural(n, 'stilling', 'stillinger'),
    deadline: (date: string) => `frist ${date}`,
    collisionTitle: 'En kollega har været i kontakt for nylig',
  },
  visibility: {
    full: 'Hele teksten',
    summary: 'Emne og resumé',
    subject: 'Kun emnet',
    metadata: 'Kun metadata (hvem og hvornår)',
  } as Record<Visibility, string>,
};

export type CommonWords = typeof da;

const en: CommonWords = {
  starting: 'Starting …',
  retry: 'Try again',
  failedTitle: 'That did not work',
  aColleague: 'a colleague',
  contactKinds: { email: 'email', meeting: 'meeting', call: 'call', visit: 'visit', note: 'note' },
  flags: {
    blockadeTitle: 'Blockade/conflict',
    blockade: 'The company is marked with a blockade/conflict: no placements, work placements or wage subsidies.',
    doNotContactTitle: 'Do not contact',
    doNotContact: 'The company has asked not to be contacted.',
  },
  company: {
    cvr: (cvr) => `CVR ${cvr}`,
    responsible: 'Responsible consultant',
    noResponsible: 'No responsible consultant',
    openVacancies: 'Open vacancies',
    noOpenVacancies: 'No open vacancies',
    positions: (n) => plural(n, 'position', 'positions'),
    deadline: (date) => `deadline ${date}`,
    collisionTitle: 'A colleague was in contact recently',
  },
  visibility: {
    full: 'The whole text',
    summary: 'Subject and summary',
    subject: 'Subject only',
    metadata: 'Metadata only (who and when)',
  },
};

export const COMMON_WORDS: Record<Lang, CommonWords> = { da, en };
