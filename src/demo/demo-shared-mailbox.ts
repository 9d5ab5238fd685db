/**
 * The demo's shared mailbox: jobordre@roskilde.dk, owned by Virksomhedsservice. The Graph emulator
 * holds it (with a few employer emails) and the seeded demo tenant has it configured, so the admin
 * page lists it and what is tagged there is logged for the section.
 */
import type { DirectoryStore, SharedMailboxStore, TaggingStore, Transactional } from '../ports/store.js';
import { DEMO_USER_EMAIL } from './seed-data.js';

export const DEMO_SHARED_MAILBOX = {
  /** Fixed, so a restart of the emulator serves the mailbox the store names. */
  graphUserId: '5a4ed000-0000-4000-8000-00000000f002',
  address: 'jobordre@roskilde.dk',
  displayName: 'Jobordre',
  sectionId: 'virksomhedsservice',
} as const;

type ConfigureStore = Pick<DirectoryStore, 'findStaffByEmail'> &
  Pick<SharedMailboxStore, 'listSharedMailboxes'> &
  Transactional<SharedMailboxStore & TaggingStore>;

/**
 * Configures the demo's shared mailbox in a seeded demo tenant, as its admin (the demo user) would on
 * the admin page, when the tenant has none: a restart keeps what the admin configured. Returns
 * whether it was configured now.
 */
export async function configureDemoSharedMailbox(store: ConfigureStore, tenantId: string): Promise<boolean> {
  const admin = await store.findStaffByEmail(tenantId, DEMO_USER_EMAIL);
  if (!admin || (await store.listSharedMailboxes(tenantId)).length > 0) return false;
  await store.withTransaction(async (tx) => {
    const mailbox = await tx.insertSharedMailbox(tenantId, {
      address: DEMO_SHARED_MAILBOX.address,
      displayName: DEMO_SHARED_MAILBOX.displayName,
      sectionId: DEMO_SHARED_MAILBOX.sectionId,
      graphUserId: DEMO_SHARED_MAILBOX.graphUserId,
      createdBy: admin.id,
    });
    await tx.upsertSharedMailboxWatch(tenantId, mailbox.id, DEMO_SHARED_MAILBOX.graphUserId);
  });
  return true;
}
