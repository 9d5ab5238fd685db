/**
 * The API contract's shapes, one file per resource under schemas/; this index re-exports them so the
 * front ends import their types from one place. Requests are strict (unknown fields are refused); the
 * same schemas generate /api/openapi.json.
 */
export {
  Cvr,
  DeletedSchema,
  Domain,
  EARLIEST_INSTANT,
  Email,
  ErrorSchema,
  Id,
  IdParams,
  IsoDate,
  LATEST_INSTANT,
  Limit,
  PNumber,
  Topic,
  VacancyStatusSchema,
  VisibilitySchema,
} from './schemas/common.js';
export * from './schemas/admin.js';
export * from './schemas/companies.js';
export * from './schemas/contacts.js';
export * from './schemas/directory.js';
export * from './schemas/interactions.js';
export * from './schemas/kpi.js';
export * from './schemas/outlook.js';
export * from './schemas/privacy.js';
export * from './schemas/shared-mailboxes.js';
export * from './schemas/register.js';
export * from './schemas/staff.js';
export * from './schemas/subscriptions.js';
export * from './schemas/tagging.js';
export * from './schemas/vacancies.js';
