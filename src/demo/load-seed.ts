import type {
  CompanyStore,
  ContactStore,
  DirectoryStore,
  InteractionStore,
  Transactional,
  VacancyStore,
} from '../ports/store.js';
import { DEFAULT_TOPICS } from '../domain/topics.js';
import type { SeedData } from './seed-data.js';
import { demoObjectId } from './demo-directory.js';

type SeedStore = Pick<DirectoryStore, 'listStaff'> &
  Transactional<DirectoryStore & CompanyStore & ContactStore & InteractionStore & VacancyStore>;

/**
 * Writes the demo tenant's seed data once, in one transaction. Returns false when the tenant
 * already has staff (a restart keeps what the demo user logged).
 */
export async function loadSeed(store: SeedStore, tenantId: string, data: SeedData): Promise<boolean> {
  if ((await store.listStaff(tenantId)).length > 0) return false;
  await store.withTransaction(async (tx) => {
    for (const section of data.sections) await tx.insertSection(tenantId, section);
    for (const staff of data.staff) await tx.insertStaff(tenantId, { ...staff, entraOid: demoObjectId(staff) });
    await tx.replaceTopics(tenantId, DEFAULT_TOPICS);
    for (const company of data.companies) await tx.insertCompany(tenantId, company);
    for (const contact of data.contacts) await tx.insertContact(tenantId, contact);
    for (const interaction of data.interactions) await tx.insertInteraction(tenantId, interaction);
    for (const { events, ...vacancy } of data.vacancies) {
      await tx.insertVacancy(tenantId, vacancy);
      for (const event of events)
        await tx.insertVacancyEvent(tenantId, { vacancyId: vacancy.id, note: null, ...event });
    }
  });
  return true;
}
