import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprint, newSecret, sameSecret } from '../../src/app/secrets.js';

describe('secrets for use cases (Web Crypto)', () => {
  it('makes a fresh 32-byte base64url secret each time', () => {
    const [a, b] = [newSecret(), newSecret()];
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
  });

  it('fingerprints a value as the first 16 hex digits of its SHA-256, as the audit log stored it before', async () => {
    const expected = createHash('sha256').update('mette@example.dk').digest('hex').slice(0, 16);
    assert.equal(await fingerprint('mette@example.dk'), expected);
  });

  it('compares secrets: equal only when identical, whatever the lengths', async () => {
    assert.equal(await sameSecret('s3cret', 's3cret'), true);
    assert.equal(await sameSecret('s3cret', 's3cres'), false);
    assert.equal(await sameSecret('', 's3cret'), false);
    assert.equal(await sameSecret('s3cret-and-more', 's3cret'), false);
  });
});
