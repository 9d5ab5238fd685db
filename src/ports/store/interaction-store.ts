import type { Interaction, InteractionEntry, InteractionKind } from '../../domain/model.js';

export type NewInteraction = Omit<Interaction, 'id' | 'createdAt' | 'attachmentNames'> & {
  id?: string;
  attachmentNames?: string[];
  coLoggers?: string[];
};

export interface TimelineFilter {
  kinds?: InteractionKind[];
  topics?: string[];
  staffId?: string;
  sectionId?: string;
  from?: Date;
  to?: Date;
}

/** Position after which the next timeline page starts (newest first). */
export interface TimelinePosition {
  occurredAt: Date;
  id: string;
}

/** The contacts (calls, visits, emails, meetings) logged with a company, and who logged them. */
export interface InteractionStore {
  /** Newest first, strictly after `after` when given; `limit` rows at most. */
  listInteractions(
    tenantId: string,
    companyId: string,
    filter: TimelineFilter,
    after: TimelinePosition | null,
    limit: number,
  ): Promise<InteractionEntry[]>;
  getInteractionEntry(tenantId: string, id: string): Promise<InteractionEntry | null>;
  countInteractionsByTopic(
    tenantId: string,
    companyId: string,
    since: Date,
  ): Promise<{ topic: string; count: number }[]>;
  /** Throws DomainError CONFLICT when the source key is taken. */
  insertInteraction(tenantId: string, interaction: NewInteraction): Promise<Interaction>;
  /** Records one more staff member as having logged a stored contact; a repeat changes nothing. */
  addInteractionLogger(tenantId: string, interactionId: string, staffId: string): Promise<void>;
  /** The company a stored contact belongs to, or null when the tenant has no such contact. */
  companyOfInteraction(tenantId: string, interactionId: string): Promise<string | null>;
  /** The contact already stored under a source key (email or meeting), with who logged it. */
  findLoggedItem(
    tenantId: string,
    sourceKey: string,
  ): Promise<{ interactionId: string; companyId: string; loggedBy: { id: string; name: string | null }[] } | null>;
}
