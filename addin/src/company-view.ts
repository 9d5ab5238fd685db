/**
 * Which company the pane shows for a context answer: the one it matched, ranked choices, the one the
 * history already files the item under, or a search. No React, no Office.
 */
import type {
  AlreadyLogged,
  CompanySummary,
  ContextMatch,
  ItemPreview,
  PaneContext,
  ServiceContext,
} from '../../web-shared/api-types.js';
import type { CompanyFlagState } from '../../web-shared/company-flag-notices.js';

export type CompanyView =
  /** One company: show it and its context. */
  | { kind: 'matched'; match: ContextMatch }
  /** Several: ranked choices, never a guess. */
  | { kind: 'choices'; matches: ContextMatch[] }
  /** The history already files this item under a company the addresses no longer point to. */
  | { kind: 'logged-company'; companyId: string }
  /** None: a search box. */
  | { kind: 'search' };

/** What to show for a context answer. An item already in the history shows the company it is filed under. */
export function decideView(context: Pick<PaneContext, 'matches'>, alreadyLogged: AlreadyLogged | null): CompanyView {
  if (alreadyLogged) {
    const filed = context.matches.find((m) => m.company.id === alreadyLogged.companyId);
    return filed ? { kind: 'matched', match: filed } : { kind: 'logged-company', companyId: alreadyLogged.companyId };
  }
  const [first, ...rest] = context.matches;
  if (!first) return { kind: 'search' };
  return rest.length === 0 ? { kind: 'matched', match: first } : { kind: 'choices', matches: context.matches };
}

/** Mail: the context look-up (internetMessageId) knows; meetings: the preview (iCalUId) does. */
export function alreadyLoggedOf(
  context: Pick<PaneContext, 'alreadyLogged'> | null,
  preview: Pick<ItemPreview, 'alreadyLogged'> | null,
): AlreadyLogged | null {
  return context?.alreadyLogged ?? preview?.alreadyLogged ?? null;
}

/** Where the Teams tab shows the company (its router takes it from the hash). */
export function companyLink(companyId: string): string {
  return `/tab/#/companies/${encodeURIComponent(companyId)}`;
}

/** The flags the pane shows: the service context's once loaded, the search hit's until then, so a flag never waits. */
export function paneFlags(company: CompanySummary, context: Pick<ServiceContext, 'flags'> | null): CompanyFlagState {
  return {
    blockade: context?.flags.blockade ?? company.blockade,
    doNotContact: context?.flags.doNotContact ?? company.doNotContact,
    registerStatus: context ? context.flags.registerStatus : company.registerStatus,
  };
}
