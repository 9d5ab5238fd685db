import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { MeSchema, SectionsSchema, StaffListSchema, TopicsSchema } from '../schemas/directory.js';
import { tenantTopics } from '../../app/tenant-topics.js';

const TAG = 'Directory';

/** Who am I, and the tenant's sections and topics: what every front end needs to start. */
export function directoryRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/me',
      tag: TAG,
      summary: 'The signed-in staff member',
      response: MeSchema,
      handle: async ({ actor }) => {
        const sections = await deps.store.listSections(actor.tenantId);
        return {
          tenantId: actor.tenantId,
          id: actor.staffId,
          name: actor.name,
          email: actor.email,
          section: sections.find((section) => section.id === actor.sectionId) ?? null,
          isAdmin: actor.isAdmin,
          mode: deps.authenticator.mode,
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/topics',
      tag: TAG,
      summary: "The tenant's contact topics with Danish and English labels",
      response: TopicsSchema,
      handle: async ({ actor }) => ({ items: await tenantTopics(deps.store, actor.tenantId) }),
    }),
    route({
      method: 'get',
      path: '/api/staff',
      tag: TAG,
      summary: 'The jobcenter staff (for filters and choosing a responsible consultant)',
      response: StaffListSchema,
      handle: async ({ actor }) => ({ items: await deps.store.listStaff(actor.tenantId) }),
    }),
    route({
      method: 'get',
      path: '/api/sections',
      tag: TAG,
      summary: "The jobcenter's sections",
      response: SectionsSchema,
      handle: async ({ actor }) => ({ items: await deps.store.listSections(actor.tenantId) }),
    }),
  ];
}
