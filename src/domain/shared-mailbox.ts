/**
 * Shared (functional) mailboxes such as jobordre@… or virksomhedsservice@…: employers write there,
 * and an item tagged there is logged like one from a personal mailbox, with the mailbox as its
 * source and the section that owns it. Graph does not say who set a category, so such a contact
 * names no person. Pure types; no I/O.
 */

export interface SharedMailbox {
  id: string;
  /** Its primary SMTP address, lower case. */
  address: string;
  displayName: string | null;
  /** The section that owns it: contacts logged from it belong to that section. */
  sectionId: string;
  createdAt: Date;
}
