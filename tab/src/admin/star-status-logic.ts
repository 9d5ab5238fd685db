/** The STAR panel's words from the inbox state: whether jobordrer arrive, and what failed. */
import type { StarAdminStatus } from '../../../web-shared/api-types.js';
import { formatDateTime } from '../../../web-shared/format.js';
import type { Lang } from '../../../web-shared/lang.js';

export interface StarStatusView {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  lines: string[];
  failures: { jobordreId: string; line: string }[];
}

const WORDS = {
  da: {
    notConfigured: 'Jobordrer fra Jobnet er ikke sat op',
    notConfiguredHint: 'Sæt STAR_API_URL, certifikaterne og STARs klientcertifikat (se README).',
    waiting: 'Ingen jobordrer fra STAR endnu',
    waitingHint: 'Kontaktspor venter på STARs første besked.',
    ok: 'Jobordrer fra Jobnet kommer ind',
    failing: 'Nogle jobordrer fra STAR kunne ikke behandles',
    counts: (done: number, queued: number, skipped: number, dead: number) =>
      `${done} behandlet · ${queued} i kø · ${skipped} sprunget over · ${dead} fejlet`,
    lastReceived: (at: string) => `Seneste besked: ${at}`,
    oldestQueued: (at: string) => `Ældste i kø siden: ${at}`,
    failure: (id: string, code: string, attempts: number, at: string) =>
      `Jobordre ${id}: ${code} efter ${attempts} forsøg (${at})`,
  },
  en: {
    notConfigured: 'Jobordrer from Jobnet are not set up',
    notConfiguredHint: "Set STAR_API_URL, the certificates and STAR's client certificate (see README).",
    waiting: 'No jobordrer from STAR yet',
    waitingHint: "Kontaktspor is waiting for STAR's first message.",
    ok: 'Jobordrer from Jobnet are arriving',
    failing: 'Some jobordrer from STAR could not be processed',
    counts: (done: number, queued: number, skipped: number, dead: number) =>
      `${done} processed · ${queued} queued · ${skipped} skipped · ${dead} failed`,
    lastReceived: (at: string) => `Last message: ${at}`,
    oldestQueued: (at: string) => `Oldest queued since: ${at}`,
    failure: (id: string, code: string, attempts: number, at: string) =>
      `Jobordre ${id}: ${code} after ${attempts} attempts (${at})`,
  },
} as const;

export function starStatusView(status: StarAdminStatus, lang: Lang): StarStatusView {
  const w = WORDS[lang];
  const inbox = status.inbox;
  if (!status.configured || !inbox)
    return { intent: 'info', title: w.notConfigured, lines: [w.notConfiguredHint], failures: [] };
  const total = inbox.done + inbox.queued + inbox.skipped + inbox.dead;
  if (total === 0) return { intent: 'info', title: w.waiting, lines: [w.waitingHint], failures: [] };
  const lines = [
    w.counts(inbox.done, inbox.queued, inbox.skipped, inbox.dead),
    ...(inbox.lastReceivedAt ? [w.lastReceived(formatDateTime(inbox.lastReceivedAt, lang))] : []),
    ...(inbox.oldestQueuedAt ? [w.oldestQueued(formatDateTime(inbox.oldestQueuedAt, lang))] : []),
  ];
  const failures = inbox.recentFailures.map((failure) => ({
    jobordreId: failure.jobordreId,
    line: w.failure(failure.jobordreId, failure.errorCode, failure.attempts, formatDateTime(failure.at, lang)),
  }));
  return { intent: inbox.dead > 0 ? 'error' : 'success', title: inbox.dead > 0 ? w.failing : w.ok, lines, failures };
}
