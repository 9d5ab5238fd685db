/** Schemas of the vacancies API: listing, creating and moving a vacancy through its lifecycle. */
import { z } from 'zod';
import { JOBNET_STATUSES } from '../../domain/jobordre.js';
import { Id, IsoDate, Limit, listParam, optionalText, text, Timestamp, Topic, VacancyStatusSchema } from './common.js';

export const VacancyQuery = z
  .object({
    status: listParam(z.union([VacancyStatusSchema, z.enum(['open', 'closed'])])).optional(),
    section: text(60).optional(),
    companyId: Id.optional(),
    limit: Limit(200, 50),
  })
  .strict();

/** What a new vacancy says about itself: the tab's form and a vacancy logged with an Outlook item alike. */
export const VACANCY_FIELDS = {
  title: text(200).min(1),
  positions: z.number().int().min(1).max(10_000).default(1),
  deadline: IsoDate.nullable().optional(),
  location: optionalText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'a Danish postcode is 4 digits')
    .nullable()
    .optional(),
};

export const CreateVacancyBody = z
  .object({
    companyId: Id,
    ...VACANCY_FIELDS,
    topics: z.array(Topic).max(10).default([]),
    sectionId: text(60).nullable().optional(),
    interactionId: Id.nullable().optional(),
  })
  .strict();

export const TransitionBody = z.object({ to: VacancyStatusSchema, note: optionalText(1000) }).strict();
/** What Jobnet says of a vacancy that came from a jobordre (issue 17). */
export const JobnetFactsSchema = z.object({
  jobordreId: z.string(),
  version: Timestamp.describe('When the jobordre last changed in Jobnet'),
  status: z.enum(JOBNET_STATUSES),
  statusText: z.string().describe('Jobnet\'s own status text ("Afsluttet - besat")'),
  type: z.object({ code: z.string(), label: z.string(), specialTerms: z.boolean() }),
  occupation: z.object({ code: z.string(), label: z.string() }).nullable(),
  workAddress: z
    .object({
      street: z.string().nullable(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      municipalityCode: z.string().nullable(),
    })
    .nullable(),
});

export const VacancySchema = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string().optional(),
  title: z.string(),
  positions: z.number().int(),
  deadline: z.string().nullable(),
  location: z.string().nullable(),
  postcode: z.string().nullable(),
  topics: z.array(z.string()),
  status: VacancyStatusSchema,
  claimedBy: Id.nullable(),
  sectionId: z.string().nullable(),
  interactionId: Id.nullable(),
  /** Null when the vacancy came from Jobnet. */
  createdBy: Id.nullable(),
  jobnet: JobnetFactsSchema.nullable().describe('Null for a vacancy staff registered'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const VacancyListSchema = z.object({ items: z.array(VacancySchema) });
