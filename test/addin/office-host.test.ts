import assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { NOTIFICATION_ICON, createOfficeHost, type OfficeHost } from '../../addin/src/office-host.js';

// office.js as Outlook shapes it: enums with their real string values, async calls with callbacks.
type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok = (value: unknown) => (cb: Callback) => cb({ status: 'succeeded', value });
const fails = (message: string) => (cb: Callback) => cb({ status: 'failed', error: { message } });

function officeWith(
  item: Record<string, unknown> | null,
  options: { platform?: string; convert?: boolean; host?: string | null; replace?: boolean } = {},
) {
  const calls = { notifications: [] as unknown[][], replaced: [] as unknown[][], handlers: [] as unknown[] };
  const mailbox: Record<string, unknown> = {
    item: item ?? undefined,
    addHandlerAsync: (type: string, handler: () => void) => calls.handlers.push(type, handler),
  };
  if (options.convert !== false) mailbox.convertToRestId = (id: string, version: string) => `rest(${version}):${id}`;
  if (item) {
    const record =
      (into: unknown[][]) =>
      (...args: unknown[]) => {
        into.push(args.slice(0, 2));
        (args[2] as Callback | undefined)?.({ status: 'succeeded' });
      };
    item.notificationMessages = {
      addAsync: record(calls.notifications),
      ...(options.replace ? { replaceAsync: record(calls.replaced) } : {}),
    };
  }
  const office = new OfficeMockObject({
    host: 'outlook',
    onReady: async () => ({
      host: options.host === undefined ? 'Outlook' : options.host,
      platform: options.platform ?? 'PC',
    }),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
      },
    },
    context: {
      displayLanguage: 'da-DK',
      platform: options.platform ?? 'PC',
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
      requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && version <= '1.8' },
      mailbox,
    },
  });
  return { host: createOfficeHost(office as unknown as typeof Office), calls };
}

const readMessage = () => ({
  itemType: 'message',
  itemId: 'AAMkAGI2-ews=',
  internetMessageId: '<abc@oestergaard-byg.dk>',
  subject: 'Ny medarbejder <img src=x onerror=alert(1)>',
  from: { displayName: 'Per Østergaard', emailAddress: 'per@oestergaard-byg.dk' },
  sender: { displayName: 'Assistent', emailAddress: 'assistent@oestergaard-byg.dk' },
  to: [{ displayName: 'Mette Hansen', emailAddress: 'mette.hansen@roskilde.dk' }],
  cc: [{ displayName: 'Lis', emailAddress: 'lis@oestergaard-byg.dk' }],
  body: { getAsync: (_coercion: string, cb: Callback) => ok('Hej Mette\nVi mangler folk.')(cb) },
});

describe('add-in office host (office-addin-mock)', () => {
  describe('a message in read mode', () => {
    let host: OfficeHost;
    let calls: ReturnType<typeof officeWith>['calls'];
    beforeEach(() => ({ host, calls } = officeWith(readMessage())));

    it('when the pane opens on a received email, then sender, recipients, subject and internetMessageId are read', async () => {
      assert.deepEqual(await host.readItem(), {
        kind: 'email',
        mode: 'read',
        subject: 'Ny medarbejder <img src=x onerror=alert(1)>',
        internetMessageId: '<abc@oestergaard-byg.dk>',
        from: { email: 'per@oestergaard-byg.dk', name: 'Per Østergaard' },
        recipients: [
          { email: 'mette.hansen@roskilde.dk', name: 'Mette Hansen' },
          { email: 'lis@oestergaard-byg.dk', name: 'Lis' },
        ],
        organizer: null,
        attendees: [],
      });
    });

    it('when the item id is needed on the desktop, then the EWS id is converted to a REST id (v2.0)', async () => {
      assert.deepEqual(await host.itemRef({ save: true }), { itemId: 'rest(v2.0):AAMkAGI2-ews=', itemIdType: 'rest' });
    });

    it('when the body is read, then it comes as plain text', async () => {
      assert.equal(await host.bodyText(), 'Hej Mette\nVi mangler folk.');
    });

    it('when Office is ready in Outlook, then the host says so, with language and theme', async () => {
      assert.deepEqual(await host.ready(), { inOffice: true });
      assert.equal(host.displayLanguage(), 'da-DK');
      assert.equal(host.bodyBackgroundColor(), '#1f1f1f');
      assert.equal(host.isSetSupported('Mailbox', '1.8'), true);
      assert.equal(host.isSetSupported('NestedAppAuth', '1.1'), false);
    });

    it('when the user selects another item in a pinned pane, then the handler runs', () => {
      let changed = 0;
      host.onItemChanged(() => changed++);
      assert.equal(calls.handlers[0], 'olkItemSelectedChanged');
      (calls.handlers[1] as () => void)();
      assert.equal(changed, 1);
    });

    it('when an informational notification is shown, then it carries the manifest icon and at most 150 characters', async () => {
      await host.notify('info', 'x'.repeat(200));
      const [key, details] = calls.notifications[0] as [
        string,
        { type: string; message: string; icon: string; persistent: boolean },
      ];
      assert.equal(key, 'kontaktspor');
      assert.equal(details.type, 'informationalMessage');
      assert.equal(details.icon, NOTIFICATION_ICON);
      assert.equal(details.persistent, false);
      assert.equal(details.message.length, 150);
      await host.notify('error', 'Kontaktspor: fejl');
      assert.deepEqual(calls.notifications[1], ['kontaktspor', { type: 'errorMessage', message: 'Kontaktspor: fejl' }]);
    });
  });

  it('when a notification was shown before on the item, then it is replaced (Outlook refuses a key twice)', async () => {
    const { host, calls } = officeWith(readMessage(), { replace: true });
    await host.notify('error', 'first');
    await host.notify('error', 'second');
    assert.deepEqual(calls.replaced, [
      ['kontaktspor', { type: 'errorMessage', message: 'first' }],
      ['kontaktspor', { type: 'errorMessage', message: 'second' }],
    ]);
    assert.equal(calls.notifications.length, 0);
  });

  it('when the message has no from (a draft-like item), then the sender is used', async () => {
    const { host } = officeWith({ ...readMessage(), from: undefined });
    assert.equal((await host.readItem())?.from?.email, 'assistent@oestergaard-byg.dk');
  });

  it('when the pane runs on iOS or Android, then the item id is sent as it is (already REST)', async () => {
    for (const platform of ['iOS', 'Android']) {
      const { host } = officeWith(readMessage(), { platform });
      assert.deepEqual(await host.itemRef({ save: false }), { itemId: 'AAMkAGI2-ews=', itemIdType: 'rest' }, platform);
    }
  });

  it('when convertToRestId is unavailable, then the EWS id is sent as ews for the service to translate', async () => {
    const { host } = officeWith(readMessage(), { convert: false });
    assert.deepEqual(await host.itemRef({ save: false }), { itemId: 'AAMkAGI2-ews=', itemIdType: 'ews' });
  });

  describe('an item in a shared mailbox (Mailbox 1.13)', () => {
    const inShared = (answer: (cb: Callback) => void) => ({
      ...readMessage(),
      getSharedPropertiesAsync: answer,
    });

    it('when the email is in jobordre@, then the snapshot and the item id name that mailbox', async () => {
      const { host } = officeWith(
        inShared(ok({ targetMailbox: 'Jobordre@Roskilde.dk', owner: 'jobordre@roskilde.dk', delegatePermissions: 1 })),
      );
      assert.equal((await host.readItem())?.sharedMailbox, 'jobordre@roskilde.dk');
      assert.deepEqual(await host.itemRef({ save: false }), {
        itemId: 'rest(v2.0):AAMkAGI2-ews=',
        itemIdType: 'rest',
        sharedMailbox: 'jobordre@roskilde.dk',
      });
    });

    it("when a client gives a location rather than an address as targetMailbox, then the owner's address is used", async () => {
      const { host } = officeWith(inShared(ok({ targetMailbox: 'AAMkADk0-location', owner: 'jobordre@roskilde.dk' })));
      assert.equal((await host.itemRef({ save: false }))?.sharedMailbox, 'jobordre@roskilde.dk');
    });

    it("when the item is in the user's own mailbox (office.js answers with a failure), then nothing names a shared mailbox", async () => {
      const { host } = officeWith(inShared(fails("The current folder or mailbox isn't shared.")));
      assert.equal('sharedMailbox' in ((await host.readItem()) ?? {}), false);
      assert.deepEqual(await host.itemRef({ save: false }), { itemId: 'rest(v2.0):AAMkAGI2-ews=', itemIdType: 'rest' });
    });
  });

  describe('a message in compose mode', () => {
    const composeMessage = (saved: string | null) => {
      const state = { saves: 0 };
      const item = {
        itemType: 'message',
        subject: { getAsync: ok('Tilbud om praktik') },
        to: { getAsync: ok([{ displayName: 'Per', emailAddress: 'per@oestergaard-byg.dk' }]) },
        cc: { getAsync: ok([]) },
        from: { getAsync: ok({ displayName: 'Mette', emailAddress: 'mette.hansen@roskilde.dk' }) },
        body: { getAsync: (_c: string, cb: Callback) => ok('Hej Per')(cb) },
        saveAsync: (cb: Callback) => {
          state.saves++;
          ok('AAMkDraft-ews=')(cb);
        },
        getItemIdAsync: saved ? ok(saved) : fails('The item has not been saved.'),
      };
      return { item, state };
    };

    it('when an email is being written, then recipients and subject come through getAsync', async () => {
      const { host } = officeWith(composeMessage(null).item);
      assert.deepEqual(await host.readItem(), {
        kind: 'email',
        mode: 'compose',
        subject: 'Tilbud om praktik',
        internetMessageId: null,
        from: null,
        recipients: [{ email: 'per@oestergaard-byg.dk', name: 'Per' }],
        organizer: null,
        attendees: [],
      });
    });

    it('when the draft was never saved, then opening the pane does not save it and there is no id yet', async () => {
      const { item, state } = composeMessage(null);
      const { host } = officeWith(item);
      assert.equal(await host.itemRef({ save: false }), null);
      assert.equal(state.saves, 0);
    });

    it('when the draft is logged, then it is saved first and the saved id is converted', async () => {
      const { item, state } = composeMessage(null);
      const { host } = officeWith(item);
      assert.deepEqual(await host.itemRef({ save: true }), { itemId: 'rest(v2.0):AAMkDraft-ews=', itemIdType: 'rest' });
      assert.equal(state.saves, 1);
    });

    it('when the draft was saved before, then its id is used without saving again', async () => {
      const { item, state } = composeMessage('AAMkSaved-ews=');
      const { host } = officeWith(item);
      assert.deepEqual(await host.itemRef({ save: false }), {
        itemId: 'rest(v2.0):AAMkSaved-ews=',
        itemIdType: 'rest',
      });
      assert.equal(state.saves, 0);
    });

    it("when saving fails, then the failure is a host error with Office's message", async () => {
      const { item } = composeMessage(null);
      const { host } = officeWith({ ...item, saveAsync: fails('Mailbox is full') });
      await assert.rejects(host.itemRef({ save: true }), { name: 'HostError', message: 'Mailbox is full' });
    });
  });

  describe('an appointment', () => {
    it('when an attendee opens a meeting, then organizer and required + optional attendees are read', async () => {
      const { host } = officeWith({
        itemType: 'appointment',
        itemId: 'AAMkEvent-ews=',
        subject: 'Virksomhedsbesøg',
        organizer: { displayName: 'Per Østergaard', emailAddress: 'per@oestergaard-byg.dk' },
        requiredAttendees: [{ displayName: 'Mette Hansen', emailAddress: 'mette.hansen@roskilde.dk' }],
        optionalAttendees: [
          { displayName: 'Lis', emailAddress: 'lis@oestergaard-byg.dk' },
          { displayName: 'Room', emailAddress: '' },
        ],
        start: new Date('2026-03-12T09:00:00Z'),
      });
      assert.deepEqual(await host.readItem(), {
        kind: 'meeting',
        mode: 'read',
        subject: 'Virksomhedsbesøg',
        internetMessageId: null,
        from: null,
        recipients: [],
        organizer: { email: 'per@oestergaard-byg.dk', name: 'Per Østergaard' },
        attendees: [
          { email: 'mette.hansen@roskilde.dk', name: 'Mette Hansen' },
          { email: 'lis@oestergaard-byg.dk', name: 'Lis' },
        ],
      });
      assert.deepEqual(await host.itemRef({ save: false }), {
        itemId: 'rest(v2.0):AAMkEvent-ews=',
        itemIdType: 'rest',
      });
    });

    it('when the organizer writes a meeting, then attendees come through getAsync', async () => {
      const { host } = officeWith({
        itemType: 'appointment',
        subject: { getAsync: ok('Opfølgning') },
        organizer: { getAsync: ok({ displayName: 'Mette Hansen', emailAddress: 'mette.hansen@roskilde.dk' }) },
        requiredAttendees: { getAsync: ok([{ displayName: 'Per', emailAddress: 'per@oestergaard-byg.dk' }]) },
        optionalAttendees: { getAsync: ok([]) },
      });
      const item = await host.readItem();
      assert.equal(item?.mode, 'compose');
      assert.equal(item?.organizer?.email, 'mette.hansen@roskilde.dk');
      assert.deepEqual(item?.attendees, [{ email: 'per@oestergaard-byg.dk', name: 'Per' }]);
    });
  });

  it('when no item is selected, then there is nothing to read', async () => {
    const { host } = officeWith(null);
    assert.equal(await host.readItem(), null);
    assert.equal(await host.itemRef({ save: true }), null);
  });

  it('when office.js runs outside Office (host null), then the host says it is not in Office', async () => {
    const { host } = officeWith(readMessage(), { host: null });
    assert.deepEqual(await host.ready(), { inOffice: false });
  });

  it('when office.js is absent altogether, then the host is inert, not broken', async () => {
    const host = createOfficeHost(undefined);
    assert.deepEqual(await host.ready(), { inOffice: false });
    assert.equal(await host.readItem(), null);
    assert.equal(host.displayLanguage(), '');
    assert.equal(await host.showAsTaskpane(), false);
    await assert.rejects(host.getAccessToken({}), { name: 'HostError' });
  });
});
