import assert from 'node:assert/strict';
import { toSearchKey } from '../../src/domain/search-key.js';

describe('search key', () => {
  it('when a company name has Danish letters and "A/S", then it becomes spelled-out lowercase words', () => {
    assert.equal(toSearchKey('Østergaard Byg A/S'), 'ostergaard byg a s');
  });

  it('when a name is spelled with å or aa, then both give the same key', () => {
    assert.equal(toSearchKey('Østergård'), 'ostergaard');
    assert.equal(toSearchKey('ostergaard'), 'ostergaard');
  });

  it('when a user types the start of a name with ø, then the query key is a prefix of the stored key', () => {
    const query = toSearchKey('øster');
    assert.equal(query, 'oster');
    assert.ok(toSearchKey('Østergård Byg').startsWith(query));
  });

  it('when a name has æ, ä, ö or ü, then they are spelled out as agreed', () => {
    assert.equal(toSearchKey('Sæby Bäckerei Öl Müller'), 'saeby backerei ol muller');
  });

  it('when a name has other accents, then the accents are stripped', () => {
    assert.equal(toSearchKey('Café Crème Señor Łódź'), 'cafe creme senor lodz');
  });

  it('when a name has runs of punctuation and spaces, then each run becomes one space and the ends are trimmed', () => {
    assert.equal(toSearchKey('  H&M -- Hennes & Mauritz (DK)  '), 'h m hennes mauritz dk');
  });

  it('when a name has digits, then they are kept', () => {
    assert.equal(toSearchKey('7-Eleven 24/7'), '7 eleven 24 7');
  });

  it('when the text is decomposed Unicode, then it gives the same key as the composed form', () => {
    assert.equal(toSearchKey('Østergård'.normalize('NFD')), toSearchKey('Østergård'));
  });

  it('when the text has no letters or digits, then the key is empty', () => {
    assert.equal(toSearchKey(' -/&. '), '');
  });
});
