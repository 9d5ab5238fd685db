import assert from 'node:assert/strict';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { PORT_METHODS } from './support/store-ports.js';

/** The store's functions: its prototype's methods and the one-liners it holds as fields. */
function functionsOf(store: object): string[] {
  const own = Object.keys(store).filter((key) => typeof (store as Record<string, unknown>)[key] === 'function');
  const inherited = Object.getOwnPropertyNames(Object.getPrototypeOf(store)).filter((key) => key !== 'constructor');
  return [...new Set([...own, ...inherited])].sort();
}

describe('Store ports', () => {
  it('when the Kysely store gains a function, then it belongs to exactly one port and so to one contract file', () => {
    const listed = Object.values(PORT_METHODS).flat();
    assert.equal(new Set(listed).size, listed.length, 'a method is listed under two ports');
    // The facade never touches its db on construction, so no database is needed to list its functions.
    assert.deepEqual(functionsOf(new KyselyStore(null as never)), [...listed].sort());
  });
});
