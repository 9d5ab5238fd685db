/** Schemas of the staff-identity API: staff rows that share an email, for the administration page. */
import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const StaffIdentitySchema = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  entraOid: z.string().nullable().describe('The Entra object id; null until the person first signs in'),
  sectionId: z.string().nullable(),
  createdAt: Timestamp,
});

export const StaffEmailClashListSchema = z.object({
  items: z.array(
    z.object({
      email: z.string(),
      staff: z.array(StaffIdentitySchema).describe('Oldest row first; each is a different person (tenant + object id)'),
    }),
  ),
});
