import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { IdParams } from '../schemas/common.js';
import {
  CreateVacancyBody,
  TransitionBody,
  VacancyListSchema,
  VacancyQuery,
  VacancySchema,
} from '../schemas/vacancies.js';
import { vacancyViews } from '../vacancy-view.js';
import { createVacancy, listVacancies, transitionVacancy } from '../../app/vacancies.js';
import { CLOSED_STATUSES, OPEN_STATUSES, type VacancyStatus } from '../../domain/vacancy-lifecycle.js';

const TAG = 'Vacancies';

export function vacancyRoutes(deps: AppDeps) {
  const { view } = vacancyViews(deps.jobnetJobordreUrl);
  return [
    route({
      method: 'get',
      path: '/api/vacancies',
      tag: TAG,
      summary: 'Vacancies (jobordrer) by status ("open", "closed" or a lifecycle status), section or company',
      query: VacancyQuery,
      response: VacancyListSchema,
      handle: async ({ actor, query }) => ({
        items: (
          await listVacancies(deps, actor, {
            limit: query.limit,
            statuses: query.status && expandStatuses(query.status),
            sectionId: query.section,
            companyId: query.companyId,
          })
        ).map(view),
      }),
    }),
    route({
      method: 'post',
      path: '/api/vacancies',
      tag: TAG,
      summary: "Register an employer's vacancy (status received)",
      body: CreateVacancyBody,
      status: 201,
      errors: ['NOT_FOUND'],
      response: VacancySchema,
      handle: async ({ actor, body }) => view(await createVacancy(deps, actor, body)),
    }),
    route({
      method: 'post',
      path: '/api/vacancies/:id/transition',
      tag: TAG,
      summary: 'Move a vacancy along its lifecycle; illegal transitions are refused',
      params: IdParams,
      body: TransitionBody,
      response: VacancySchema,
      errors: ['ILLEGAL_TRANSITION'],
      handle: async ({ actor, params, body }) => view(await transitionVacancy(deps, actor, params.id, body)),
    }),
  ];
}

function expandStatuses(statuses: readonly string[]): VacancyStatus[] {
  return [
    ...new Set(
      statuses.flatMap((status) =>
        status === 'open' ? OPEN_STATUSES : status === 'closed' ? CLOSED_STATUSES : [status as VacancyStatus],
      ),
    ),
  ];
}
