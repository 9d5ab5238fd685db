import type { Store } from '../ports/store.js';
import type { Section } from '../domain/model.js';

/** The tenant's sections (afsnit), as cards and filters name them. */
export async function tenantSections(store: Pick<Store, 'listSections'>, tenantId: string): Promise<Section[]> {
  return store.listSections(tenantId);
}
