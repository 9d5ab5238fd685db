/** Schemas of the directory: who I am, the tenant's topics, staff and sections. */
import { z } from 'zod';
import { Id } from './common.js';

export const MeSchema = z.object({
  tenantId: z.string(),
  id: Id,
  name: z.string(),
  email: z.string(),
  section: z.object({ id: z.string(), name: z.string() }).nullable(),
  isAdmin: z.boolean(),
  mode: z.enum(['demo', 'production']),
});
export const TopicsSchema = z.object({
  items: z.array(z.object({ key: z.string(), da: z.string(), en: z.string(), cooperation: z.boolean() })),
});
export const SectionsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const StaffListSchema = z.object({
  items: z.array(
    z.object({ id: Id, name: z.string(), email: z.string(), sectionId: z.string().nullable(), isAdmin: z.boolean() }),
  ),
});
