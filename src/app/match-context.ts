import type { AuditStore, CompanyStore, ContactStore, InteractionStore } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor, CompanySummary } from '../domain/model.js';
import { candidateDomains, candidateEmails, rankCompanyMatches } from '../domain/company-matching.js';
import { classifyAddress, normalizeEmail, type AddressClass } from '../domain/email-address.js';
import { emailSourceKey } from '../domain/source-key.js';
import { buildServiceContext, type ContextStore, type ServiceContext } from './company-context.js';
import { AUDIT } from './audit-actions.js';
import { redactCpr } from '../domain/cpr.js';

type Deps = {
  store: ContextStore &
    Pick<ContactStore, 'findContactsByEmails'> &
    Pick<CompanyStore, 'findDomainHits' | 'getCompanySummaries'> &
    Pick<InteractionStore, 'findLoggedItem'> &
    AuditStore;
  clock: Clock;
  ownDomains: readonly string[];
};

export interface ContextMatch {
  company: CompanySummary;
  reason: 'contact' | 'domain';
  emails: string[];
  score: number;
  /** Present for the best few matches; the pane shows the others as choices. */
  context: ServiceContext | null;
}

export interface PaneContext {
  matches: ContextMatch[];
  /** Addresses that can never identify a company, and why. */
  ignored: { email: string; reason: Exclude<AddressClass, 'candidate'> }[];
  /** Set when the email is already in the shared history. */
  alreadyLogged: { interactionId: string; companyId: string; loggedBy: { id: string; name: string | null }[] } | null;
}

const CONTEXTS_BUILT = 3;

/** What the Outlook pane shows for an item's addresses: ranked companies, never a guess. */
export async function matchContext(
  deps: Deps,
  actor: Actor,
  input: { emails: string[]; internetMessageId?: string | undefined },
): Promise<PaneContext> {
  const { store, ownDomains } = deps;
  const tenant = actor.tenantId;
  const emails = candidateEmails(input.emails, ownDomains);
  const domains = candidateDomains(input.emails, ownDomains);
  const [contactHits, domainHits, logged] = await Promise.all([
    store.findContactsByEmails(tenant, emails),
    store.findDomainHits(tenant, domains),
    input.internetMessageId
      ? store.findLoggedItem(tenant, emailSourceKey(input.internetMessageId))
      : Promise.resolve(null),
  ]);
  const ranked = rankCompanyMatches(input.emails, contactHits, domainHits, ownDomains);
  const summaries = new Map(
    (
      await store.getCompanySummaries(
        tenant,
        ranked.map((match) => match.companyId),
      )
    ).map((c) => [c.id, c]),
  );

  const matches: ContextMatch[] = [];
  for (const match of ranked) {
    const company = summaries.get(match.companyId);
    if (!company) continue;
    const full = matches.length < CONTEXTS_BUILT ? await store.getCompany(tenant, company.id) : null;
    const context = full ? await buildServiceContext(store, deps.clock, actor, full) : null;
    matches.push({ company, reason: match.reason, emails: match.emails, score: match.score, context });
  }

  await store.appendAudit(tenant, {
    actorId: actor.staffId,
    action: AUDIT.contextRead,
    companyId: matches[0]?.company.id ?? null,
    criteria: {
      emails: input.emails.slice(0, 50).map((email) => redactCpr(email)),
      companies: matches.map((m) => m.company.id),
    },
  });
  return { matches, ignored: ignoredAddresses(input.emails, ownDomains), alreadyLogged: logged };
}

function ignoredAddresses(emails: readonly string[], ownDomains: readonly string[]): PaneContext['ignored'] {
  const ignored: PaneContext['ignored'] = [];
  for (const email of new Set(emails)) {
    const normalized = normalizeEmail(email) ?? email;
    const kind = classifyAddress(normalized, ownDomains);
    if (kind !== 'candidate') ignored.push({ email: redactCpr(normalized), reason: kind });
  }
  return ignored;
}
