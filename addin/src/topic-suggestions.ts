/**
 * Topics the log form ticks in advance: those of the tenant's topics whose name the email itself
 * uses ("løntilskud" in "Spørgsmål om løntilskudsregler"). The logger still sees and can untick
 * each one. Pure: no React, no Office.
 */
import type { Topic } from '../../web-shared/api-types.js';

/** The keys of the topics named in the text, in the tenant's order. A name counts from a word's start. */
export function suggestTopics(topics: readonly Topic[], text: string | null | undefined): string[] {
  const words = (text ?? '').normalize('NFC');
  if (!words.trim()) return [];
  return topics.filter((topic) => [topic.da, topic.en].some((name) => namePattern(name).test(words))).map((t) => t.key);
}

/** "Flex job" matches "flex job" and "flex-jobbet"; "IGU" matches "IGU-forløb" but not "figur". */
function namePattern(name: string): RegExp {
  const parts = name
    .normalize('NFC')
    .replace(/\(.*?\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})${parts.join('[\\s-]+')}`, 'iu');
}
