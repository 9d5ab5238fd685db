/** The ribbon's quick action as pure functions: whether to log without the pane, and what the note says. */
import type { ContextMatch, LogResult, PaneContext } from '../../web-shared/api-types.js';
import { stringsFor, type Lang } from './i18n.js';
import { flagWords, namesList } from './pane-wording.js';

export type QuickDecision =
  { kind: 'log'; companyId: string; company: ContextMatch['company'] | null } | { kind: 'open-pane' };

/**
 * The ribbon button logs without the pane only when the company is beyond doubt: the history
 * already files the item under it, or exactly one company matches. Otherwise the user chooses.
 */
export function decideQuickAction(context: Pick<PaneContext, 'matches' | 'alreadyLogged'>): QuickDecision {
  if (context.alreadyLogged) {
    const { companyId } = context.alreadyLogged;
    return {
      kind: 'log',
      companyId,
      company: context.matches.find((m) => m.company.id === companyId)?.company ?? null,
    };
  }
  const [only, ...others] = context.matches;
  if (only && others.length === 0) return { kind: 'log', companyId: only.company.id, company: only.company };
  return { kind: 'open-pane' };
}

/** "Logget til Kontaktspor: Østergaard Byg A/S" (with the company's flags), or "Allerede logget af …". */
export function quickActionMessage(
  result: Pick<LogResult, 'status' | 'loggedBy'>,
  company: Pick<ContextMatch['company'], 'name' | 'blockade' | 'doNotContact' | 'registerStatus'> | null,
  lang: Lang,
): string {
  const t = stringsFor(lang);
  if (result.status === 'already_logged')
    return t.quick.alreadyLogged(
      namesList(
        result.loggedBy.map((l) => l.name),
        lang,
      ),
    );
  const flags = company ? flagWords(company, lang) : [];
  return t.quick.logged(company?.name ?? '…') + (flags.length ? t.quick.flagged + flags.join(', ') : '');
}
