/** Contact topics. Configurable per tenant; these are the defaults from DOMAIN.md. */

export interface Topic {
  /** Stable ASCII key stored with each contact. */
  key: string;
  da: string;
  en: string;
  /** Counts towards samarbejdsgrad (the national cooperation-degree target). */
  cooperation: boolean;
}

export type Locale = 'da' | 'en';

export const DEFAULT_TOPICS: readonly Topic[] = Object.freeze(
  [
    { key: 'rekruttering', da: 'Rekruttering', en: 'Recruitment', cooperation: false },
    { key: 'virksomhedspraktik', da: 'Virksomhedspraktik', en: 'Work placement', cooperation: true },
    { key: 'loentilskud', da: 'Løntilskud', en: 'Wage subsidy', cooperation: true },
    { key: 'opkvalificering', da: 'Opkvalificering', en: 'Upskilling', cooperation: false },
    { key: 'fastholdelse', da: 'Fastholdelse', en: 'Retention', cooperation: false },
    { key: 'fleksjob', da: 'Fleksjob', en: 'Flex job', cooperation: true },
    { key: 'skaanejob', da: 'Skånejob', en: 'Sheltered job', cooperation: true },
    { key: 'mentor', da: 'Mentor', en: 'Mentor', cooperation: true },
    { key: 'jobrotation', da: 'Jobrotation', en: 'Job rotation', cooperation: true },
    { key: 'voksenlaerling', da: 'Voksenlærling', en: 'Adult apprentice', cooperation: false },
    { key: 'igu', da: 'IGU', en: 'Integration training (IGU)', cooperation: false },
    { key: 'partnerskab', da: 'Partnerskab', en: 'Partnership agreement', cooperation: false },
    { key: 'virksomhedsbesoeg', da: 'Virksomhedsbesøg', en: 'Company visit', cooperation: false },
  ].map((topic) => Object.freeze(topic)),
);

/** The topic's label in the locale; the key itself when the topic is unknown (e.g. retired). */
export function topicLabel(topics: readonly Topic[], key: string, locale: Locale): string {
  const topic = topics.find((t) => t.key === key);
  return topic ? topic[locale] : key;
}

/** The keys (deduplicated, in input order) that are not among the topics. */
export function unknownTopics(topics: readonly Topic[], keys: readonly string[]): string[] {
  const known = new Set(topics.map((t) => t.key));
  return [...new Set(keys.filter((key) => !known.has(key)))];
}

/** The keys of the topics that count towards samarbejdsgrad. */
export function cooperationTopicKeys(topics: readonly Topic[]): string[] {
  return topics.filter((t) => t.cooperation).map((t) => t.key);
}
