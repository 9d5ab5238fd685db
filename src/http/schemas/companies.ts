/** Schemas of the companies API: search, the register's fields, a company with its service context. */
import { z } from 'zod';
import { Cvr, Domain, Id, Limit, optionalText, PNumber, text, Timestamp } from './common.js';
import { InteractionViewSchema } from './interactions.js';
import { VacancySchema } from './vacancies.js';

// Not redacted: a P-number can look exactly like a CPR number, and searching by it must work (the audit keeps q redacted).
export const CompanySearchQuery = z
  .object({ q: z.string().trim().max(200).optional(), limit: Limit(100, 20) })
  .strict();

const companyFields = {
  name: text(200).min(1),
  pNumbers: z.array(PNumber).max(200),
  address: optionalText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'a Danish postcode is 4 digits')
    .nullable()
    .optional(),
  city: optionalText(100),
  industryCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'a DB07 code is 6 digits')
    .nullable()
    .optional(),
  employeeBand: z.enum(['1-9', '10-49', '50-249', '250+']).nullable().optional(),
  blockade: z.boolean(),
  doNotContact: z.boolean(),
  responsibleStaffId: Id.nullable().optional(),
  domains: z.array(Domain).max(50),
};

export const CreateCompanyBody = z
  .object({
    ...companyFields,
    cvr: Cvr.nullable().optional(),
    pNumbers: companyFields.pNumbers.default([]),
    blockade: companyFields.blockade.default(false),
    doNotContact: companyFields.doNotContact.default(false),
    domains: companyFields.domains.default([]),
  })
  .strict();

export const PatchCompanyBody = z
  .object({ ...companyFields, cvr: Cvr.nullable() })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
const RegisterStatusField = z
  .string()
  .nullable()
  .describe("The CVR register's status text; null for a company not from the register");
export const CompanySummarySchema = z.object({
  id: Id,
  cvr: z.string().nullable(),
  name: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  blockade: z.boolean(),
  doNotContact: z.boolean(),
  registerStatus: RegisterStatusField,
});
const RegisterPeriodSchema = z.object({ from: z.string().nullable(), to: z.string().nullable() });
const RegisterAddressSchema = z.object({
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  countryCode: z.string().nullable(),
});
export const RegisterFactsSchema = z.object({
  status: z.string(),
  legalForm: z.string().nullable(),
  industryText: z.string().nullable(),
  employeeInterval: z.string().nullable(),
  advertisingProtected: z.boolean(),
  nameHistory: z.array(z.object({ name: z.string(), period: RegisterPeriodSchema })),
  addressHistory: z.array(z.object({ address: RegisterAddressSchema, period: RegisterPeriodSchema })),
  lastUpdated: z.string(),
  syncedAt: Timestamp,
  pUnits: z.array(
    z.object({
      pNumber: z.string(),
      name: z.string().nullable(),
      address: z.string().nullable(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      active: z.boolean(),
      inMunicipality: z.boolean(),
    }),
  ),
});
export const CompanySchema = CompanySummarySchema.extend({
  pNumbers: z.array(z.string()),
  address: z.string().nullable(),
  industryCode: z.string().nullable(),
  employeeBand: z.string().nullable(),
  responsibleStaffId: Id.nullable(),
  domains: z.array(z.string()),
  register: RegisterFactsSchema.nullable().describe('What the CVR register says; null when never read from it'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const ServiceContextSchema = z.object({
  responsible: z.object({ id: Id, name: z.string(), email: z.string(), sectionId: z.string().nullable() }).nullable(),
  flags: z.object({
    blockade: z.boolean(),
    doNotContact: z.boolean(),
    registerStatus: RegisterStatusField,
  }),
  openVacancies: z.array(VacancySchema),
  lastContacts: z.array(InteractionViewSchema),
  topicCounts: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  recentColleagueContacts: z.array(
    z.object({
      staffId: Id,
      name: z.string().nullable(),
      sectionId: z.string().nullable(),
      sectionName: z.string().nullable(),
      occurredAt: Timestamp,
      kind: z.enum(['email', 'meeting', 'call', 'visit', 'note']),
      topics: z.array(z.string()),
    }),
  ),
});
export const CompanyDetailSchema = z.object({ company: CompanySchema, context: ServiceContextSchema });
export const CompanyListSchema = z.object({
  mode: z.enum(['all', 'cvr', 'p-number', 'domain', 'name']),
  items: z.array(CompanySummarySchema),
});
