/** CVR numbers: 8 digits, weights 2,7,6,5,4,3,2,1, valid iff the weighted sum is divisible by 11. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Strips a "DK" prefix, spaces and hyphens; returns the 8 digits or null when it is not 8 digits. */
export function normalizeCvr(input: string): string | null {
  const digits = input.trim().replace(/^dk/i, '').replace(/[\s-]/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}

export function hasValidCvrChecksum(digits: string): boolean {
  if (!/^\d{8}$/.test(digits) || digits.startsWith('0')) return false;
  const sum = CVR_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}

/** The stored form of a CVR typed by a person, or null when it is not a valid CVR. */
export function parseCvr(input: string): string | null {
  const digits = normalizeCvr(input);
  return digits !== null && hasValidCvrChecksum(digits) ? digits : null;
}

/** Completes 7 leading digits into a valid CVR, or null when no 8th digit makes it valid. */
export function completeCvr(firstSeven: string): string | null {
  for (let last = 0; last <= 9; last++) {
    const candidate = `${firstSeven}${last}`;
    if (hasValidCvrChecksum(candidate)) return candidate;
  }
  return null;
}
