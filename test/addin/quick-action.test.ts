import assert from 'node:assert/strict';
import { runQuickAction } from '../../addin/src/quick-action.js';
import { ApiError } from '../../web-shared/api-client.js';
import { HostError, type ItemSnapshot } from '../../addin/src/office-host.js';
import type { LogItemRequest, PaneContext } from '../../web-shared/api-types.js';
import {
  buildCompanySummary,
  buildContext,
  buildLogResult,
  buildMatch,
  buildMe,
  buildReadEmail,
} from './pane-factories.js';

/** The ribbon command's world: an item, a service, and what it told the user. */
function world(options: {
  item?: ItemSnapshot | null;
  context?: PaneContext;
  log?: () => Promise<ReturnType<typeof buildLogResult>>;
  save?: () => Promise<{ itemId: string; itemIdType: 'rest' | 'ews' } | null>;
}) {
  const seen = {
    notes: [] as [string, string][],
    panes: 0,
    logged: [] as [string, LogItemRequest][],
    contexts: [] as unknown[][],
  };
  const host = {
    readItem: async () => (options.item === undefined ? buildReadEmail() : options.item),
    itemRef: options.save ?? (async () => ({ itemId: 'rest-id', itemIdType: 'rest' as const })),
    notify: async (kind: 'info' | 'error', message: string) => void seen.notes.push([kind, message]),
    showAsTaskpane: async () => {
      seen.panes++;
      return true;
    },
  };
  const api = {
    me: async () => buildMe(),
    context: async (emails: readonly string[], internetMessageId?: string | null) => {
      seen.contexts.push([emails, internetMessageId]);
      return options.context ?? buildContext();
    },
    logItem: async (kind: 'email' | 'meeting', body: LogItemRequest) => {
      seen.logged.push([kind, body]);
      return (options.log ?? (async () => buildLogResult()))();
    },
  };
  return { deps: { host, api, lang: 'da' as const }, seen };
}

describe('add-in quick action (Log til Kontaktspor)', () => {
  it('when exactly one company matches the sender, then the email is logged there without topics and the user is told', async () => {
    const match = buildMatch({ company: buildCompanySummary({ name: 'Østergaard Byg A/S' }) });
    const { deps, seen } = world({ context: buildContext({ matches: [match] }) });
    assert.equal(await runQuickAction(deps), 'logged');
    assert.deepEqual(seen.contexts, [[['kontakt@oestergaard-byg.dk'], '<abc@oestergaard-byg.dk>']]);
    assert.deepEqual(seen.logged, [
      ['email', { itemId: 'rest-id', itemIdType: 'rest', companyId: match.company.id, topics: [] }],
    ]);
    assert.deepEqual(seen.notes, [['info', 'Logget til Kontaktspor: Østergaard Byg A/S']]);
    assert.equal(seen.panes, 0);
  });

  it('when a colleague logged it first, then the notification says who', async () => {
    const { deps, seen } = world({
      context: buildContext({ matches: [buildMatch()] }),
      log: async () => buildLogResult({ status: 'already_logged', loggedBy: [{ id: 's1', name: 'Camilla Bøgh' }] }),
    });
    assert.equal(await runQuickAction(deps), 'already-logged');
    assert.deepEqual(seen.notes, [['info', 'Allerede logget af Camilla Bøgh']]);
  });

  it('when several companies match, then nothing is logged and the pane opens for the choice', async () => {
    const { deps, seen } = world({ context: buildContext({ matches: [buildMatch(), buildMatch()] }) });
    assert.equal(await runQuickAction(deps), 'opened-pane');
    assert.deepEqual(seen.logged, []);
    assert.equal(seen.panes, 1);
    assert.deepEqual(seen.notes, [['info', 'Vælg virksomhed i ruden']]);
  });

  it('when no company matches (a gmail sender), then the pane opens for a search', async () => {
    const { deps, seen } = world({ item: buildReadEmail({ from: { email: 'per@gmail.com', name: null } }) });
    assert.equal(await runQuickAction(deps), 'opened-pane');
    assert.equal(seen.panes, 1);
  });

  it('when Graph cannot find the item, then the error notification says so in Danish', async () => {
    const { deps, seen } = world({
      context: buildContext({ matches: [buildMatch()] }),
      log: async () => Promise.reject(new ApiError(404, 'NOT_FOUND', 'No such item')),
    });
    assert.equal(await runQuickAction(deps), 'failed');
    assert.equal(seen.notes[0]?.[0], 'error');
    assert.match(seen.notes[0]?.[1] ?? '', /^Kontaktspor: Elementet blev ikke fundet i din postkasse/);
  });

  it('when the draft cannot be saved, then nothing is posted and the user hears why', async () => {
    const { deps, seen } = world({
      context: buildContext({ matches: [buildMatch()] }),
      save: async () => Promise.reject(new HostError('Mailbox is full')),
    });
    assert.equal(await runQuickAction(deps), 'failed');
    assert.deepEqual(seen.logged, []);
    assert.deepEqual(seen.notes, [['error', 'Kontaktspor: Outlook kunne ikke give os elementet: Mailbox is full']]);
  });

  it('when no item is selected, then the user is told and nothing is looked up', async () => {
    const { deps, seen } = world({ item: null });
    assert.equal(await runQuickAction(deps), 'no-item');
    assert.deepEqual(seen.contexts, []);
    assert.equal(seen.notes[0]?.[0], 'error');
  });
});
