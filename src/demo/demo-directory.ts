/**
 * The demo's stand-in for the Entra directory. A person is tenant + object id in the demo too: each
 * seeded staff member's stable fake object id is their seeded id, so the staff row (entra_oid), the
 * tokens the identity emulator mints, the Graph emulator's mailbox and the bot's user all name the
 * same person, and a production-style sign-in with another object id gets its own row.
 */
export function demoObjectId(staff: { id: string }): string {
  return staff.id;
}
