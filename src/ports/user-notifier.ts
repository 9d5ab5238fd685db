/** A tagged item the service could not place: the user chooses the company. No citizen data beyond the user's own subject line (CPR removed). */
export interface TagChoiceNotice {
  jobId: string;
  kind: 'email' | 'meeting';
  /** The item's subject, CPR numbers removed; shown only to the user who tagged it. */
  subject: string | null;
  occurredAt: Date;
  choices: { id: string; name: string; cvr: string | null }[];
}

/** Writes to one staff member in private (the Teams bot's personal chat in production). */
export interface UserNotifier {
  /** False when the user has no personal conversation with the bot (the app is not installed for them). */
  sendTagChoice(tenantId: string, userOid: string, notice: TagChoiceNotice): Promise<boolean>;
}
