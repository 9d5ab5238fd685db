import assert from 'node:assert/strict';
import { isDarkBackground } from '../../addin/src/office-theme.js';

describe('add-in pane theme (office-theme)', () => {
  describe('start-up', () => {
    it('when the Office theme body is dark, then the dark theme is chosen', () => {
      assert.equal(isDarkBackground('#1f1f1f'), true);
      assert.equal(isDarkBackground('#292929'), true);
      assert.equal(isDarkBackground('#000'), true);
      assert.equal(isDarkBackground('#ffffff'), false);
      assert.equal(isDarkBackground('#F3F2F1'), false);
      assert.equal(isDarkBackground(null), false);
      assert.equal(isDarkBackground('not a colour'), false);
    });
  });
});
