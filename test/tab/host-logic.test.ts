import assert from 'node:assert/strict';
import { TimeoutError, parseClientConfig, pickLanguage, standaloneSettings, themeName, withTimeout } from '../../tab/src/shell/host-logic.js';

describe('tab start-up logic', () => {
  describe('the client config the server injects', () => {
    it('when the page says demo, then demo without sign-in settings', () => {
      assert.deepEqual(parseClientConfig('{"mode":"demo","auth":null}'), { mode: 'demo', auth: null });
    });

    it('when the page says production with all sign-in settings, then those are used', () => {
      const auth = { clientId: 'c', apiScope: 'api://x/access_as_user', authority: 'https://login.microsoftonline.com/t' };
      assert.deepEqual(parseClientConfig(JSON.stringify({ mode: 'production', auth })), { mode: 'production', auth });
    });

    it('when the config is missing, malformed or production without settings, then there is none', () => {
      for (const text of [null, '', 'not json', '[]', '{"mode":"production","auth":null}', '{"mode":"production","auth":{"clientId":""}}', '{"mode":"x"}']) {
        assert.equal(parseClientConfig(text), null, String(text));
      }
    });
  });

  it('when Teams names its theme, then default, dark and contrast map one to one and anything else is default', () => {
    assert.equal(themeName('dark'), 'dark');
    assert.equal(themeName('contrast'), 'contrast');
    assert.equal(themeName('default'), 'default');
    assert.equal(themeName('purple'), 'default');
    assert.equal(themeName(undefined), 'default');
  });

  it('when the locale is English, then English; otherwise Danish first', () => {
    assert.equal(pickLanguage('en-us'), 'en');
    assert.equal(pickLanguage('en-GB'), 'en');
    assert.equal(pickLanguage('da-dk'), 'da');
    assert.equal(pickLanguage('de-DE'), 'da');
    assert.equal(pickLanguage(null), 'da');
  });

  it('when a plain browser opens the tab, then theme, language, section and conversation come from the address', () => {
    assert.deepEqual(standaloneSettings('?theme=dark&lang=en&section=unge&conversationId=19%3Aabc%40thread.tacv2', 'da-DK'), {
      theme: 'dark',
      locale: 'en',
      section: 'unge',
      conversationId: '19:abc@thread.tacv2',
    });
    assert.deepEqual(standaloneSettings('', 'da-DK'), { theme: 'default', locale: 'da-DK', section: null, conversationId: null });
  });

  describe('the timeout guard', () => {
    it('when the promise settles in time, then its value comes through', async () => {
      assert.equal(await withTimeout(Promise.resolve(7), 50, 'x'), 7);
      await assert.rejects(withTimeout(Promise.reject(new Error('no')), 50, 'x'), /no/);
    });

    it('when the promise never settles, then a TimeoutError naming the call comes after the time', async () => {
      const started = Date.now();
      await assert.rejects(withTimeout(new Promise(() => undefined), 30, 'Teams (app.initialize)'), (error: unknown) => {
        assert.ok(error instanceof TimeoutError);
        assert.match((error as Error).message, /app\.initialize/);
        return true;
      });
      assert.ok(Date.now() - started < 1_000);
    });
  });
});
