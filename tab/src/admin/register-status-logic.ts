/** The CVR register panel's words from the sync state: what an admin must do, if anything. */
import type { RegisterSyncStatus } from '../../../web-shared/api-types.js';
import { formatDateTime } from '../../../web-shared/format.js';
import type { Lang } from '../../../web-shared/lang.js';

export interface RegisterStatusView {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  lines: string[];
}

const WORDS = {
  da: {
    ok: 'Virksomhederne følger CVR-registret',
    failing: 'CVR-registret kunne ikke læses',
    failingHint: (failures: number, code: string) =>
      `${failures} forsøg i træk er fejlet (${code}). Kontaktspor beholder de sidst hentede oplysninger og prøver igen af sig selv.`,
    neverImported: 'CVR-registret er ikke importeret endnu',
    neverImportedHint: 'Kør npm run cvr:import -- --source distribution, eller vent på den første synkronisering.',
    notConfigured: 'CVR-registret er ikke sat op',
    notConfiguredHint: 'Sæt CVR_MUNICIPALITY og adgangen til CVR-distributionen (se README).',
    municipality: (code: string) => `Kommune: ${code}`,
    lastSuccess: (at: string) => `Sidst hentet: ${at}`,
    lastAttempt: (at: string) => `Sidste forsøg: ${at}`,
  },
  en: {
    ok: 'Companies follow the CVR register',
    failing: 'The CVR register could not be read',
    failingHint: (failures: number, code: string) =>
      `${failures} attempts in a row failed (${code}). Kontaktspor keeps the last good data and retries by itself.`,
    neverImported: 'The CVR register has not been imported yet',
    neverImportedHint: 'Run npm run cvr:import -- --source distribution, or wait for the first sync.',
    notConfigured: 'The CVR register is not set up',
    notConfiguredHint: 'Set CVR_MUNICIPALITY and the CVR distribution credentials (see README).',
    municipality: (code: string) => `Municipality: ${code}`,
    lastSuccess: (at: string) => `Last read: ${at}`,
    lastAttempt: (at: string) => `Last attempt: ${at}`,
  },
} as const;

export function registerStatusView(status: RegisterSyncStatus, lang: Lang): RegisterStatusView {
  const w = WORDS[lang];
  const facts = [
    ...(status.municipalityCode ? [w.municipality(status.municipalityCode)] : []),
    ...(status.lastSuccessAt ? [w.lastSuccess(formatDateTime(status.lastSuccessAt, lang))] : []),
  ];
  switch (status.notice) {
    case 'not_configured':
      return { intent: 'info', title: w.notConfigured, lines: [w.notConfiguredHint] };
    case 'failing':
      return {
        intent: 'error',
        title: w.failing,
        lines: [
          w.failingHint(status.failures, status.lastErrorCode ?? '?'),
          ...(status.lastAttemptAt ? [w.lastAttempt(formatDateTime(status.lastAttemptAt, lang))] : []),
          ...facts,
        ],
      };
    case 'never_imported':
      return { intent: 'warning', title: w.neverImported, lines: [w.neverImportedHint, ...facts] };
    default:
      return { intent: 'success', title: w.ok, lines: facts };
  }
}
