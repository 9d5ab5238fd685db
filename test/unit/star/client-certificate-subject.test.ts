import assert from 'node:assert/strict';
import { subjectMatches } from '../../../src/http/star-client-certificate.js';

/** Node's form of a certificate subject: one attribute per line, in the certificate's order. */
const STARS = 'C=DK\nO=Styrelsen for Arbejdsmarked og Rekruttering\nCN=STAR DFDG WSB';

describe("STAR's client certificate by subject", () => {
  it('when the configured DN names the same attributes, in any order and key case, then it matches', () => {
    assert.equal(subjectMatches(STARS, 'CN=STAR DFDG WSB, O=Styrelsen for Arbejdsmarked og Rekruttering, C=DK'), true);
    assert.equal(subjectMatches(STARS, 'c=DK,o=Styrelsen for Arbejdsmarked og Rekruttering,cn=STAR DFDG WSB'), true);
  });

  it('when an attribute differs, is missing or is extra, then it does not match', () => {
    assert.equal(subjectMatches(STARS, 'CN=STAR DFDG WSB, O=Someone Else, C=DK'), false);
    assert.equal(subjectMatches(STARS, 'CN=STAR DFDG WSB, C=DK'), false);
    assert.equal(
      subjectMatches(STARS, 'CN=STAR DFDG WSB, O=Styrelsen for Arbejdsmarked og Rekruttering, C=DK, OU=X'),
      false,
    );
    assert.equal(subjectMatches(STARS, 'CN=star dfdg wsb, O=Styrelsen for Arbejdsmarked og Rekruttering, C=DK'), false);
  });

  it('when a value holds a comma, then it is one value', () => {
    const subject = 'O=Styrelsen, Arbejdsmarked\nCN=STAR';
    assert.equal(subjectMatches(subject, 'CN=STAR, O=Styrelsen, Arbejdsmarked'), true);
  });

  it('when only a name without "=" is configured, then it must be the CN exactly', () => {
    assert.equal(subjectMatches(STARS, 'STAR DFDG WSB'), true);
    assert.equal(subjectMatches(STARS, 'STAR DFDG'), false);
    assert.equal(subjectMatches(STARS, 'Styrelsen for Arbejdsmarked og Rekruttering'), false);
  });
});
