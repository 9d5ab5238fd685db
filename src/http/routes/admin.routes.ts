import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { AuditListSchema, AuditQuery, KpiTargetsBody, KpiTargetsSchema } from '../api-schemas.js';
import { readAuditLog, setKpiTargets } from '../../app/admin.js';

const TAG = 'Admin';

export function adminRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/audit',
      tag: TAG,
      summary: 'The audit log: who read, searched or changed the history, and when (admins only)',
      access: 'admin',
      query: AuditQuery,
      response: AuditListSchema,
      handle: async ({ actor, query }) => ({ items: await readAuditLog(deps, actor, query) }),
    }),
    route({
      method: 'put',
      path: '/api/kpi/targets',
      tag: TAG,
      summary: "Set the strategy's targets per metric, section and period (admins only)",
      access: 'admin',
      body: KpiTargetsBody,
      response: KpiTargetsSchema,
      handle: async ({ actor, body }) => ({
        items: await setKpiTargets(
          deps,
          actor,
          body.targets.map((t) => ({ metric: t.metric, sectionId: t.sectionId ?? null, period: t.period, value: t.value })),
        ),
      }),
    }),
  ];
}
