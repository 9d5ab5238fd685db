import assert from 'node:assert/strict';
import { WsbMessageBody } from '../../../src/http/schemas/star.js';
import { buildWsbMessage } from '../../support/jobordre-documents.js';

const refusal = (body: unknown) => {
  const parsed = WsbMessageBody.safeParse(body);
  assert.equal(parsed.success, false, 'expected the message to be refused');
  return parsed.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
};

describe("STAR's WSB message as the endpoint takes it", () => {
  it('when STAR announces a new jobordre, then it is a create of that jobordre at its time', () => {
    const sent = buildWsbMessage({ haendelsestidspunkt: '2026-12-01T08:00:00.123+01:00' });
    assert.deepEqual(WsbMessageBody.parse(sent), {
      messageId: sent.beskedIdentifier,
      jobordreId: sent.eksternIdentifier,
      changeType: 'create',
      occurredAt: new Date('2026-12-01T07:00:00.123Z'),
    });
  });

  it('when it announces a change, then it is an update; guids in upper case are the same ids', () => {
    const sent = buildWsbMessage({ aendringstypeId: 2 });
    const upper = { ...sent, eksternIdentifier: sent.eksternIdentifier.toUpperCase() };
    const parsed = WsbMessageBody.parse(upper);
    assert.equal(parsed.changeType, 'update');
    assert.equal(parsed.jobordreId, sent.eksternIdentifier);
  });

  it('when the message is of another entity type, then it is refused naming the entity', () => {
    assert.match(refusal(buildWsbMessage({ entitetId: 120002 })), /entitetId: only entity 120001 \(Jobordre\)/);
    assert.match(refusal(buildWsbMessage({ entitetNavn: 'Borger' })), /entitetNavn: only Jobordre messages/);
  });

  it('when a deletion or an unknown change type arrives, then it is refused', () => {
    for (const aendringstypeId of [3, 0, 1.5])
      assert.match(refusal(buildWsbMessage({ aendringstypeId })), /aendringstypeId/);
  });

  it('when ids are not guids, then the message is refused', () => {
    assert.match(refusal(buildWsbMessage({ eksternIdentifier: '1012697712' })), /eksternIdentifier/);
    assert.match(refusal(buildWsbMessage({ beskedIdentifier: `${'a'.repeat(100_000)}` })), /beskedIdentifier/);
    assert.match(refusal(buildWsbMessage({ eksternIdentifier: "'; drop table vacancies; --" })), /eksternIdentifier/);
  });

  it('when the timestamp is not ISO 8601 with an offset, then the message is refused', () => {
    for (const haendelsestidspunkt of ['2026-12-01 08:00', '2026-12-01T08:00:00', 'i går', ''])
      assert.match(refusal(buildWsbMessage({ haendelsestidspunkt })), /haendelsestidspunkt/);
  });

  it('when fields have the wrong types, are missing or unknown, then the message is refused', () => {
    assert.match(refusal({ ...buildWsbMessage(), entitetId: '120001' }), /entitetId/);
    assert.match(refusal({ ...buildWsbMessage(), versionIdentifier: 'x'.repeat(101) }), /versionIdentifier/);
    const { eksternIdentifier: _dropped, ...missing } = buildWsbMessage();
    assert.match(refusal(missing), /eksternIdentifier/);
    assert.match(refusal({ ...buildWsbMessage(), cpr: '0101901234' }), /unrecognized|cpr/i);
    for (const body of [null, [], 'Jobordre', 120001]) refusal(body);
  });
});
