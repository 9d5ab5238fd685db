import type { Store } from '../ports/store.js';
import type { Actor, Section, Vacancy } from '../domain/model.js';
import type { Topic } from '../domain/topics.js';
import { OPEN_STATUSES } from '../domain/vacancy-lifecycle.js';
import { toSearchKey } from '../domain/search-key.js';
import { listVacancies } from './vacancies.js';
import { tenantTopics } from './tenant-topics.js';
import { tenantSections } from './tenant-sections.js';

// listVacancies states the store it needs; this adds what naming a section or topic reads.
type Deps = Parameters<typeof listVacancies>[0] & { store: Pick<Store, 'listSections' | 'listTopics'> };

/** How many open vacancies a text lookup reads. */
const OPEN_LIMIT = 50;

/** What "stillinger X" names: a section, else a topic, else nothing (all open vacancies). */
export interface VacancyScope {
  section?: Section;
  topic?: Topic;
}

/** Open vacancies for a section or topic named in free text ("stillinger virksomhedsservice"), newest first. */
export async function vacanciesForText(
  deps: Deps,
  actor: Actor,
  text: string,
): Promise<VacancyScope & { vacancies: Vacancy[] }> {
  const [sections, topics] = await Promise.all([
    tenantSections(deps.store, actor.tenantId),
    tenantTopics(deps.store, actor.tenantId),
  ]);
  const scope = scopeOfText(text, sections, topics);
  const open = await listVacancies(deps, actor, {
    statuses: [...OPEN_STATUSES],
    sectionId: scope.section?.id,
    limit: OPEN_LIMIT,
  });
  const { topic } = scope;
  const vacancies = topic ? open.filter((vacancy) => vacancy.topics.includes(topic.key)) : open;
  return { ...scope, vacancies };
}

/**
 * Which section or topic a text means: a section whose name contains it (as search keys) or whose
 * id it is; otherwise a topic whose key, Danish or English label it is exactly. Empty text names neither.
 */
export function scopeOfText(text: string, sections: readonly Section[], topics: readonly Topic[]): VacancyScope {
  const wanted = toSearchKey(text);
  if (!wanted) return {};
  const section = sections.find((s) => toSearchKey(s.name).includes(wanted) || s.id === wanted);
  if (section) return { section };
  const topic = topics.find((t) => [t.key, toSearchKey(t.da), toSearchKey(t.en)].includes(wanted));
  return topic ? { topic } : {};
}
