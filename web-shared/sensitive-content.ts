/**
 * Whether a text looks like it is about a citizen: the service's own rules (src/domain), so a front
 * end that drafts from text the service has not seen (an unsaved compose body) judges it alike.
 */
export { findHealthWords } from '../src/domain/cpr.js';
export { detectSensitiveContent } from '../src/domain/sensitive-content.js';
