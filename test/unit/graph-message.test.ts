import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { mapGraphMessage } from '../../src/adapters/graph/map-message.js';
import { emailSourceKey } from '../../src/domain/source-key.js';
import type { Participant } from '../../src/domain/model.js';

function fixture(name: string): MicrosoftGraph.Message {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/graph/${name}.json`, import.meta.url), 'utf8'),
  ) as MicrosoftGraph.Message;
}

function attachment(name: string): MicrosoftGraph.Attachment {
  return fixture(name) as MicrosoftGraph.Attachment;
}

const OPTIONS = { ownDomains: ['fjordby.dk'] } as const;
const TAG = /<[a-z!/?]/i;

function recipient(name: string, address: string): MicrosoftGraph.Recipient {
  return { emailAddress: { name, address } };
}

function byRole(participants: Participant[], role: Participant['role']): Participant[] {
  return participants.filter((p) => p.role === role);
}

describe('mapGraphMessage', () => {
  it('when a company answers with an Outlook reply, then it is an inbound email keyed on its internetMessageId without the quoted history', () => {
    const message = fixture('message-received-reply');
    const item = mapGraphMessage(message, OPTIONS);

    assert.equal(item.kind, 'email');
    assert.equal(item.graphId, message.id);
    assert.equal(
      item.internetMessageId,
      '<DB9PR10MB71245C2E0F4A1B93D8E6A21CF95A2@DB9PR10MB7124.EURPRD10.PROD.OUTLOOK.COM>',
    );
    assert.equal(item.sourceKey, 'msg:db9pr10mb71245c2e0f4a1b93d8e6a21cf95a2@db9pr10mb7124.eurprd10.prod.outlook.com');
    assert.equal(item.iCalUId, null);
    assert.equal(item.occurredAt.toISOString(), '2026-03-03T08:47:12.000Z');
    assert.equal(item.endsAt, null);
    assert.equal(item.isAllDay, false);
    assert.equal(item.subject, 'SV: Praktikpladser hos Nordlys VVS');
    assert.ok(item.excerpt?.startsWith('Hej Jens\nTak for en god snak i går.'));
    assert.ok(item.excerpt?.endsWith('Driftsleder | Nordlys VVS ApS\nTlf. 12 34 56 78 · www.nordlys-vvs.dk'));
    assert.doesNotMatch(item.excerpt ?? '', /Som aftalt|Fra:|Sendt:|virksomhedspraktik/);
    assert.deepEqual(item.attachmentNames, [], 'the inline signature logo is not an attachment');
    assert.deepEqual(item.participants, [
      { name: 'Mette Kjær', email: 'mette.kjaer@nordlys-vvs.dk', role: 'from', side: 'theirs' },
      { name: 'Jens Holm', email: 'jens.holm@fjordby.dk', role: 'to', side: 'ours' },
      { name: 'Anne Bech', email: 'anne.bech@jobcenter.fjordby.dk', role: 'cc', side: 'ours' },
      {
        name: 'Jobcenter Fjordby, Virksomhedsservice',
        email: 'virksomhedsservice@fjordby.dk',
        role: 'cc',
        side: 'ours',
      },
    ]);
    assert.equal(item.direction, 'inbound');
    assert.deepEqual(item.categories, ['Kontaktspor']);
    assert.equal(item.isDraft, false);
  });

  it("when the same message is read from two colleagues' mailboxes, then the Graph ids differ but the source key is the same", () => {
    const inJens = fixture('message-received-reply');
    const inAnne: MicrosoftGraph.Message = {
      ...fixture('message-received-reply'),
      id: 'AAMkAGM4ZTE2YjQ1LTQ2YjItNDQ0OS05NmUxLTc4ZWZiYTM5ZGY0NABGAAAAAAD1v0c3tJ2RR5pX4yE0qkLLBwCq0r2w5ZxTRqZ6l1nN8nSdAAAAAAEMAACq0r2w5ZxTRqZ6l1nN8nSdAAAN1l7fAAA=',
      parentFolderId:
        'AQMkAGM4ZTE2YjQ1LTQ2YjItNDQ0OS05NmUxLTc4ZWZiYTM5ZGY0NAAuAAAD9b9HN7SdkUeaV_MhNKpCywEAqtK9sOWcU0amepdZzfJ0nQAAAgEMAAAA',
      receivedDateTime: '2026-03-03T08:47:13Z',
      categories: [],
    };

    const a = mapGraphMessage(inJens, OPTIONS);
    const b = mapGraphMessage(inAnne, OPTIONS);

    assert.notEqual(a.graphId, b.graphId);
    assert.equal(a.sourceKey, b.sourceKey);
    assert.equal(a.sourceKey, emailSourceKey(inJens.internetMessageId ?? ''));
  });

  it('when a draft has no from, no sender and no internetMessageId, then it is keyed on its Graph id, dated by creation, with no direction', () => {
    const draft = fixture('message-draft');
    assert.equal(draft.from, undefined);
    assert.equal(draft.sender, null);

    const item = mapGraphMessage(draft, OPTIONS);

    assert.equal(item.isDraft, true);
    assert.equal(item.internetMessageId, null);
    assert.equal(item.sourceKey, `draft:${draft.id}`);
    assert.equal(item.occurredAt.toISOString(), '2026-03-04T09:15:02.000Z');
    assert.equal(item.direction, null);
    assert.deepEqual(item.participants, [
      { name: 'Lone Iversen', email: 'lone.iversen@groen-logistik.dk', role: 'to', side: 'theirs' },
    ]);
    assert.equal(
      item.excerpt,
      'Hej Lone\nJeg følger op på jobordren om tre lagermedarbejdere. Vi har to kandidater, der kan starte 1. april – skal vi aftale samtaler i næste uge?\nVenlig hilsen\nJens',
    );
  });

  it('when a timestamp has no zone designator, then it is read as UTC', () => {
    const item = mapGraphMessage(
      { ...fixture('message-draft'), createdDateTime: '2026-03-04T09:15:02.1234567' },
      OPTIONS,
    );
    assert.equal(item.occurredAt.toISOString(), '2026-03-04T09:15:02.123Z');
  });

  it('when receivedDateTime is missing, then sentDateTime dates the email', () => {
    const item = mapGraphMessage({ ...fixture('message-received-reply'), receivedDateTime: null }, OPTIONS);
    assert.equal(item.occurredAt.toISOString(), '2026-03-03T08:47:05.000Z');
  });

  it('when a message has 30 recipients with duplicates and an invalid address, then each person appears once per role and bcc is left out', () => {
    const message = fixture('message-many-recipients');
    assert.equal((message.toRecipients?.length ?? 0) + (message.ccRecipients?.length ?? 0), 30);

    const item = mapGraphMessage(message, OPTIONS);
    const to = byRole(item.participants, 'to');
    const cc = byRole(item.participants, 'cc');

    assert.deepEqual(byRole(item.participants, 'from'), [
      { name: 'Anne Bech', email: 'anne.bech@jobcenter.fjordby.dk', role: 'from', side: 'ours' },
    ]);
    assert.equal(to.length, 19, 'Peter Lund twice in To (different case) counts once');
    assert.equal(cc.length, 9, 'Jens Holm twice in Cc counts once');
    assert.equal(item.participants.length, 29);
    assert.equal(to.filter((p) => p.email === 'peter.lund@groen-logistik.dk').length, 1);
    assert.ok(
      to.some((p) => p.email === 'sara.holm@havnens-pakkeri.dk') &&
        cc.some((p) => p.email === 'sara.holm@havnens-pakkeri.dk'),
    );
    assert.ok(
      cc.some((p) => p.email === 'anne.bech@jobcenter.fjordby.dk'),
      'the sender copied to herself is also a cc',
    );
    assert.deepEqual(
      to.find((p) => p.name === 'Lars Vinther'),
      { name: 'Lars Vinther', email: null, role: 'to', side: 'theirs' },
    );
    assert.deepEqual(
      to.find((p) => p.email === 'info@kystens-catering.dk'),
      { name: null, email: 'info@kystens-catering.dk', role: 'to', side: 'theirs' },
    );
    assert.equal(
      cc.find((p) => p.email === 'dv@a-kasse-fjordby.dk')?.name,
      'Dorthe Vang',
      "Outlook's quotes around the name are dropped",
    );
    assert.ok(!item.participants.some((p) => p.email === 'arkiv@fjordby.dk'), 'bcc is not shared knowledge');
    assert.equal(item.direction, 'outbound');
  });

  it('when addresses resemble the own domain, then only the domain itself and its subdomains are ours', () => {
    const side = (email: string) =>
      mapGraphMessage(fixture('message-many-recipients'), OPTIONS).participants.find((p) => p.email === email)?.side;
    assert.equal(side('virksomhedsservice@fjordby.dk'), 'ours');
    assert.equal(side('ole.strand@jobcenter.fjordby.dk'), 'ours');
    assert.equal(side('kasper.moller@fjordby-erhverv.dk'), 'theirs');
    assert.equal(side('line.bak@aarhus.kommune.dk'), 'theirs', 'another municipality is not us');
    assert.equal(side('nadia.olsen@gmail.com'), 'theirs');
  });

  it('when files, a forwarded email and an inline image are attached, then the names of the attached items remain, without the inline image', () => {
    const message = fixture('message-many-recipients');
    assert.equal(message.attachments?.length, 4);

    const item = mapGraphMessage(message, OPTIONS);

    assert.deepEqual(item.attachmentNames, [
      'Program rekrutteringsdag 14. april.pdf',
      'Tilmelding - arbejdsgivere.docx',
      'VS: Lokaler og forplejning i Fjordby Hallen',
    ]);
  });

  it('when a cloud file is attached as a link (a referenceAttachment, which Graph flags inline), then its name is kept', () => {
    const reference = attachment('attachment-reference');
    assert.equal(reference.isInline, true, 'as Microsoft documents it');
    const message = fixture('message-many-recipients');
    const inlineImage = message.attachments?.find((a) => a.isInline === true);
    assert.ok(inlineImage, 'the fixture has an inline image');

    const item = mapGraphMessage(
      { ...message, attachments: [attachment('attachment-file'), reference, inlineImage] },
      OPTIONS,
    );

    assert.deepEqual(item.attachmentNames, ['Draft sales invoice template.docx', 'Sales Invoice Template.docx']);
  });

  it('when a subject is padded and categories repeat in another case, then the subject is trimmed and each category kept once', () => {
    const item = mapGraphMessage(fixture('message-many-recipients'), OPTIONS);
    assert.equal(item.subject, 'Invitation: Rekrutteringsdag for lager og logistik 14. april');
    assert.deepEqual(item.categories, ['Rekruttering', 'Kontaktspor']);
    assert.equal(mapGraphMessage({ ...fixture('message-draft'), subject: '  \u200B ' }, OPTIONS).subject, null);
  });

  it('when there are more than 100 recipients and 50 attachments, then participants stop at 100 and attachment names at 50', () => {
    const message: MicrosoftGraph.Message = {
      ...fixture('message-many-recipients'),
      toRecipients: Array.from({ length: 120 }, (_, i) => recipient(`Modtager ${i}`, `modtager${i}@groen-logistik.dk`)),
      ccRecipients: Array.from({ length: 30 }, (_, i) => recipient(`Kopi ${i}`, `kopi${i}@fjordby.dk`)),
      attachments: Array.from({ length: 60 }, (_, i) => ({ name: `Bilag ${i}.pdf`, isInline: false })),
    };

    const item = mapGraphMessage(message, OPTIONS);

    assert.equal(item.participants.length, 100);
    assert.equal(item.participants[0]?.role, 'from');
    assert.equal(byRole(item.participants, 'cc').length, 0);
    assert.equal(item.attachmentNames.length, 50);
    assert.equal(item.attachmentNames[49], 'Bilag 49.pdf');
  });

  it('when subject, body and sender name carry script, img onerror and javascript: payloads, then they come out as inert text', () => {
    const item = mapGraphMessage(fixture('message-hostile'), OPTIONS);

    assert.doesNotMatch(item.excerpt ?? '', TAG);
    assert.doesNotMatch(item.excerpt ?? '', /javascript:|onerror|alert/i);
    assert.ok(item.excerpt?.startsWith('Hej Jobcenter\nVi søger 5 lagermedarbejdere. Læs mere her eller klik.'));
    // Subject and names are plain text in Graph: kept verbatim as text (the UI renders text, never
    // HTML), minus the characters that would make the display lie.
    assert.equal(item.subject, 'Ansøgning <script>alert(1)</script> se vedhæftede');
    assert.equal(item.participants[0]?.name, '<img src=x onerror=alert(1)> Kim Jensen');
    assert.deepEqual(
      item.attachmentNames,
      ['Kontrakt_fdp.exe'],
      'a right-to-left override would have shown "Kontrakt_exe.pdf"',
    );
    assert.equal(item.direction, 'inbound');
  });

  it('when from is missing but sender is present, then the sender is the from participant', () => {
    const item = mapGraphMessage({ ...fixture('message-received-reply'), from: null }, OPTIONS);
    assert.deepEqual(item.participants[0], {
      name: 'Mette Kjær',
      email: 'mette.kjaer@nordlys-vvs.dk',
      role: 'from',
      side: 'theirs',
    });
    assert.equal(item.direction, 'inbound');
  });

  it('when the sender is an Exchange X.500 address, then it is ours without an email, and the mail is outbound', () => {
    const x500 =
      '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=3F2A1B0C9D8E4F6A8B7C6D5E4F3A2B1C-JENS.HOLM';
    const sender = recipient('Jens Holm', x500);
    const item = mapGraphMessage({ ...fixture('message-received-reply'), from: sender, sender }, OPTIONS);
    assert.deepEqual(item.participants[0], { name: 'Jens Holm', email: null, role: 'from', side: 'ours' });
    assert.equal(item.direction, 'outbound');
  });

  it('when the sender address is invalid, then the direction is unknown', () => {
    const sender = recipient('Ukendt', 'ukendt@');
    assert.equal(
      mapGraphMessage({ ...fixture('message-received-reply'), from: sender, sender }, OPTIONS).direction,
      null,
    );
  });

  it('when the body was not selected, then the bodyPreview is the excerpt, bounded like a body', () => {
    const item = mapGraphMessage(
      { ...fixture('message-received-reply'), body: null },
      { ...OPTIONS, maxExcerptChars: 60 },
    );
    assert.equal(item.excerpt, 'Hej Jens\nTak for en god snak i går. Vi kan godt tage imod…');
  });

  it('when maxExcerptChars is given, then the excerpt stays within it', () => {
    const item = mapGraphMessage(fixture('message-many-recipients'), { ...OPTIONS, maxExcerptChars: 120 });
    assert.ok((item.excerpt?.length ?? 0) <= 120);
    assert.ok(item.excerpt?.endsWith('…'));
  });

  it('when a payload has no id or no date at all, then mapping fails loudly instead of inventing one', () => {
    assert.throws(() => mapGraphMessage({ ...fixture('message-draft'), id: undefined }, OPTIONS), TypeError);
    assert.throws(() => mapGraphMessage({ ...fixture('message-draft'), createdDateTime: 'gisp' }, OPTIONS), TypeError);
  });
});
