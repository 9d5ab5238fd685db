/**
 * How long the shared history keeps what (DOMAIN.md, "Personal data"): text steps down with age,
 * whole contacts go some years after the company's last contact, audit entries after months.
 */
import type { Visibility } from './visibility.js';

export interface PrivacySettings {
  /** After this many days the excerpt (and attachment names) are removed: the summary is what is left. */
  summaryAfterDays: number;
  /** After this many days subject and summary go too: only metadata is left. */
  metadataAfterDays: number;
  /** A company's contacts are deleted this many years after its last contact. */
  retentionYears: number;
  /** Audit entries are deleted after this many days (6 months is the public-sector norm). */
  auditRetentionDays: number;
}

export const DEFAULT_PRIVACY_SETTINGS: Readonly<PrivacySettings> = Object.freeze({
  summaryAfterDays: 90,
  metadataAfterDays: 730,
  retentionYears: 5,
  auditRetentionDays: 183,
});

/** The tiers text can decay to, in order. */
export const DECAY_TIERS = ['summary', 'metadata'] as const;
export type DecayTier = (typeof DECAY_TIERS)[number];

export interface PrivacyCutoffs {
  /** Contacts that occurred before this keep no excerpt. */
  summaryBefore: Date;
  /** Contacts that occurred before this keep no text at all. */
  metadataBefore: Date;
  /** Companies whose last contact is before this lose their contacts. */
  lastContactBefore: Date;
  /** Audit entries written before this are deleted. */
  auditBefore: Date;
}

const DAY = 86_400_000;

export function privacyCutoffs(settings: PrivacySettings, now: Date): PrivacyCutoffs {
  const lastContactBefore = new Date(now);
  lastContactBefore.setUTCFullYear(lastContactBefore.getUTCFullYear() - settings.retentionYears);
  return {
    summaryBefore: new Date(now.getTime() - settings.summaryAfterDays * DAY),
    metadataBefore: new Date(now.getTime() - settings.metadataAfterDays * DAY),
    lastContactBefore,
    auditBefore: new Date(now.getTime() - settings.auditRetentionDays * DAY),
  };
}

/** The tier others see: the chosen one, or stricter when the text has decayed. */
export function effectiveTier(visibility: Visibility, decayedTo: DecayTier | null | undefined): Visibility {
  if (decayedTo === 'metadata') return 'metadata';
  if (decayedTo === 'summary' && visibility === 'full') return 'summary';
  return visibility;
}

/** A rule broken by a settings change, or null when the settings hang together. */
export function privacySettingsProblem(settings: PrivacySettings): string | null {
  if (settings.metadataAfterDays < settings.summaryAfterDays) {
    return 'metadataAfterDays: must not be shorter than summaryAfterDays.';
  }
  return null;
}
