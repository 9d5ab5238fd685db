/**
 * Fields and shapes the resources' schemas share: ids, free text (a CPR number in it is redacted as it is
 * parsed), dates, limits, the error body.
 */
import { z } from 'zod';
import { parseCvr } from '../../domain/cvr.js';
import { normalizeEmail } from '../../domain/email-address.js';
import { redactCpr } from '../../domain/cpr.js';
import { VACANCY_STATUSES } from '../../domain/vacancy-lifecycle.js';
import { VISIBILITY_TIERS } from '../../domain/visibility.js';

export const Id = z.guid().describe('A UUID');
export const IdParams = z.object({ id: Id }).strict();

// Free text is stored and echoed: a CPR number in it is replaced as it is parsed, before any use case sees it.
// (overwrite keeps it a string schema, so .min() still applies, to the redacted text.)
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .overwrite((value) => redactCpr(value));
export const optionalText = (max: number) => text(max).nullable().optional();
export const listParam = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item).max(50)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

/** A string of at most `max` characters that `parse` turns into its normal form, or refuses (null) with `message`. */
function parsedString<T>(max: number, parse: (value: string) => T | null, message: string) {
  return z
    .string()
    .max(max)
    .transform((value, ctx) => {
      const parsed = parse(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed;
    });
}
export const Cvr = parsedString(20, parseCvr, 'not a valid CVR number (8 digits, modulus 11)');
export const PNumber = z
  .string()
  .trim()
  .regex(/^\d{10}$/, 'a P-number is 10 digits');
export const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/, 'not a domain name');
export const Email = parsedString(320, normalizeEmail, 'not an email address');
export const Topic = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .overwrite((value) => redactCpr(value));
export const VisibilitySchema = z.enum(VISIBILITY_TIERS);
export const VacancyStatusSchema = z.enum(VACANCY_STATUSES);
export const IsoDate = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date < '9000-01-01', 'a date between 1900 and 9000');
// Years the history can hold; outside them a date is a typo or an attack, and PostgreSQL refuses some.
export const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
export const LATEST_INSTANT = Date.UTC(9000, 0, 1);
export const Instant = z.coerce
  .date()
  .refine((date) => !Number.isNaN(date.getTime()), 'not a date')
  .refine(
    (date) => date.getTime() >= EARLIEST_INSTANT && date.getTime() < LATEST_INSTANT,
    'a date between 1900 and 9000',
  );
export const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const Timestamp = z.string().describe('ISO 8601 instant');
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** NEVER_LOG only: which list refused, and the address or domain it holds. */
    rule: z
      .object({ scope: z.enum(['tenant', 'user']), kind: z.enum(['address', 'domain']), value: z.string() })
      .optional()
      .describe('NEVER_LOG: the never-log rule that refused the capture'),
  }),
});
export const DeletedSchema = z.object({ removed: z.number().int() });
