import assert from 'node:assert/strict';
import {
  candidateDomains,
  candidateEmails,
  rankCompanyMatches,
  type ContactHit,
  type DomainHit,
} from '../../src/domain/company-matching.js';

const OWN = ['roskilde.dk'];

describe('company matching', () => {
  describe('candidateEmails and candidateDomains', () => {
    it('when a message has own, freemail, invalid and duplicate addresses, then company and freemail addresses remain once, but only company domains', () => {
      const emails = [
        'Mette@Byg.dk',
        'mette@byg.dk',
        'kollega@roskilde.dk',
        'x@gmail.com',
        'nonsense',
        'ole@byg.dk',
        'a@vvs.dk',
      ];
      assert.deepEqual(candidateEmails(emails, OWN), ['mette@byg.dk', 'x@gmail.com', 'ole@byg.dk', 'a@vvs.dk']);
      assert.deepEqual(candidateDomains(emails, OWN), ['byg.dk', 'vvs.dk']);
    });
  });

  describe('rankCompanyMatches', () => {
    it('when nothing was found, then there are no matches', () => {
      assert.deepEqual(rankCompanyMatches(['mette@byg.dk'], [], [], OWN), []);
    });

    it('when an address is a known contact person, then its company is matched for reason contact', () => {
      const matches = rankCompanyMatches(['Mette@Byg.dk'], [{ email: 'mette@byg.dk', companyId: 'c-byg' }], [], OWN);
      assert.equal(matches.length, 1);
      assert.equal(matches[0]?.companyId, 'c-byg');
      assert.equal(matches[0]?.reason, 'contact');
      assert.deepEqual(matches[0]?.emails, ['mette@byg.dk']);
    });

    it('when one company is known by a contact and another only by domain, then the contact company ranks first', () => {
      const emails = ['mette@byg.dk', 'a@vvs.dk', 'b@vvs.dk', 'c@vvs.dk'];
      const contacts: ContactHit[] = [{ email: 'mette@byg.dk', companyId: 'c-byg' }];
      const domains: DomainHit[] = [{ domain: 'vvs.dk', companyId: 'c-vvs' }];
      const matches = rankCompanyMatches(emails, contacts, domains, OWN);
      assert.deepEqual(
        matches.map((m) => [m.companyId, m.reason]),
        [
          ['c-byg', 'contact'],
          ['c-vvs', 'domain'],
        ],
      );
      assert.ok((matches[0]?.score ?? 0) > (matches[1]?.score ?? 0));
    });

    it('when a contact address also has a known domain, then the company is reported as contact with both addresses', () => {
      const matches = rankCompanyMatches(
        ['mette@byg.dk', 'ole@byg.dk'],
        [{ email: 'mette@byg.dk', companyId: 'c-byg' }],
        [{ domain: 'byg.dk', companyId: 'c-byg' }],
        OWN,
      );
      assert.equal(matches.length, 1);
      assert.equal(matches[0]?.reason, 'contact');
      assert.deepEqual(matches[0]?.emails, ['mette@byg.dk', 'ole@byg.dk']);
    });

    it('when a public employer shares one domain across several companies, then all are candidates with lower scores', () => {
      const domains: DomainHit[] = [
        { domain: 'regionsjaelland.dk', companyId: 'c-hospital' },
        { domain: 'regionsjaelland.dk', companyId: 'c-psykiatri' },
        { domain: 'byg.dk', companyId: 'c-byg' },
      ];
      const matches = rankCompanyMatches(['a@regionsjaelland.dk', 'b@byg.dk'], [], domains, OWN);
      assert.deepEqual(
        matches.map((m) => m.companyId),
        ['c-byg', 'c-hospital', 'c-psykiatri'],
      );
      assert.equal(matches[1]?.score, matches[2]?.score);
      assert.ok((matches[1]?.score ?? 1) < (matches[0]?.score ?? 0));
    });

    it('when more addresses point at one company, then it ranks above a company with fewer', () => {
      const domains: DomainHit[] = [
        { domain: 'byg.dk', companyId: 'c-byg' },
        { domain: 'vvs.dk', companyId: 'c-vvs' },
      ];
      const matches = rankCompanyMatches(['a@vvs.dk', 'x@byg.dk', 'y@byg.dk'], [], domains, OWN);
      assert.deepEqual(
        matches.map((m) => m.companyId),
        ['c-byg', 'c-vvs'],
      );
      assert.deepEqual(matches[0]?.emails, ['x@byg.dk', 'y@byg.dk']);
    });

    it('when scores tie, then the order is by companyId', () => {
      const domains: DomainHit[] = [
        { domain: 'b.dk', companyId: 'c-b' },
        { domain: 'a.dk', companyId: 'c-a' },
      ];
      const matches = rankCompanyMatches(['x@b.dk', 'x@a.dk'], [], domains, OWN);
      assert.deepEqual(
        matches.map((m) => m.companyId),
        ['c-a', 'c-b'],
      );
    });

    it('when the store has hits for freemail domains, own or invalid addresses, then they are ignored', () => {
      const contacts: ContactHit[] = [{ email: 'kollega@roskilde.dk', companyId: 'c-own' }];
      const domains: DomainHit[] = [
        { domain: 'gmail.com', companyId: 'c-gmail' },
        { domain: 'holbaek.kommune.dk', companyId: 'c-kommune' },
      ];
      const emails = ['privat@gmail.com', 'kollega@roskilde.dk', 'x@holbaek.kommune.dk', 'broken@'];
      assert.deepEqual(rankCompanyMatches(emails, contacts, domains, OWN), []);
    });

    it('when a freemail address was chosen for a company as a contact person, then that exact address matches it', () => {
      const matches = rankCompanyMatches(
        ['privat@gmail.com'],
        [{ email: 'privat@gmail.com', companyId: 'c-byg' }],
        [{ domain: 'gmail.com', companyId: 'c-other' }],
        OWN,
      );
      assert.deepEqual(
        matches.map((m) => [m.companyId, m.reason]),
        [['c-byg', 'contact']],
      );
    });

    it('when the same address appears twice in a message, then it counts once', () => {
      const domains: DomainHit[] = [
        { domain: 'byg.dk', companyId: 'c-byg' },
        { domain: 'vvs.dk', companyId: 'c-vvs' },
      ];
      const matches = rankCompanyMatches(['x@byg.dk', 'X@BYG.dk', 'a@vvs.dk'], [], domains, OWN);
      assert.equal(matches[0]?.score, matches[1]?.score);
      assert.deepEqual(matches[0]?.emails, ['x@byg.dk']);
    });
  });
});
