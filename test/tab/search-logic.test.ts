import assert from 'node:assert/strict';
import { chosenIndex, isNavigationKey, moveActive, searchable } from '../../tab/src/search/search-logic.js';

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
});
