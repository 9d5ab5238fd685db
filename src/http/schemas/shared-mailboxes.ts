/** Shared mailboxes the category flow watches (issue 17): the admin's list, adding one. */
import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const SharedMailboxSchema = z.object({
  id: Id,
  address: z.string(),
  displayName: z.string().nullable().describe("The mailbox's name at Graph"),
  sectionId: z.string().describe('The section that owns it: its contacts are logged for that section'),
  createdAt: Timestamp,
  subscriptions: z.number().int().describe('Graph subscriptions held now (two when all is well: messages and events)'),
});
export const SharedMailboxListSchema = z.object({ items: z.array(SharedMailboxSchema) });
// The address is checked by the use case (its error names the field), so a bad one is a 400 like a bad section.
export const SharedMailboxBody = z
  .object({ address: z.string().trim().min(1).max(320), sectionId: z.string().trim().min(1).max(64) })
  .strict();
