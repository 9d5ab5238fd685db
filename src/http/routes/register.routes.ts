import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { IdParams } from '../schemas/common.js';
import {
  FromRegisterBody,
  FromRegisterSchema,
  MergeBody,
  MergeResultSchema,
  RegisterHitListSchema,
  RegisterLookupQuery,
} from '../schemas/register.js';
import { createCompanyFromRegister, registerLookup } from '../../app/register-companies.js';
import { mergeCompanies } from '../../app/merge-companies.js';

const TAG = 'Companies';

/** The CVR register (issue 16): looking companies up, creating one from it, merging two into one. */
export function registerRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/register/companies',
      tag: TAG,
      summary: 'Look a company up in the CVR register by CVR, P-number or name; hits we have carry our id',
      query: RegisterLookupQuery,
      response: RegisterHitListSchema,
      errors: ['REGISTER_UNAVAILABLE', 'REGISTER_NOT_CONFIGURED'],
      handle: ({ actor, query }) => registerLookup(deps, actor, query.q),
    }),
    route({
      method: 'post',
      path: '/api/companies/from-register',
      tag: TAG,
      summary: 'Create the company the CVR register knows by this CVR, with its P-units and domains',
      body: FromRegisterBody,
      statusOf: (result: { change: string }) => (result.change === 'created' ? 201 : 200),
      statusesOf: [201, 200],
      response: FromRegisterSchema,
      errors: ['CONFLICT', 'NOT_FOUND', 'REGISTER_UNAVAILABLE', 'REGISTER_NOT_CONFIGURED'],
      handle: ({ actor, body }) => createCompanyFromRegister(deps, actor, body.cvr),
    }),
    route({
      method: 'post',
      path: '/api/companies/:id/merge',
      tag: TAG,
      summary:
        'Merge another company into this one (admins only): its history, contact persons, vacancies, domains and ' +
        'P-units move here, and its id keeps opening this company',
      access: 'admin',
      params: IdParams,
      body: MergeBody,
      response: MergeResultSchema,
      errors: ['CONFLICT'],
      handle: ({ actor, params, body }) => mergeCompanies(deps, actor, params.id, body.mergedId),
    }),
  ];
}
