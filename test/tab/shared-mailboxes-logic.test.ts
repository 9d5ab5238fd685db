import assert from 'node:assert/strict';
import { checkSharedMailbox, sharedMailboxRows } from '../../tab/src/admin/shared-mailboxes-logic.js';
import { loggedByLine } from '../../tab/src/company/timeline-logic.js';
import { stringsFor } from '../../tab/src/common/i18n.js';
import { buildInteraction } from './tab-factories.js';

const SECTIONS = [{ id: 'virksomhedsservice', name: 'Virksomhedsservice' }];
const jobordre = {
  id: '5a4ed000-0000-4000-8000-00000000f001',
  address: 'jobordre@roskilde.dk',
  displayName: 'Jobordre',
  sectionId: 'virksomhedsservice',
  createdAt: '2026-03-02T08:00:00.000Z',
  subscriptions: 2,
};

describe('shared mailboxes on the admin page and in the timeline (tab)', () => {
  it('when an admin types an address in any case and picks a section, then it is sent in lower case', () => {
    assert.deepEqual(checkSharedMailbox({ address: ' Jobordre@Roskilde.DK ', sectionId: 'unge' }, [], 'da'), {
      ok: true,
      address: 'jobordre@roskilde.dk',
      sectionId: 'unge',
    });
  });

  it('when the address is a bare domain, not an address, listed already, or no section is picked, then the form says which field and sends nothing', () => {
    const t = stringsFor('da').sharedMailboxes;
    assert.deepEqual(checkSharedMailbox({ address: 'roskilde.dk', sectionId: 'unge' }, [], 'da'), {
      ok: false,
      field: 'address',
      error: t.invalidAddress,
    });
    assert.equal(checkSharedMailbox({ address: 'ikke en adresse', sectionId: 'unge' }, [], 'da').ok, false);
    assert.deepEqual(checkSharedMailbox({ address: 'JOBORDRE@roskilde.dk', sectionId: 'unge' }, [jobordre], 'da'), {
      ok: false,
      field: 'address',
      error: t.duplicate('jobordre@roskilde.dk'),
    });
    assert.deepEqual(checkSharedMailbox({ address: 'vs@roskilde.dk', sectionId: null }, [], 'en'), {
      ok: false,
      field: 'section',
      error: stringsFor('en').sharedMailboxes.missingSection,
    });
  });

  it('when the list is shown, then each row names the mailbox, its section by name, and whether both subscriptions are held', () => {
    assert.deepEqual(sharedMailboxRows([jobordre, { ...jobordre, id: 'x', subscriptions: 1 }], SECTIONS, 'da'), [
      { id: jobordre.id, address: 'Jobordre <jobordre@roskilde.dk>', section: 'Virksomhedsservice', watched: 'Ja' },
      {
        id: 'x',
        address: 'Jobordre <jobordre@roskilde.dk>',
        section: 'Virksomhedsservice',
        watched: 'Delvist (1 af 2 abonnementer)',
      },
    ]);
  });

  it('when a contact came from a shared mailbox, then the timeline says so and that nobody can tell who set the category', () => {
    const fromShared = buildInteraction({ loggedBy: null, sharedMailbox: 'jobordre@roskilde.dk' });
    assert.equal(
      loggedByLine(fromShared, 'Virksomhedsservice', stringsFor('da').timeline),
      'Logget fra fælles postkasse jobordre@roskilde.dk (Virksomhedsservice) — det fremgår ikke, hvem der satte kategorien',
    );
    assert.equal(
      loggedByLine(fromShared, 'Virksomhedsservice', stringsFor('en').timeline),
      'Logged from shared mailbox jobordre@roskilde.dk (Virksomhedsservice) — it does not say who set the category',
    );
    assert.equal(loggedByLine(buildInteraction(), null, stringsFor('da').timeline), 'Logget af Mette Kjærgaard');
  });
});
