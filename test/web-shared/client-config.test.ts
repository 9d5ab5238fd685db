import assert from 'node:assert/strict';
import { parseClientConfig } from '../../web-shared/client-config.js';

describe('the client config the server injects into both front ends', () => {
  it('when the page says demo, then demo without sign-in settings', () => {
    assert.deepEqual(parseClientConfig('{"mode":"demo","auth":null}'), { mode: 'demo', auth: null });
  });

  it('when the page says production with all sign-in settings, then those are used', () => {
    const auth = {
      clientId: 'c',
      apiScope: 'api://x/access_as_user',
      authority: 'https://login.microsoftonline.com/t',
    };
    assert.deepEqual(parseClientConfig(JSON.stringify({ mode: 'production', auth })), { mode: 'production', auth });
  });

  it('when the server configures production, then the client id, scope and authority are read', () => {
    const auth = {
      clientId: 'c1',
      apiScope: 'api://kontaktspor/access_as_user',
      authority: 'https://login.microsoftonline.com/t1',
    };
    assert.deepEqual(parseClientConfig(JSON.stringify({ mode: 'production', auth })), { mode: 'production', auth });
  });

  it('when the config is missing, malformed or production without settings, then there is none', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[]',
      '{"mode":"production","auth":null}',
      '{"mode":"production","auth":{"clientId":""}}',
      '{"mode":"x"}',
    ]) {
      assert.equal(parseClientConfig(text), null, String(text));
    }
  });

  it('when the config is missing, malformed or production without auth, then there is none (never a guess)', () => {
    assert.equal(parseClientConfig(null), null);
    assert.equal(parseClientConfig('{oops'), null);
    assert.equal(parseClientConfig('{"mode":"production","auth":null}'), null);
    assert.equal(parseClientConfig('{"mode":"production","auth":{"clientId":"c"}}'), null);
    assert.equal(parseClientConfig('{"mode":"staging"}'), null);
  });
});
