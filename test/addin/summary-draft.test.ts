import assert from 'node:assert/strict';
import { draftSummary } from '../../addin/src/summary-draft.js';

describe('add-in summary draft (summary-draft)', () => {
  it('when an email opens with a greeting and ends with a signature, then the draft is only what it says', () => {
    const text = [
      'Hej Mette,',
      '',
      'Vi skal bruge tre lagermedarbejdere fra 1. august.',
      'Stillingsopslaget er vedhæftet.',
      '',
      'Venlig hilsen',
      'Jesper Holm',
      'Østergaard Byg A/S',
      'Industrivej 4, 8000 Aarhus C',
    ].join('\r\n');
    assert.equal(
      draftSummary(text, false),
      'Vi skal bruge tre lagermedarbejdere fra 1. august.\nStillingsopslaget er vedhæftet.',
    );
  });

  it('when the sign-off is short or English, or the signature starts with "--", then it and all below are left out', () => {
    assert.equal(draftSummary('Tak for snakken.\nVi ses.\nMvh\nMette\nPS', false), 'Tak for snakken.\nVi ses.');
    assert.equal(draftSummary('Dear Tom,\nThanks for the call.\nKind regards\nAnna', false), 'Thanks for the call.');
    assert.equal(
      draftSummary('Vi har tre ledige pladser.\n--\nFirma A/S\nTlf. 12345678', false),
      'Vi har tre ledige pladser.',
    );
  });

  it('when the first line greets and then says something, then it is kept: only a bare greeting is left out', () => {
    assert.equal(draftSummary('Hej Mette, vi søger to elektrikere.', false), 'Hej Mette, vi søger to elektrikere.');
  });

  it('when the email is long, then the draft is its first four lines, cut at a word', () => {
    assert.equal(draftSummary('En.\nTo.\nTre.\nFire.\nFem.', false), 'En.\nTo.\nTre.\nFire.');
    const long = draftSummary('ord '.repeat(200), false);
    assert.ok(long.length <= 401 && long.endsWith('…'));
    assert.equal(draftSummary(null, false), '');
  });

  it('when the service found the text sensitive, then the draft is empty', () => {
    assert.equal(
      draftSummary('Hej Mette,\nVores medarbejder er sygemeldt med stress.\nVenlig hilsen\nJesper', true),
      '',
    );
  });

  it('when there is no finding (an unsaved compose body), then the text is checked here and a sensitive one drafts nothing', () => {
    assert.equal(draftSummary('Hej Per,\nVores medarbejder er sygemeldt efter en operation.\nMvh\nMette'), '');
    assert.equal(draftSummary('Hej Per,\nKan vi tale om praktik for borgeren Ali i næste uge?\nMvh\nMette'), '');
    assert.equal(
      draftSummary('Hej Per,\nVi søger to elektrikere til august.\nMvh\nMette'),
      'Vi søger to elektrikere til august.',
    );
  });
});
