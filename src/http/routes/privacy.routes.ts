import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { DeletedSchema, IdParams } from '../schemas/common.js';
import {
  CompanyExportSchema,
  DataSubjectBody,
  DataSubjectExportSchema,
  EraseDataSubjectBody,
  ErasureResultSchema,
  NeverLogBody,
  NeverLogEntrySchema,
  NeverLogListSchema,
  PrivacySettingsBody,
  PrivacySettingsSchema,
  PurgeBody,
  PurgeResultSchema,
} from '../schemas/privacy.js';
import { readPrivacySettings, updatePrivacySettings } from '../../app/privacy-settings.js';
import { addNeverLog, listNeverLog, purgeNeverLog, removeNeverLog } from '../../app/never-log.js';
import { eraseDataSubject, exportDataSubject } from '../../app/data-subject.js';
import { exportCompanyHistory } from '../../app/company-export.js';
import type { NeverLogScope } from '../../domain/never-log.js';

const TAG = 'Privacy';

/** Privacy settings, never-log lists, data-subject requests and the company history export. */
export function privacyRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/companies/:id/export',
      tag: TAG,
      summary: "A company's whole history as JSON, each contact cut to what the caller may see (audited)",
      params: IdParams,
      response: CompanyExportSchema,
      handle: ({ actor, params }) => exportCompanyHistory(deps, actor, params.id),
    }),
    route({
      method: 'get',
      path: '/api/admin/privacy-settings',
      tag: TAG,
      summary: 'When text decays and rows are deleted (admins only)',
      access: 'admin',
      response: PrivacySettingsSchema,
      handle: ({ actor }) => readPrivacySettings(deps, actor),
    }),
    route({
      method: 'put',
      path: '/api/admin/privacy-settings',
      tag: TAG,
      summary: 'Set when text decays and rows are deleted (admins only; audited)',
      access: 'admin',
      body: PrivacySettingsBody,
      response: PrivacySettingsSchema,
      handle: ({ actor, body }) => updatePrivacySettings(deps, actor, body),
    }),
    ...neverLogRoutes(deps, 'user', '/api/me/never-log', 'user'),
    ...neverLogRoutes(deps, 'tenant', '/api/admin/never-log', 'admin'),
    route({
      method: 'post',
      path: '/api/admin/data-subjects/export',
      tag: TAG,
      summary: 'Everything stored about a contact person, by address (admins only; audited)',
      access: 'admin',
      body: DataSubjectBody,
      response: DataSubjectExportSchema,
      handle: ({ actor, body }) => exportDataSubject(deps, actor, body),
    }),
    route({
      method: 'post',
      path: '/api/admin/data-subjects/erase',
      tag: TAG,
      summary:
        'Erase a contact person: contact rows, participant entries, and their name and address in all stored text (admins only; audited)',
      access: 'admin',
      body: EraseDataSubjectBody,
      response: ErasureResultSchema,
      handle: ({ actor, body }) => eraseDataSubject(deps, actor, body),
    }),
  ];
}

function neverLogRoutes(deps: AppDeps, scope: NeverLogScope, base: string, access: 'user' | 'admin') {
  const whose = scope === 'user' ? "the caller's own" : "the jobcenter's (admins only)";
  return [
    route({
      method: 'get',
      path: base,
      tag: TAG,
      summary: `Addresses and domains never logged: ${whose} list`,
      access,
      response: NeverLogListSchema,
      handle: async ({ actor }) => ({ items: await listNeverLog(deps, actor, scope) }),
    }),
    route({
      method: 'post',
      path: base,
      tag: TAG,
      summary: `Add an address or domain to ${whose} never-log list`,
      access,
      body: NeverLogBody,
      status: 201,
      errors: ['CONFLICT'],
      response: NeverLogEntrySchema,
      handle: ({ actor, body }) => addNeverLog(deps, actor, scope, body.value),
    }),
    route({
      method: 'delete',
      path: `${base}/:id`,
      tag: TAG,
      summary: `Remove an entry from ${whose} never-log list`,
      access,
      params: IdParams,
      response: DeletedSchema,
      handle: ({ actor, params }) => removeNeverLog(deps, actor, scope, params.id),
    }),
    route({
      method: 'post',
      path: `${base}/purge`,
      tag: TAG,
      summary: `Delete what is already stored that ${whose} list covers: counts only unless confirm is true (audited)`,
      access,
      body: PurgeBody,
      response: PurgeResultSchema,
      handle: ({ actor, body }) => purgeNeverLog(deps, actor, scope, body),
    }),
  ];
}
