import assert from 'node:assert/strict';
import { FREEMAIL_DOMAINS, classifyAddress, domainOf, normalizeEmail } from '../../src/domain/email-address.js';

const OWN = ['roskilde.dk'];

describe('email addresses', () => {
  describe('normalizeEmail', () => {
    it('when an address has spaces and capitals, then it is trimmed and lowercased', () => {
      assert.equal(normalizeEmail('  Mette.Hansen@Oestergaard-Byg.DK '), 'mette.hansen@oestergaard-byg.dk');
    });

    it('when the input is not local@domain.tld, then it is null', () => {
      for (const bad of [
        '',
        'mette',
        'mette@',
        '@byg.dk',
        'mette@byg',
        'mette@@byg.dk',
        'mette hansen@byg.dk',
        'mette@byg..dk',
        '.mette@byg.dk',
        'mette@-byg.dk',
        'Mette <mette@byg.dk>',
      ]) {
        assert.equal(normalizeEmail(bad), null, bad);
      }
    });

    it('when an address is longer than 254 characters, then it is null', () => {
      const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.dk`;
      assert.equal(normalizeEmail(`x@${domain}`), null);
      assert.equal(normalizeEmail(`x@${'a'.repeat(60)}.dk`), `x@${'a'.repeat(60)}.dk`);
    });

    it('when a domain has Danish letters, then it is accepted', () => {
      assert.equal(normalizeEmail('info@østergård.dk'), 'info@østergård.dk');
    });
  });

  describe('domainOf', () => {
    it('when the address is valid, then the lowercase domain is returned', () => {
      assert.equal(domainOf('Mette@Byg.DK'), 'byg.dk');
    });

    it('when the address is invalid, then it is null', () => {
      assert.equal(domainOf('not an address'), null);
    });
  });

  describe('classifyAddress', () => {
    it('when the address is at a company domain, then it is a candidate', () => {
      assert.equal(classifyAddress('mette@oestergaard-byg.dk', OWN), 'candidate');
    });

    it('when the address is at a freemail domain, then it never identifies a company', () => {
      for (const domain of [
        'gmail.com',
        'hotmail.com',
        'outlook.com',
        'live.dk',
        'yahoo.com',
        'mail.dk',
        'jubii.dk',
        'icloud.com',
      ]) {
        assert.ok(FREEMAIL_DOMAINS.has(domain), domain);
        assert.equal(classifyAddress(`someone@${domain}`, OWN), 'freemail', domain);
      }
    });

    it("when the address is at the tenant's own domain or a subdomain of it, then it is own", () => {
      assert.equal(classifyAddress('kollega@roskilde.dk', OWN), 'own');
      assert.equal(classifyAddress('kollega@jobcenter.roskilde.dk', OWN), 'own');
      assert.equal(classifyAddress('kollega@ROSKILDE.DK', ['  @Roskilde.dk ']), 'own');
    });

    it('when a domain only ends with the same letters as an own domain, then it is not own', () => {
      assert.equal(classifyAddress('info@notroskilde.dk', OWN), 'candidate');
    });

    it('when the address is at a municipal domain, then it is own even for another tenant', () => {
      assert.equal(classifyAddress('jobcenter@holbaek.kommune.dk', OWN), 'own');
      assert.equal(classifyAddress('someone@kk.dk', OWN), 'own');
      assert.equal(classifyAddress('someone@bif.kk.dk', OWN), 'own');
    });

    it('when the address is invalid, then it is invalid', () => {
      assert.equal(classifyAddress('nobody', OWN), 'invalid');
    });
  });
});
