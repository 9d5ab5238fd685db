import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import {
  AlertListQuery,
  AlertListSchema,
  AlertSchema,
  AuditListSchema,
  AuditQuery,
  RegisterStatusSchema,
} from '../schemas/admin.js';
import { readRegisterStatus } from '../../app/register-status.js';
import { readStarStatus } from '../../app/star-inbox.js';
import { StarAdminStatusSchema } from '../schemas/star.js';
import { IdParams } from '../schemas/common.js';
import { KpiTargetsBody, KpiTargetsSchema } from '../schemas/kpi.js';
import { listAlertOutbox, retryDeadLetter } from '../../app/alert-admin.js';
import { StaffEmailClashListSchema } from '../schemas/staff.js';
import { listStaffEmailClashes, readAuditLog, setKpiTargets } from '../../app/admin.js';

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
          body.targets.map((t) => ({
            metric: t.metric,
            sectionId: t.sectionId ?? null,
            period: t.period,
            value: t.value,
          })),
        ),
      }),
    }),
    route({
      method: 'get',
      path: '/api/alerts',
      tag: TAG,
      summary: 'Vacancy alert deliveries by status; dead letters by default (admins only)',
      access: 'admin',
      query: AlertListQuery,
      response: AlertListSchema,
      handle: async ({ actor, query }) => ({ items: await listAlertOutbox(deps, actor, query) }),
    }),
    route({
      method: 'post',
      path: '/api/alerts/:id/retry',
      tag: TAG,
      summary: 'Send a dead-lettered vacancy alert again, with fresh attempts (admins only)',
      access: 'admin',
      params: IdParams,
      response: AlertSchema,
      handle: ({ actor, params }) => retryDeadLetter(deps, actor, params.id),
    }),
    route({
      method: 'get',
      path: '/api/admin/staff/email-clashes',
      tag: TAG,
      summary:
        'Staff rows that share an email: different Entra users (a reused sign-in name), each with its own data (admins only)',
      access: 'admin',
      response: StaffEmailClashListSchema,
      handle: async ({ actor }) => ({ items: await listStaffEmailClashes(deps, actor) }),
    }),
    route({
      method: 'get',
      path: '/api/admin/register',
      tag: TAG,
      summary: "The CVR register sync's state and the notice an admin must see when it fails (admins only)",
      access: 'admin',
      response: RegisterStatusSchema,
      handle: ({ actor }) => readRegisterStatus(deps, actor),
    }),
    route({
      method: 'get',
      path: '/api/admin/star',
      tag: TAG,
      summary:
        "STAR's jobordre messages: whether they are taken here, and the inbox's counts and failures (admins only)",
      access: 'admin',
      response: StarAdminStatusSchema,
      handle: ({ actor }) => readStarStatus(deps, actor),
    }),
  ];
}
