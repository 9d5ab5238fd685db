/** Schemas of a company's contact persons. */
import { z } from 'zod';
import { containsCpr } from '../../domain/cpr.js';
import { Id, optionalText } from './common.js';

export const RememberContactBody = z
  .object({
    email: z.string().max(320),
    name: optionalText(200),
    // A date-shaped 10-digit number is not a Danish phone number but may well be a CPR number: refused.
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d ]{8,16}$/, 'a phone number')
      .refine((value) => !containsCpr(value), 'a phone number')
      .nullable()
      .optional(),
    title: optionalText(100),
  })
  .strict();
/** A contact person as the API shows one. */
export const ContactPersonSchema = z.object({
  id: Id,
  companyId: Id,
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
});
export const ContactListSchema = z.object({ items: z.array(ContactPersonSchema) });
export const ContactSchema = z.object({
  contact: ContactPersonSchema,
  movedFrom: Id.nullable(),
});
