/** What the operator reads during and after a CVR import: one progress line, then a summary. */
import type { RegisterSummary } from '../app/register-import.js';

const number = new Intl.NumberFormat('da-DK');
const BAR_WIDTH = 24;

/** "[██████░░░░░░] 1.500/4.000 · 1.200 oprettet · 3 opdateret · 290 uændret · 7 afvist". */
export function progressLine(read: number, total: number | null, summary: RegisterSummary): string {
  const counts = countsText(summary);
  if (total === null || total <= 0) return `${number.format(read)} dokumenter læst · ${counts}`;
  const share = Math.min(1, read / total);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  return `[${bar}] ${number.format(read)}/${number.format(total)} · ${counts}`;
}

function countsText(summary: RegisterSummary): string {
  return [
    `${number.format(summary.created)} oprettet`,
    `${number.format(summary.updated)} opdateret`,
    `${number.format(summary.unchanged)} uændret`,
    `${number.format(summary.rejected.length)} afvist`,
  ].join(' · ');
}

/** The summary, with the rejections grouped by reason (the first few references of each). */
export function summaryText(summary: RegisterSummary, maxRefs = 5): string {
  const lines = [`CVR-import færdig: ${countsText(summary)}.`];
  const byReason = new Map<string, string[]>();
  for (const rejection of summary.rejected) {
    const refs = byReason.get(rejection.reason) ?? [];
    refs.push(rejection.ref);
    byReason.set(rejection.reason, refs);
  }
  if (byReason.size > 0) lines.push('Afvist:');
  for (const [reason, refs] of byReason) {
    const shown = refs.slice(0, maxRefs).join(', ');
    const more = refs.length > maxRefs ? ` og ${number.format(refs.length - maxRefs)} flere` : '';
    lines.push(`  ${number.format(refs.length)} × ${reason} (${shown}${more})`);
  }
  return lines.join('\n');
}
