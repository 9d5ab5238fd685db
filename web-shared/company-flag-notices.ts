/**
 * The flags staff must see before contacting a company, as data both front ends render: the CVR
 * register's status (bankruptcy, dissolved, …), the blockade and do-not-contact. Words for the
 * register status come from the domain, so the pane, the tab and the bot say the same.
 */
import { registerStatusNotice } from '../src/domain/register-status-words.js';
import { COMMON_WORDS } from './common-words.js';
import type { Lang } from './lang.js';

export interface CompanyFlagState {
  blockade: boolean;
  doNotContact: boolean;
  /** The register's status text; null for a company not from the register. */
  registerStatus: string | null;
}

export interface FlagNotice {
  intent: 'error' | 'warning';
  title: string;
  text: string;
  testId: 'flag-register-status' | 'flag-blockade' | 'flag-do-not-contact';
}

/** The notices in the order they are shown: a company that no longer trades first, nothing else matters as much. */
export function companyFlagNotices(flags: CompanyFlagState, lang: Lang): FlagNotice[] {
  const t = COMMON_WORDS[lang].flags;
  const notices: FlagNotice[] = [];
  const register = registerStatusNotice(flags.registerStatus, lang);
  if (register)
    notices.push({
      intent: register.severity,
      title: register.title,
      text: register.text,
      testId: 'flag-register-status',
    });
  if (flags.blockade)
    notices.push({ intent: 'error', title: t.blockadeTitle, text: t.blockade, testId: 'flag-blockade' });
  if (flags.doNotContact)
    notices.push({
      intent: 'warning',
      title: t.doNotContactTitle,
      text: t.doNotContact,
      testId: 'flag-do-not-contact',
    });
  return notices;
}

/** The register status as a search row or a note shows it ("Under konkurs"), or null when there is nothing to flag. */
export function registerStatusWord(registerStatus: string | null, lang: Lang): string | null {
  return registerStatusNotice(registerStatus, lang)?.title ?? null;
}
