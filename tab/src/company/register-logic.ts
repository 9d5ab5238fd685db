/**
 * The company page's register panel as pure decisions: how an employment interval, a status and a
 * P-unit read, which names are former ones, and which company survives a merge.
 */
import { stringsFor, type Lang } from '../common/i18n.js';
import type { RegisterFacts, RegisterPUnit } from '../../../web-shared/api-types.js';

const INTERVAL = /^ANTAL_(\d+)_(\d*)$/;

/** "ANTAL_5_9" → "5-9 ansatte", "ANTAL_1000_" → "1000 eller flere ansatte"; an unknown code as given. */
export function employeeIntervalText(code: string | null, lang: Lang): string {
  const t = stringsFor(lang).register;
  if (!code) return t.unknown;
  const match = INTERVAL.exec(code);
  if (!match) return code;
  return t.employeeInterval(Number(match[1]), match[2] ? Number(match[2]) : null);
}

/** The register's status as staff read it: NORMAL in words, anything else (UNDER KONKURS, …) as given. */
export function registerStatusText(status: string, lang: Lang): string {
  return status.trim().toUpperCase() === 'NORMAL' ? stringsFor(lang).register.statusNormal : status;
}

/** A status that should stop staff before they call: anything but NORMAL. */
export function isTroubledStatus(status: string | null): boolean {
  return status !== null && status.trim().toUpperCase() !== 'NORMAL';
}

/** What is special about a workplace: closed in the register, or outside the municipality. */
export function pUnitMarks(unit: RegisterPUnit, lang: Lang): string[] {
  const t = stringsFor(lang).register;
  return [!unit.active && t.closed, !unit.inMunicipality && t.outside].filter((mark): mark is string => !!mark);
}

/** Workplaces in the municipality first, active before closed, then by P-number. */
export function sortedPUnits(units: readonly RegisterPUnit[]): RegisterPUnit[] {
  const rank = (unit: RegisterPUnit) => (unit.inMunicipality ? 0 : 2) + (unit.active ? 0 : 1);
  return [...units].sort((a, b) => rank(a) - rank(b) || a.pNumber.localeCompare(b.pNumber));
}

/** Names the company had before, newest first, without the current one and each once. */
export function formerNames(facts: Pick<RegisterFacts, 'nameHistory'>, currentName: string): string[] {
  const former = facts.nameHistory
    .filter((entry) => entry.period.to !== null)
    .sort((a, b) => (b.period.to ?? '').localeCompare(a.period.to ?? ''))
    .map((entry) => entry.name)
    .filter((name) => name !== currentName);
  return [...new Set(former)];
}

/** Which way a merge goes: the company kept and the one that goes into it. */
export function mergeDirection(
  thisId: string,
  otherId: string,
  keep: 'this' | 'other',
): { survivorId: string; mergedId: string } {
  return keep === 'this' ? { survivorId: thisId, mergedId: otherId } : { survivorId: otherId, mergedId: thisId };
}
