/**
 * STAR's WSB message (issue 17) as our endpoint takes it: strictly the fields STAR's pages name,
 * bounded, guid ids, Jobordre only. Parsing yields the domain's JobordreMessage; anything else is
 * a 400 VALIDATION_FAILED naming the field, so STAR's operator sees what we refused.
 */
import { z } from 'zod';
import { JOBORDRE_ENTITY_ID, JOBORDRE_ENTITY_NAME, type JobordreMessage } from '../../domain/jobordre.js';
import { AENDRINGSTYPE, IDENTIFIKATIONSTYPE_IDENTIFIER } from '../../adapters/star/star-documents.js';
import { Timestamp } from './common.js';

const Guid = z.guid().describe('A guid');

export const WsbMessageBody = z
  .object({
    beskedIdentifier: Guid.describe("STAR's id of this message; a redelivery carries the same"),
    entitetNavn: z.literal(JOBORDRE_ENTITY_NAME, { error: 'only Jobordre messages are taken here' }),
    entitetId: z.literal(JOBORDRE_ENTITY_ID, { error: `only entity ${JOBORDRE_ENTITY_ID} (Jobordre) is taken here` }),
    eksternIdentifier: Guid.describe('The jobordreIdentifier'),
    versionIdentifier: z.string().min(1).max(100),
    identifikationstypeId: z.literal(IDENTIFIKATIONSTYPE_IDENTIFIER),
    aendringstypeId: z.union([z.literal(AENDRINGSTYPE.oprettelse), z.literal(AENDRINGSTYPE.opdatering)], {
      error: 'Oprettelse (1) or Opdatering (2)',
    }),
    haendelsestidspunkt: z.iso.datetime({ offset: true }).describe('When the change happened in DFDG (ISO 8601)'),
  })
  .strict()
  .transform((message): JobordreMessage => ({
    messageId: message.beskedIdentifier.toLowerCase(),
    jobordreId: message.eksternIdentifier.toLowerCase(),
    changeType: message.aendringstypeId === AENDRINGSTYPE.oprettelse ? 'create' : 'update',
    occurredAt: new Date(message.haendelsestidspunkt),
  }));

export const StarAcceptedSchema = z.object({
  id: z.guid().describe('Our id of the stored message'),
  duplicate: z.boolean().describe('True when STAR delivered this message before; it is stored once'),
});

export const StarInboxStatusSchema = z.object({
  queued: z.number().int(),
  done: z.number().int(),
  skipped: z.number().int().describe('Older than the vacancy, another municipality, or a company nobody knows'),
  dead: z.number().int().describe('Gave up: STAR refused or answered something that is not a jobordre'),
  oldestQueuedAt: Timestamp.nullable(),
  lastReceivedAt: Timestamp.nullable(),
  recentFailures: z.array(
    z.object({ jobordreId: z.string(), errorCode: z.string(), attempts: z.number().int(), at: Timestamp }),
  ),
});

export const StarAdminStatusSchema = z.object({
  configured: z.boolean().describe("Whether STAR's messages are taken by this installation"),
  inbox: StarInboxStatusSchema.nullable(),
});
