import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { buildAttachment, buildEvent } from '../../src/demo/emulators/graph-emulator.js';
import type { MailboxAccess } from '../../src/ports/mail-source.js';
import { startProductionIdentity } from '../support/identity-harness.js';

const TENANT = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/graph/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Meetings read through the real Graph client from the emulator: what the mapper is fed, and what the adapter logs. */
describe('Graph gateway: reading meetings', function () {
  let store: KyselyStore;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let access: MailboxAccess;
  const logLines: Record<string, unknown>[] = [];
  const user = {
    id: randomUUID(),
    userPrincipalName: 'ida.berg@roskilde.dk',
    mail: 'ida.berg@roskilde.dk',
    displayName: 'Ida Berg',
    department: null,
  };

  // A referenceAttachment as Microsoft documents it (flagged inline), without its response envelope.
  const { '@odata.context': _context, ...cloudFile } = fixture<Record<string, unknown>>('attachment-reference');
  const withAttachments = buildEvent({
    subject: 'Opfølgning på praktikforløb',
    attachments: [
      buildAttachment({
        name: 'Dagsorden.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
      buildAttachment({ name: 'image001.png', contentType: 'image/png', isInline: true }),
      cloudFile as MicrosoftGraph.Attachment,
    ],
  });
  const cancelled = buildEvent({ subject: 'Aflyst: Virksomhedsbesøg', isCancelled: true });
  const unknownZone = buildEvent({
    subject: 'Messe',
    isAllDay: false,
    originalStartTimeZone: 'Mars Standard Time',
    originalEndTimeZone: 'Mars Standard Time',
  });

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    harness = await startProductionIdentity({ store, tenantId: TENANT, logger: pino({ level: 'warn' }, sink) });
    harness.emulators.graph.addMailbox(user, { events: [withAttachments, cancelled, unknownZone] });
    const assertion = await harness.tokenFor({ oid: user.id, name: user.displayName, email: user.mail });
    access = { kind: 'user', tenantId: TENANT, assertion };
  });
  after(async () => {
    await harness?.close();
    await store?.close();
  });

  it('when a meeting has files, an inline image and a cloud file attached, then their names are read, the inline image left out', async () => {
    const meeting = await harness.mailSource.getEvent(access, withAttachments.id!);

    assert.deepEqual(meeting.attachmentNames, ['Dagsorden.docx', 'Sales Invoice Template.docx']);
    const request = harness.emulators.graph.requests
      .filter((r) => r.method === 'GET' && r.path.includes('/events/'))
      .at(-1)!;
    assert.equal(request.query['$expand'], 'attachments($select=name,isInline)', 'names only, never the content');
  });

  it('when the organiser cancelled the meeting, then the item says so', async () => {
    assert.equal((await harness.mailSource.getEvent(access, cancelled.id!)).isCancelled, true);
    assert.equal((await harness.mailSource.getEvent(access, withAttachments.id!)).isCancelled, false);
  });

  it('when a meeting names a time zone no table knows, then a warning names the zone and nothing of the meeting', async () => {
    logLines.length = 0;
    const meeting = await harness.mailSource.getEvent(access, unknownZone.id!);

    assert.equal(meeting.subject, 'Messe');
    const warnings = logLines.filter((line) => line['timeZone'] !== undefined);
    assert.equal(warnings.length, 1, JSON.stringify(logLines));
    assert.equal(warnings[0]?.['timeZone'], 'Mars Standard Time');
    assert.doesNotMatch(JSON.stringify(warnings), /Messe|ida\.berg/);
  });
});
