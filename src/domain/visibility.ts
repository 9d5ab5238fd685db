/** How much of a logged contact's text colleagues outside it may read. */

/** From least to most restrictive. */
export const VISIBILITY_TIERS = ['full', 'summary', 'subject', 'metadata'] as const;
export type Visibility = (typeof VISIBILITY_TIERS)[number];

export interface InteractionText {
  subject: string | null;
  summary: string | null;
  excerpt: string | null;
}

export function isVisibility(value: string): value is Visibility {
  return (VISIBILITY_TIERS as readonly string[]).includes(value);
}

/**
 * The text a viewer may see. Insiders (the logger or a participant on our side) see everything
 * stored; others see what the tier allows.
 */
export function visibleText(text: InteractionText, tier: Visibility, viewerIsInsider: boolean): InteractionText {
  if (viewerIsInsider || tier === 'full') {
    return { subject: text.subject, summary: text.summary, excerpt: text.excerpt };
  }
  return {
    subject: tier === 'metadata' ? null : text.subject,
    summary: tier === 'summary' ? text.summary : null,
    excerpt: null,
  };
}

/** The more restrictive of two tiers. */
export function stricterOf(a: Visibility, b: Visibility): Visibility {
  return VISIBILITY_TIERS.indexOf(a) >= VISIBILITY_TIERS.indexOf(b) ? a : b;
}
