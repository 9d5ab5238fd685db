import assert from 'node:assert/strict';
import type { StaffEmailClash } from '../../web-shared/api-types.js';
import { staffClashRows } from '../../tab/src/admin/staff-clashes-logic.js';
import { formatDate } from '../../web-shared/format.js';

const EMAIL = 'mette.kjaergaard@roskilde.dk';

function buildClash(overrides: Partial<StaffEmailClash> = {}): StaffEmailClash {
  return {
    email: EMAIL,
    staff: [
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        name: 'Mette Kjærgaard',
        email: EMAIL,
        entraOid: '6f1d2c3b-0000-4000-8000-00000000000a',
        sectionId: null,
        createdAt: '2025-01-06T08:00:00.000Z',
      },
      {
        id: 'a0000000-0000-4000-8000-000000000002',
        name: 'Mette Kjær',
        email: EMAIL,
        entraOid: null,
        sectionId: null,
        createdAt: '2026-11-30T08:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

describe('staff clash list logic (tab/src/staff-clashes-logic.ts)', () => {
  it('when two staff rows share an email, then each person is listed under it with their object id and since when; a row nobody signed in to says so, in Danish first', () => {
    const [row] = staffClashRows([buildClash()], 'da');
    assert.deepEqual(row, {
      email: EMAIL,
      people: [
        {
          id: 'a0000000-0000-4000-8000-000000000001',
          name: 'Mette Kjærgaard',
          objectId: '6f1d2c3b-0000-4000-8000-00000000000a',
          since: formatDate('2025-01-06T08:00:00.000Z', 'da'),
        },
        {
          id: 'a0000000-0000-4000-8000-000000000002',
          name: 'Mette Kjær',
          objectId: 'ikke logget ind endnu',
          since: formatDate('2026-11-30T08:00:00.000Z', 'da'),
        },
      ],
    });
    assert.equal(staffClashRows([buildClash()], 'en')[0]!.people[1]!.objectId, 'not signed in yet');
  });

  it('when no email is shared, then there are no rows', () => {
    assert.deepEqual(staffClashRows([], 'da'), []);
  });
});
