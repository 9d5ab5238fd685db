import assert from 'node:assert/strict';
import { scopeOfText } from '../../src/app/vacancies-for-text.js';
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
import type { Section } from '../../src/domain/model.js';

const virksomhedsservice: Section = { id: 'vs', name: 'Virksomhedsservice' };
const unge: Section = { id: 'unge', name: 'Ungeindsatsen' };
const SECTIONS = [virksomhedsservice, unge];
const topic = (key: string) => DEFAULT_TOPICS.find((t) => t.key === key)!;

describe('"stillinger X": which section or topic X means', () => {
  it('when X is empty, then it names neither: all open vacancies', () => {
    assert.deepEqual(scopeOfText('  ', SECTIONS, DEFAULT_TOPICS), {});
  });

  it("when X is part of a section's name (any case, æøå spelled out), then it is that section", () => {
    assert.deepEqual(scopeOfText('virksomhedsservice', SECTIONS, DEFAULT_TOPICS), { section: virksomhedsservice });
    assert.deepEqual(scopeOfText('UNGE', SECTIONS, DEFAULT_TOPICS), { section: unge });
  });

  it("when X is a section's id, then it is that section", () => {
    assert.deepEqual(scopeOfText('vs', SECTIONS, DEFAULT_TOPICS), { section: virksomhedsservice });
  });

  it("when X is a topic's key, Danish or English label, then it is that topic", () => {
    assert.deepEqual(scopeOfText('fleksjob', SECTIONS, DEFAULT_TOPICS), { topic: topic('fleksjob') });
    assert.deepEqual(scopeOfText('Løntilskud', SECTIONS, DEFAULT_TOPICS), { topic: topic('loentilskud') });
    assert.deepEqual(scopeOfText('wage subsidy', SECTIONS, DEFAULT_TOPICS), { topic: topic('loentilskud') });
  });

  it('when X is only the start of a topic label, then it names no topic (topics match whole labels)', () => {
    assert.deepEqual(scopeOfText('løn', SECTIONS, DEFAULT_TOPICS), {});
  });

  it('when X matches both a section and a topic, then the section wins', () => {
    const mentorSection: Section = { id: 'm', name: 'Mentorkorpset' };
    assert.deepEqual(scopeOfText('mentor', [mentorSection], DEFAULT_TOPICS), { section: mentorSection });
  });
});
