/** Builders for API shapes both front ends read; override only what a test is about. */
import { randomUUID } from 'node:crypto';
import type { CompanySummary } from '../../web-shared/api-types.js';

/** Østergaard Byg A/S in Roskilde, without flags (a fresh id unless overridden). */
export function buildCompanySummary(overrides: Partial<CompanySummary> = {}): CompanySummary {
  return {
    id: randomUUID(),
    cvr: '13585628',
    name: 'Østergaard Byg A/S',
    postcode: '4000',
    city: 'Roskilde',
    blockade: false,
    doNotContact: false,
    registerStatus: null,
    ...overrides,
  };
}
