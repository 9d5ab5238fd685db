/** The collision warning both front ends show, in the UI language. Pure: no React, no host SDK. */
import type { RecentColleagueContact, Topic } from './api-types.js';
import { COMMON_WORDS } from './common-words.js';
import { midSentence, relativeTime, topicLabel } from './format.js';
import type { Lang } from './lang.js';

/** "Camilla Bøgh, Job og ydelse, for 3 dage siden: fastholdelse"; the kind of contact when it had no topic. */
export function collisionText(entry: RecentColleagueContact, topics: readonly Topic[], now: Date, lang: Lang): string {
  const t = COMMON_WORDS[lang];
  const who = entry.name?.trim() || t.aColleague.charAt(0).toUpperCase() + t.aColleague.slice(1);
  const head = [who, entry.sectionName?.trim(), relativeTime(entry.occurredAt, now, lang)].filter(Boolean).join(', ');
  const what = entry.topics.length
    ? entry.topics.map((key) => midSentence(topicLabel(key, topics, lang))).join(', ')
    : t.contactKinds[entry.kind];
  return `${head}: ${what}`;
}
