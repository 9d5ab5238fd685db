/** A data subject's access and erasure requests as pure functions: the address, the download, and how results read. */
import { stringsFor, type Lang } from '../common/i18n.js';
import type { DataSubjectExport, ErasureResult } from '../../../web-shared/api-types.js';

const EMAIL = /^[^\s@]{1,64}@(?:[a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/;

/** The address as the service stores it (trimmed, lower case), or a message. */
export function checkSubjectEmail(
  input: string,
  lang: Lang,
): { ok: true; email: string } | { ok: false; error: string } {
  const email = input.trim().toLowerCase();
  return email.length <= 320 && EMAIL.test(email)
    ? { ok: true, email }
    : { ok: false, error: stringsFor(lang).dataSubject.invalid };
}

/** Body of POST /api/admin/data-subjects/erase: the service refuses it without confirm: true. */
export function eraseRequest(email: string): { email: string; confirm: true } {
  return { email, confirm: true };
}

/** "kontaktspor-indsigt-2026-03-15.json": the date says when; the address stays out of the file name (downloads folders get synced). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kontaktspor-indsigt-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The export as the file the admin hands over: readable, indented JSON. */
export function exportJson(data: DataSubjectExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function exportSummary(data: DataSubjectExport, lang: Lang): string {
  return stringsFor(lang).dataSubject.exported(
    data.contacts.length,
    data.interactions.length,
    data.auditEntries.length,
  );
}

export function erasureSummary(email: string, result: ErasureResult, lang: Lang): string {
  return stringsFor(lang).dataSubject.erased(
    email,
    result.contactsDeleted,
    result.participantEntriesRemoved,
    result.rowsRewritten,
  );
}
