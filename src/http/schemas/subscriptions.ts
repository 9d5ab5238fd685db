/** Schemas of a channel's vacancy-alert subscriptions. */
import { z } from 'zod';
import { Id, text, Timestamp, Topic } from './common.js';

const FilterList = (item: z.ZodType<string>) => z.array(item).max(50).default([]);
export const SubscriptionQuery = z.object({ conversationId: z.string().trim().min(1).max(500).optional() }).strict();
export const CreateSubscriptionBody = z
  .object({
    conversationId: z.string().trim().min(1).max(500),
    topics: FilterList(Topic),
    industryPrefixes: FilterList(
      z
        .string()
        .trim()
        .regex(/^\d{2,6}$/, 'a DB07 prefix is 2 to 6 digits'),
    ),
    postcodes: FilterList(
      z
        .string()
        .trim()
        .regex(/^\d{4}$/, 'a Danish postcode is 4 digits'),
    ),
    keywords: FilterList(text(60).min(2)),
  })
  .strict();
export const SubscriptionSchema = z.object({
  id: Id,
  conversationId: z.string(),
  topics: z.array(z.string()),
  industryPrefixes: z.array(z.string()),
  postcodes: z.array(z.string()),
  keywords: z.array(z.string()),
  createdBy: Id,
  createdAt: Timestamp,
});
export const SubscriptionListSchema = z.object({ items: z.array(SubscriptionSchema) });
