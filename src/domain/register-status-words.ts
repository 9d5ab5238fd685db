/**
 * What staff read about a company's CVR status, Danish first: one home for the words the Outlook
 * pane, the tab and the bot all show, so the three never disagree about a bankrupt company.
 */
import { registerStatusFlag, type RegisterStatusFlag } from './register-company.js';
import type { Locale } from './topics.js';

export interface RegisterStatusNotice {
  /** null: a status the register uses that Kontaktspor does not know; shown as the register's text. */
  flag: RegisterStatusFlag | null;
  /** 'error' stops a placement (the company does not or will not trade); 'warning' asks for care. */
  severity: 'error' | 'warning';
  /** Short: "Under konkurs". Also what a search row shows. */
  title: string;
  /** "CVR-registret: virksomheden er under konkurs". */
  text: string;
}

const TITLES: Record<Locale, Record<RegisterStatusFlag, string>> = {
  da: {
    bankruptcy: 'Under konkurs',
    dissolved: 'Opløst',
    ceased: 'Ophørt',
    winding_up: 'Under tvangsopløsning/likvidation',
    reconstruction: 'Under rekonstruktion',
  },
  en: {
    bankruptcy: 'In bankruptcy',
    dissolved: 'Dissolved',
    ceased: 'Ceased',
    winding_up: 'Being wound up',
    reconstruction: 'Under reconstruction',
  },
};

const EN_TEXTS: Record<RegisterStatusFlag, string> = {
  bankruptcy: 'the company is in bankruptcy',
  dissolved: 'the company has been dissolved',
  ceased: 'the company has ceased',
  winding_up: 'the company is being wound up',
  reconstruction: 'the company is under reconstruction',
};

/** Statuses of a company that trades as usual: nothing to show. */
const TRADING = new Set(['', 'NORMAL', 'AKTIV']);

/** The notice for a register status, or null when there is none to show (not from the register, or trading). */
export function registerStatusNotice(status: string | null, locale: Locale): RegisterStatusNotice | null {
  if (status === null) return null;
  const given = status.trim().replace(/\s+/g, ' ');
  if (TRADING.has(given.toUpperCase())) return null;
  const flag = registerStatusFlag(given);
  const severity = flag === null || flag === 'reconstruction' ? 'warning' : 'error';
  if (flag === null) {
    const text =
      locale === 'da'
        ? `CVR-registret: virksomhedens status er »${given}«`
        : `CVR register: the company's status is “${given}”`;
    return { flag, severity, title: given, text };
  }
  // The register's Danish status reads as the end of the sentence ("… er opløst efter konkurs"), and says why.
  const text =
    locale === 'da'
      ? `CVR-registret: virksomheden er ${given.toLowerCase()}`
      : `CVR register: ${EN_TEXTS[flag]} (${given})`;
  return { flag, severity, title: TITLES[locale][flag], text };
}
