import assert from 'node:assert/strict';
import { detectSensitiveContent } from '../../src/domain/sensitive-content.js';

describe('Sensitive content: what makes capture default to metadata only', () => {
  it('when an email says a citizen is sick-listed or has a diagnosis, then it is sensitive for health reasons', () => {
    const finding = detectSensitiveContent('Hej, medarbejderen er sygemeldt med en diagnose, vi må udskyde opstarten.');
    assert.deepEqual(finding?.reasons, [{ kind: 'health', words: ['sygemeldt', 'diagnose'] }]);
  });

  it('when a named person is put next to "praktik" or "løntilskud", then it is sensitive and names the placement word', () => {
    for (const text of [
      'Vi vil gerne tage Peter Hansen i virksomhedspraktik fra 1. marts.',
      'Kan Fatima Ali starte i løntilskud hos jer?',
      'Borgeren Jensen er klar til praktik i næste uge.',
    ]) {
      const finding = detectSensitiveContent(text);
      assert.equal(finding?.reasons.find((r) => r.kind === 'citizen-in-placement')?.kind, 'citizen-in-placement', text);
    }
  });

  it('when company mail talks business (hospital as employer, processing, stress in a sales pitch, company names near praktik), then it is not sensitive', () => {
    for (const text of [
      'Roskilde Sygehus søger 4 portører; behandling af ansøgninger sker løbende.',
      'Østergaard Byg A/S vil gerne høre om virksomhedspraktik for to lærlinge.',
      'Vi har travlt og lidt stress i højsæsonen, kan I hjælpe med rekruttering?',
      'Tak for et godt møde om løntilskud og opkvalificering.',
      'Mvh Mette Kjærgaard, virksomhedskonsulent. Spørgsmål om praktik? Ring gerne.',
    ]) {
      assert.equal(detectSensitiveContent(text, ['Mette Kjærgaard']), null, text);
    }
  });

  it('when an ambiguous health word stands next to a placement, then it counts', () => {
    const finding = detectSensitiveContent('Han er i behandling for stress, så praktikken må vente.');
    assert.deepEqual(finding?.reasons[0], { kind: 'health', words: ['behandling', 'stress'] });
  });

  it("when the name next to the placement word is one of the message's own participants, then it does not count", () => {
    assert.equal(detectSensitiveContent('Hilsen Lars Nielsen – vi tager gerne en i praktik.', ['Lars Nielsen']), null);
  });
});
