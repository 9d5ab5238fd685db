/**
 * Keys that make one shared contact of an email or meeting, whoever logs it: Graph ids differ per
 * mailbox, but internetMessageId (mail) and iCalUId + start (a meeting occurrence) do not.
 */
export function emailSourceKey(internetMessageId: string): string {
  return `msg:${internetMessageId.trim().replace(/^<|>$/g, '').toLowerCase()}`;
}

export function meetingSourceKey(iCalUId: string, occurrenceStart?: Date): string {
  const uid = iCalUId.trim();
  return occurrenceStart ? `ical:${uid}:${occurrenceStart.toISOString()}` : `ical:${uid}`;
}
