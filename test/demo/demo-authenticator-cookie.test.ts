import assert from 'node:assert/strict';
import { cookieValue, demoAuthenticator, DEMO_USER_COOKIE } from '../../src/demo/demo-authenticator.js';
import { DomainError } from '../../src/domain/errors.js';
import type { Staff } from '../../src/domain/model.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const staff: Staff[] = [
  { id: 'a', email: 'mette.kjaergaard@roskilde.dk', name: 'Mette Kjærgaard', sectionId: null, isAdmin: false },
  { id: 'b', email: 'soeren.dahl@roskilde.dk', name: 'Søren Dahl', sectionId: null, isAdmin: false },
  { id: 'c', email: 'camilla.ravn@roskilde.dk', name: 'Camilla Ravn', sectionId: null, isAdmin: true },
];

describe('demo authenticator: the demo-user cookie', () => {
  const auth = demoAuthenticator({
    store: {
      findStaffByEmail: async (tenantId, email) =>
        tenantId === TENANT ? (staff.find((s) => s.email === email) ?? null) : null,
    },
    tenantId: TENANT,
    defaultEmail: staff[0]!.email,
  });
  const cookie = (value: string) => `${DEMO_USER_COOKIE}=${value}`;

  it('when only the cookie names a staff member, then the request acts as them', async () => {
    const actor = await auth.authenticate({
      cookie: `theme=dark; ${cookie(encodeURIComponent(staff[1]!.email))}; x=1`,
    });
    assert.equal(actor.staffId, 'b');
    assert.equal(actor.email, staff[1]!.email);
  });

  it('when X-Demo-User and the cookie both name someone, then the header wins', async () => {
    const actor = await auth.authenticate({
      'x-demo-user': staff[2]!.email,
      cookie: cookie(encodeURIComponent(staff[1]!.email)),
    });
    assert.equal(actor.staffId, 'c');
  });

  it('when there is no cookie, an empty one or a malformed one, then the default demo user acts', async () => {
    for (const header of [
      undefined,
      '',
      cookie(''),
      cookie('%E0%A4%A'),
      'kontaktspor_demo_userx=someone',
      `${DEMO_USER_COOKIE}`,
    ]) {
      const actor = await auth.authenticate(header === undefined ? {} : { cookie: header });
      assert.equal(actor.staffId, 'a', String(header));
    }
  });

  it('when the cookie names nobody in the tenant, then UNAUTHENTICATED (never silently someone else)', async () => {
    await assert.rejects(
      auth.authenticate({ cookie: cookie('ingen%40roskilde.dk') }),
      (error: unknown) => error instanceof DomainError && error.code === 'UNAUTHENTICATED',
    );
    await assert.rejects(auth.authenticate({ cookie: cookie(`${'a'.repeat(400)}%40roskilde.dk`) }), DomainError);
  });

  it('when cookie headers are parsed, then names match exactly, quotes and case in the value survive, and a huge header is ignored', () => {
    assert.equal(cookieValue('a=1; kontaktspor_demo_user="Soeren%40X.dk"', DEMO_USER_COOKIE), 'Soeren@X.dk');
    assert.equal(cookieValue(['a=1', 'kontaktspor_demo_user=b%40c.dk'], DEMO_USER_COOKIE), 'b@c.dk');
    assert.equal(cookieValue('xkontaktspor_demo_user=b', DEMO_USER_COOKIE), undefined);
    assert.equal(cookieValue(`a=${'x'.repeat(9000)}; kontaktspor_demo_user=b`, DEMO_USER_COOKIE), undefined);
    assert.equal(cookieValue('kontaktspor_demo_user=a=b', DEMO_USER_COOKIE), 'a=b');
  });
});
