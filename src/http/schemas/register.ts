/** Schemas of the CVR register lookups, creating a company from the register, and merging two companies. */
import { z } from 'zod';
import { normalizeCvr, parseCvr } from '../../domain/cvr.js';
import { redactCpr } from '../../domain/cpr.js';
import { Cvr, Id } from './common.js';
import { CompanySchema } from './companies.js';

const P_NUMBER = /^\d{10}$/;

/**
 * What the register can be asked: a CVR (8 digits, "DK" and spaces allowed), a P-number (10 digits)
 * or 2–100 characters of a name. Digits that are neither are refused rather than sent as a name.
 */
export const RegisterLookupQuery = z
  .object({
    q: z
      .string()
      .max(100)
      .transform((value, ctx) => {
        const q = value.trim();
        const digits = normalizeCvr(q) ?? q.replace(/[\s-]/g, '');
        if (/^\d+$/.test(digits)) {
          if (digits.length === 8 && parseCvr(digits)) return digits;
          if (P_NUMBER.test(digits)) return digits;
          ctx.addIssue({ code: 'custom', message: 'a CVR number is 8 digits (modulus 11), a P-number 10 digits' });
          return z.NEVER;
        }
        // A CPR number inside a name is no name: it never leaves for the register.
        const name = redactCpr(q).trim();
        if (name.length < 2 || name.length > 100) {
          ctx.addIssue({ code: 'custom', message: 'a name search needs 2 to 100 characters' });
          return z.NEVER;
        }
        return name;
      }),
  })
  .strict();

export const RegisterHitSchema = z.object({
  cvr: z.string(),
  name: z.string(),
  address: z
    .object({ street: z.string().nullable(), postcode: z.string().nullable(), city: z.string().nullable() })
    .nullable(),
  status: z.string().describe("The register's status text as given (NORMAL, UNDER KONKURS, …)"),
  legalForm: z.string().nullable(),
  pUnits: z.number().int().describe('Production units of the legal unit, active or not, anywhere'),
  pUnitsHere: z.number().int().describe('Active production units in the municipality'),
  advertisingProtected: z.boolean(),
  companyId: Id.nullable().describe('The Kontaktspor company with this CVR, when there is one'),
});
export const RegisterHitListSchema = z.object({ items: z.array(RegisterHitSchema) });

export const FromRegisterBody = z.object({ cvr: Cvr }).strict();
export const FromRegisterSchema = z.object({
  company: CompanySchema,
  change: z
    .enum(['created', 'updated'])
    .describe('updated: a company created by hand had one of its P-numbers and now carries its CVR'),
});

export const MergeBody = z.object({ mergedId: Id }).strict();
export const MergeResultSchema = z.object({
  survivor: CompanySchema,
  moved: z.object({
    interactions: z.number().int(),
    contacts: z.number().int(),
    vacancies: z.number().int(),
    domains: z.number().int(),
    pUnits: z.number().int(),
  }),
});
