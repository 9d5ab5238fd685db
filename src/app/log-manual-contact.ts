import type { AuditStore, CompanyStore, DirectoryStore, InteractionStore, Transactional } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor, Direction, ManualInteractionKind, Visibility } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { redactCpr } from '../domain/cpr.js';
import { assertKnownTopics } from './tenant-topics.js';
import { AUDIT } from './audit-actions.js';
import { currentCompanyId } from './current-company.js';
import { toInteractionView, type InteractionView } from './interaction-view.js';

type Deps = {
  store: Transactional<
    Pick<CompanyStore, 'getCompanySummaries' | 'resolveCompanyId'> &
      Pick<DirectoryStore, 'listTopics'> &
      InteractionStore &
      AuditStore
  >;
  clock: Clock;
};

export interface ManualContactInput {
  kind: ManualInteractionKind;
  occurredAt?: Date | undefined;
  subject?: string | null | undefined;
  summary: string;
  topics: string[];
  direction?: Direction | null | undefined;
  visibility?: Visibility | undefined;
}

/** Logs a call, visit or note by hand. CPR numbers are removed before anything is stored. */
export async function logManualContact(
  deps: Deps,
  actor: Actor,
  requestedId: string,
  input: ManualContactInput,
): Promise<InteractionView> {
  const now = deps.clock.now();
  if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new DomainError('VALIDATION_FAILED', 'occurredAt: a contact cannot lie in the future.');
  }
  return deps.store.withTransaction(async (store) => {
    const companyId = await currentCompanyId(store, actor, requestedId);
    const [company] = await store.getCompanySummaries(actor.tenantId, [companyId]);
    if (!company) throw new DomainError('NOT_FOUND', 'No company with that id.');
    await assertKnownTopics(store, actor.tenantId, input.topics);

    const interaction = await store.insertInteraction(actor.tenantId, {
      companyId,
      kind: input.kind,
      occurredAt: input.occurredAt ?? now,
      subject: input.subject ? redactCpr(input.subject, now) : null,
      summary: redactCpr(input.summary, now),
      excerpt: null,
      topics: [...new Set(input.topics)],
      direction: input.direction ?? null,
      participants: [{ name: actor.name, email: actor.email, role: 'from', side: 'ours' }],
      source: 'manual',
      sourceKey: null,
      visibility: input.visibility ?? 'summary',
      loggedBy: actor.staffId,
      sectionId: actor.sectionId,
    });
    await store.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.interactionCreate,
      companyId,
      targetId: interaction.id,
    });
    return toInteractionView(actor, { ...interaction, loggedByName: actor.name, loggers: [actor.staffId] });
  });
}
