import assert from 'node:assert/strict';
import {
  chosenIndex,
  isNavigationKey,
  moveActive,
  resultFlags,
  searchable,
} from '../../tab/src/search/search-logic.js';
import { buildCompanySummary } from '../web-shared/factories.js';

describe('company search (keyboard and timing)', () => {
  it('when fewer than two characters are typed, then nothing is asked', () => {
    assert.equal(searchable(' ø '), null);
    assert.equal(searchable(' øs '), 'øs');
  });

  it('when the arrow keys move through five results, then down starts at the first, stops at the last, and up returns to the box', () => {
    let active = -1;
    active = moveActive(active, 'ArrowDown', 5);
    assert.equal(active, 0);
    for (let i = 0; i < 10; i++) active = moveActive(active, 'ArrowDown', 5);
    assert.equal(active, 4);
    assert.equal(moveActive(4, 'ArrowUp', 5), 3);
    assert.equal(moveActive(0, 'ArrowUp', 5), -1);
    assert.equal(moveActive(2, 'Home', 5), 0);
    assert.equal(moveActive(2, 'End', 5), 4);
    assert.equal(moveActive(2, 'ArrowDown', 0), -1);
  });

  it('when Enter is pressed, then the highlighted result opens, else the first; with no results nothing does', () => {
    assert.equal(chosenIndex(2, 5), 2);
    assert.equal(chosenIndex(-1, 5), 0);
    assert.equal(chosenIndex(7, 5), 0);
    assert.equal(chosenIndex(-1, 0), null);
  });

  it('when other keys are pressed, then they are not navigation', () => {
    assert.ok(isNavigationKey('ArrowDown'));
    assert.ok(!isNavigationKey('Tab'));
    assert.ok(!isNavigationKey('a'));
  });

  it('when a result is under bankruptcy in the CVR register and blockaded, then its row says both, the register first', () => {
    const company = buildCompanySummary({ registerStatus: 'UNDER KONKURS', blockade: true });
    assert.deepEqual(resultFlags(company, 'da'), ['Under konkurs', 'Blokade/konflikt']);
    assert.deepEqual(resultFlags(company, 'en'), ['In bankruptcy', 'Blockade/conflict']);
  });

  it('when results were dissolved, are being wound up or have an unknown status, then each row names it', () => {
    const words = ['TVANGSOPLØST', 'UNDER TVANGSOPLØSNING', 'UNDER TVANGSAUKTION'].map((registerStatus) =>
      resultFlags(buildCompanySummary({ registerStatus }), 'da'),
    );
    assert.deepEqual(words, [['Opløst'], ['Under tvangsopløsning/likvidation'], ['UNDER TVANGSAUKTION']]);
  });

  it('when a result trades normally or is not from the register, then its row flags nothing', () => {
    assert.deepEqual(resultFlags(buildCompanySummary({ registerStatus: 'NORMAL' }), 'da'), []);
    assert.deepEqual(resultFlags(buildCompanySummary({ doNotContact: true }), 'da'), ['Ønsker ikke kontakt']);
  });
});
