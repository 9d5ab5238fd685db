import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { KpiQuery, KpiSchema } from '../schemas/kpi.js';
import { strategyKpis } from '../../app/strategy-kpis.js';
import { DomainError } from '../../domain/errors.js';

const DAY = 86_400_000;
const MAX_DAYS = 366 * 5;

export function kpiRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/kpi',
      tag: 'Strategy',
      summary:
        "The strategy's metrics for a period (dates inclusive; default: this year so far), per month and section",
      query: KpiQuery,
      response: KpiSchema,
      handle: ({ actor, query }) => {
        const today = deps.clock.now();
        const from = query.from
          ? new Date(`${query.from}T00:00:00Z`)
          : new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
        const lastDay = query.to ? new Date(`${query.to}T00:00:00Z`) : startOfUtcDay(today);
        const to = new Date(lastDay.getTime() + DAY);
        if (to <= from) throw new DomainError('VALIDATION_FAILED', 'to: must not be before from');
        if (to.getTime() - from.getTime() > MAX_DAYS * DAY)
          throw new DomainError('VALIDATION_FAILED', 'to: a period spans at most 5 years');
        return strategyKpis(deps, actor, { from, to, sectionId: query.section ?? null });
      },
    }),
  ];
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
