import assert from 'node:assert/strict';
import {
  checked,
  edited,
  failed,
  initialFormState,
  settled,
  skipped,
  started,
  succeeded,
  type FormState,
} from '../../web-shared/form-submit.js';

interface Values {
  name: string;
  email: string;
}
type Errors = Partial<Record<keyof Values, string>>;
type State = FormState<Values, Errors, { code: string }>;

const fresh = (): State => initialFormState<Values, Errors, { code: string }>({ name: '', email: '' }, {});

describe('the form submit cycle (web-shared/form-submit.ts)', () => {
  it('when a form opens, then it shows its values and nothing else', () => {
    const nothing = { errors: {}, saving: false, failure: null, notice: null };
    assert.deepEqual(fresh(), { values: { name: '', email: '' }, ...nothing });
  });

  it('when the user types, then only the patched field changes', () => {
    const state = edited(edited(fresh(), { name: 'Anna' }), { email: 'a@b.dk' });
    assert.deepEqual(state.values, { name: 'Anna', email: 'a@b.dk' });
  });

  it('when a refused field is fixed, then its message goes at once; a field still wrong keeps its (new) message and no new one appears', () => {
    const check = (v: Values): { ok: true } | { ok: false; errors: Errors } => {
      const errors: Errors = {};
      if (!v.name) errors.name = 'Skriv et navn';
      if (!v.email.includes('@')) errors.email = v.email ? 'Mangler @' : 'Skriv en mailadresse';
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
    };
    const refused: State = checked(fresh(), check(fresh().values), {});
    assert.deepEqual(refused.errors, { name: 'Skriv et navn', email: 'Skriv en mailadresse' });
    const named = edited(refused, { name: 'Anna' }, check);
    assert.deepEqual(named.errors, { email: 'Skriv en mailadresse' });
    assert.deepEqual(edited(named, { email: 'anna' }, check).errors, { email: 'Mangler @' });
    assert.deepEqual(edited(named, { email: 'anna@byg.dk' }, check).errors, {});
    // Typing into a clean form shows nothing: messages come from submitting.
    assert.deepEqual(edited(fresh(), { email: 'anna' }, check).errors, {});
  });

  it('when the check refuses, then its messages show, the notice goes and a shown failure stays', () => {
    const before: State = { ...fresh(), notice: 'Gemt', failure: { code: 'NETWORK' } };
    const state = checked(before, { ok: false, errors: { email: 'Skriv en mailadresse' } }, {});
    assert.deepEqual(state.errors, { email: 'Skriv en mailadresse' });
    assert.equal(state.notice, null);
    assert.deepEqual(state.failure, { code: 'NETWORK' });
  });

  it('when the check passes, then the messages of the last check go', () => {
    const before: State = { ...fresh(), errors: { email: 'Skriv en mailadresse' } };
    assert.deepEqual(checked(before, { ok: true }, {}).errors, {});
  });

  it('when a request starts, then the button is busy and the last failure and notice go', () => {
    const state = started<Values, Errors, { code: string }>({
      ...fresh(),
      failure: { code: 'NETWORK' },
      notice: 'Gemt',
    });
    assert.equal(state.saving, true);
    assert.equal(state.failure, null);
    assert.equal(state.notice, null);
  });

  it('when the request succeeds, then the values and notice it names replace the shown ones', () => {
    const typed = edited(started(fresh()), { name: 'Anna' });
    const emptied = settled(succeeded(typed, { values: { name: '', email: '' }, notice: 'Tilføjet' }));
    assert.deepEqual(emptied, {
      values: { name: '', email: '' },
      errors: {},
      saving: false,
      failure: null,
      notice: 'Tilføjet',
    });
    const kept = succeeded(typed, undefined);
    assert.deepEqual(kept.values, { name: 'Anna', email: '' });
    assert.equal(kept.notice, null);
  });

  it('when the request fails, then the failure shows, the values stay and the button is free again', () => {
    const typed = edited(fresh(), { name: 'Anna' });
    const state = settled(failed(started(typed), { code: 'NETWORK' }));
    assert.deepEqual(state, {
      values: { name: 'Anna', email: '' },
      errors: {},
      saving: false,
      failure: { code: 'NETWORK' },
      notice: null,
    });
  });

  it('when there is nothing to send, then only the notice says so and no request runs', () => {
    const shown: State = { ...fresh(), failure: { code: 'NETWORK' } };
    const state = skipped(shown, 'Intet at gemme');
    assert.deepEqual(state, { ...fresh(), notice: 'Intet at gemme' });
  });
});
