import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { IdParams } from '../schemas/common.js';
import {
  CompanyDetailSchema,
  CompanyListSchema,
  CompanySchema,
  CompanySearchQuery,
  CreateCompanyBody,
  PatchCompanyBody,
} from '../schemas/companies.js';
import { HistoryPageSchema, InteractionViewSchema, ManualContactBody, TimelineQuery } from '../schemas/interactions.js';
import { vacancyViews } from '../vacancy-view.js';
import { searchCompanies } from '../../app/search-companies.js';
import { createCompany, updateCompany } from '../../app/edit-company.js';
import { getCompanyWithContext } from '../../app/company-context.js';
import { getCompanyHistory } from '../../app/company-history.js';
import { logManualContact } from '../../app/log-manual-contact.js';
import type { CompanyInput } from '../../app/edit-company.js';
import type { CompanyPatch } from '../../ports/store.js';

const TAG = 'Companies';

export function companyRoutes(deps: AppDeps) {
  const { withContext } = vacancyViews(deps.jobnetJobordreUrl);
  return [
    route({
      method: 'get',
      path: '/api/companies',
      tag: TAG,
      summary: 'Search companies by name (prefix, fuzzy, æøå), CVR, P-number or domain',
      query: CompanySearchQuery,
      response: CompanyListSchema,
      handle: ({ actor, query }) => searchCompanies(deps, actor, query),
    }),
    route({
      method: 'post',
      path: '/api/companies',
      tag: TAG,
      summary: 'Register a company',
      body: CreateCompanyBody,
      errors: ['CONFLICT'],
      status: 201,
      response: CompanySchema,
      handle: ({ actor, body }) => createCompany(deps, actor, withNulls(body)),
    }),
    route({
      method: 'get',
      path: '/api/companies/:id',
      tag: TAG,
      summary: 'A company with its service context',
      params: IdParams,
      response: CompanyDetailSchema,
      handle: async ({ actor, params }) => {
        const { company, context } = await getCompanyWithContext(deps, actor, params.id);
        return { company, context: withContext(context) };
      },
    }),
    route({
      method: 'patch',
      path: '/api/companies/:id',
      tag: TAG,
      summary: 'Change a company (domains replace the list)',
      params: IdParams,
      body: PatchCompanyBody,
      errors: ['CONFLICT'],
      response: CompanySchema,
      handle: ({ actor, params, body }) => updateCompany(deps, actor, params.id, body as CompanyPatch),
    }),
    route({
      method: 'get',
      path: '/api/companies/:id/interactions',
      tag: TAG,
      summary: "A company's timeline, newest first, keyset-paged, with filters",
      params: IdParams,
      query: TimelineQuery,
      response: HistoryPageSchema,
      errors: ['INVALID_CURSOR'],
      handle: ({ actor, params, query }) =>
        getCompanyHistory(deps, actor, params.id, {
          cursor: query.cursor,
          limit: query.limit,
          filter: {
            ...(query.kind && { kinds: query.kind }),
            ...(query.topic && { topics: query.topic }),
            ...(query.staff && { staffId: query.staff }),
            ...(query.section && { sectionId: query.section }),
            ...(query.from && { from: query.from }),
            ...(query.to && { to: query.to }),
          },
        }),
    }),
    route({
      method: 'post',
      path: '/api/companies/:id/interactions',
      tag: TAG,
      summary: 'Log a call, visit or note by hand',
      params: IdParams,
      body: ManualContactBody,
      status: 201,
      response: InteractionViewSchema,
      handle: ({ actor, params, body }) => logManualContact(deps, actor, params.id, body),
    }),
  ];
}

function withNulls(body: ReturnType<typeof CreateCompanyBody.parse>): CompanyInput {
  return {
    ...body,
    cvr: body.cvr ?? null,
    address: body.address ?? null,
    postcode: body.postcode ?? null,
    city: body.city ?? null,
    industryCode: body.industryCode ?? null,
    employeeBand: body.employeeBand ?? null,
    responsibleStaffId: body.responsibleStaffId ?? null,
  };
}
