import assert from 'node:assert/strict';
import { TimeoutError, standaloneSettings, themeName, withTimeout } from '../../tab/src/shell/host-logic.js';

describe('tab start-up logic', () => {
  it('when Teams names its theme, then default, dark and contrast map one to one and anything else is default', () => {
    assert.equal(themeName('dark'), 'dark');
    assert.equal(themeName('contrast'), 'contrast');
    assert.equal(themeName('default'), 'default');
    assert.equal(themeName('purple'), 'default');
    assert.equal(themeName(undefined), 'default');
  });

  it('when a plain browser opens the tab, then theme, language, section and conversation come from the address', () => {
    assert.deepEqual(
      standaloneSettings('?theme=dark&lang=en&section=unge&conversationId=19%3Aabc%40thread.tacv2', 'da-DK'),
      {
        theme: 'dark',
        locale: 'en',
        section: 'unge',
        conversationId: '19:abc@thread.tacv2',
      },
    );
    assert.deepEqual(standaloneSettings('', 'da-DK'), {
      theme: 'default',
      locale: 'da-DK',
      section: null,
      conversationId: null,
    });
  });

  describe('the timeout guard', () => {
    it('when the promise settles in time, then its value comes through', async () => {
      assert.equal(await withTimeout(Promise.resolve(7), 50, 'x'), 7);
      await assert.rejects(withTimeout(Promise.reject(new Error('no')), 50, 'x'), /no/);
    });

    it('when the promise never settles, then a TimeoutError naming the call comes after the time', async () => {
      const started = Date.now();
      await assert.rejects(
        withTimeout(new Promise(() => undefined), 30, 'Teams (app.initialize)'),
        (error: unknown) => {
          assert.ok(error instanceof TimeoutError);
          assert.match((error as Error).message, /app\.initialize/);
          return true;
        },
      );
      assert.ok(Date.now() - started < 1_000);
    });
  });
});
