/// <reference types="office-js" />
/**
 * The only file that touches office.js: a small typed interface over the `Office.*` members the pane
 * and the quick action use. Everything else takes an `OfficeHost` and is testable without Office.
 */

export type ItemKind = 'email' | 'meeting';
export type ItemMode = 'read' | 'compose';

export interface Address {
  email: string;
  name: string | null;
}

/** What the pane needs to know about the selected item, read once. */
export interface ItemSnapshot {
  kind: ItemKind;
  mode: ItemMode;
  subject: string | null;
  /** Read-mode messages only: the key the shared history dedupes on. */
  internetMessageId: string | null;
  /** Message: the author (`from`, else `sender`). */
  from: Address | null;
  /** Message: to + cc. */
  recipients: Address[];
  /** Meeting: the organizer. */
  organizer: Address | null;
  /** Meeting: required + optional attendees. */
  attendees: Address[];
  /** Set when the item is in a shared mailbox or shared folder: that mailbox's SMTP address. */
  sharedMailbox?: string;
}

/** The item id the service reads through Graph, and the shared mailbox it is in (absent: the user's own). */
export interface ItemRef {
  itemId: string;
  itemIdType: 'rest' | 'ews';
  sharedMailbox?: string;
}

/** The event a function command receives; Office waits until `completed()`. */
export interface CommandEvent {
  completed(): void;
}

export interface OfficeHost {
  /** Resolves once office.js is ready; `inOffice` is false outside Office (host null) or without office.js. */
  ready(): Promise<{ inOffice: boolean }>;
  displayLanguage(): string;
  /** The Office theme's body background, e.g. "#1f1f1f"; null when unknown. */
  bodyBackgroundColor(): string | null;
  isSetSupported(name: string, version: string): boolean;
  /** The selected item, or null when none is selected. */
  readItem(): Promise<ItemSnapshot | null>;
  /**
   * The id to send the service. Read mode: the EWS id converted to REST (already REST on mobile;
   * sent as EWS when conversion is unavailable). Compose: `save` first saves the draft (the item
   * must exist in the mailbox); without it, the id of an already saved draft, else null.
   */
  itemRef(options: { save: boolean }): Promise<ItemRef | null>;
  /** The body as plain text (compose: the draft's current text). */
  bodyText(): Promise<string | null>;
  /** Pinned pane: the user selected another item. */
  onItemChanged(handler: () => void): void;
  /** A notification bar on the item (at most 150 characters; longer text is cut). */
  notify(kind: 'info' | 'error', message: string): Promise<void>;
  /** Office SSO token for the service (fallback when nested app authentication is unavailable). */
  getAccessToken(options: { claims?: string }): Promise<string>;
  /** Binds a ribbon function command. */
  associate(name: string, handler: (event: CommandEvent) => void): void;
  /** Opens the task pane; false when the host cannot. */
  showAsTaskpane(): Promise<boolean>;
}

/** A host call failed; the message is Office's and safe to show. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

// The item as office.js shapes it across read and compose modes; typed loosely on purpose, because
// the same property is a value in read mode and an object with getAsync in compose mode.
type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;
type AsyncProp<T> = { getAsync(callback: AsyncCallback<T>): void };
type Details = { displayName?: string; emailAddress?: string };
type SharedProperties = { targetMailbox?: string; owner?: string };
interface LooseItem {
  itemType?: string;
  itemId?: string;
  internetMessageId?: string;
  subject?: string | AsyncProp<string>;
  from?: Details | AsyncProp<Details>;
  sender?: Details;
  to?: Details[] | AsyncProp<Details[]>;
  cc?: Details[] | AsyncProp<Details[]>;
  organizer?: Details | AsyncProp<Details>;
  requiredAttendees?: Details[] | AsyncProp<Details[]>;
  optionalAttendees?: Details[] | AsyncProp<Details[]>;
  body?: { getAsync(coercion: Office.CoercionType | string, callback: AsyncCallback<string>): void };
  saveAsync?(callback: AsyncCallback<string>): void;
  getItemIdAsync?(callback: AsyncCallback<string>): void;
  /** Mailbox 1.8 (shared folders) / 1.13 (shared mailboxes); fails when the item is not shared. */
  getSharedPropertiesAsync?(callback: AsyncCallback<SharedProperties>): void;
  notificationMessages?: {
    addAsync(key: string, message: Record<string, unknown>, callback?: AsyncCallback<void>): void;
    replaceAsync?(key: string, message: Record<string, unknown>, callback?: AsyncCallback<void>): void;
  };
}

const NOTIFICATION_KEY = 'kontaktspor';
/** The 16x16 icon's resource id in the manifest: InformationalMessage requires one. */
export const NOTIFICATION_ICON = 'Icon.16x16';
const NOTIFICATION_MAX = 150;
const READY_TIMEOUT_MS = 10_000;
const NOTIFY_WAIT_MS = 3_000;

function isAsyncProp<T>(value: unknown): value is AsyncProp<T> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncProp<T>).getAsync === 'function';
}

function toAddress(details: Details | null | undefined): Address | null {
  const email = details?.emailAddress?.trim();
  if (!email) return null;
  return { email, name: details?.displayName?.trim() || null };
}

function toAddresses(list: Details[] | null | undefined): Address[] {
  return (list ?? []).map(toAddress).filter((a): a is Address => a !== null);
}

const looksLikeAddress = (value: string | undefined): value is string => /^[^\s@]+@[^\s@]+$/.test(value?.trim() ?? '');

/** `{ sharedMailbox }` for an item of a shared mailbox or folder, `{}` for the user's own (or a host without the API). */
function sharedPart(mailbox: string | null): { sharedMailbox?: string } {
  return mailbox ? { sharedMailbox: mailbox } : {};
}

/** office.js behind a small interface. `office` defaults to the global `Office` (absent outside Office). */
export function createOfficeHost(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): OfficeHost {
  const item = (): LooseItem | null => (office?.context?.mailbox?.item as unknown as LooseItem | undefined) ?? null;

  function call<T>(start: (callback: AsyncCallback<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      start((result) => {
        if (result.status === office!.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new HostError(result.error?.message ?? 'Office call failed'));
      });
    });
  }

  async function value<T>(prop: T | AsyncProp<T> | undefined): Promise<T | undefined> {
    if (prop === undefined || prop === null) return undefined;
    return isAsyncProp<T>(prop) ? call<T>((cb) => prop.getAsync(cb)) : (prop as T);
  }

  function isMobile(): boolean {
    const platform = office?.context?.platform;
    return platform === office?.PlatformType?.iOS || platform === office?.PlatformType?.Android;
  }

  /**
   * The shared mailbox the item is in: targetMailbox (the owner's address where a client gives a
   * location instead). Null in the user's own mailbox, where office.js answers with a failure, and
   * in hosts before Mailbox 1.8, which lack the method.
   */
  async function sharedMailboxOf(current: LooseItem): Promise<string | null> {
    if (typeof current.getSharedPropertiesAsync !== 'function') return null;
    const shared = await call<SharedProperties>((cb) => current.getSharedPropertiesAsync!(cb)).catch(() => null);
    const address = [shared?.targetMailbox, shared?.owner].find(looksLikeAddress);
    return address ? address.trim().toLowerCase() : null;
  }

  function toRef(ewsId: string): ItemRef {
    if (isMobile()) return { itemId: ewsId, itemIdType: 'rest' };
    const mailbox = office?.context?.mailbox;
    if (typeof mailbox?.convertToRestId === 'function') {
      try {
        return { itemId: mailbox.convertToRestId(ewsId, office!.MailboxEnums.RestVersion.v2_0), itemIdType: 'rest' };
      } catch {
        // Conversion unavailable in this host: the service translates EWS ids itself.
      }
    }
    return { itemId: ewsId, itemIdType: 'ews' };
  }

  /** Read mode: the item's id. Compose: the saved draft's id (saving first when asked), else null. */
  async function itemIdOf(current: LooseItem, save: boolean): Promise<string | null> {
    if (!isAsyncProp(current.subject)) return current.itemId || null;
    if (save && current.saveAsync) return (await call<string>((cb) => current.saveAsync!(cb))) || null;
    if (!current.getItemIdAsync) return null;
    // An unsaved draft has no id yet: that is an answer, not a failure.
    return call<string>((cb) => current.getItemIdAsync!(cb)).catch(() => null);
  }

  return {
    async ready() {
      if (!office || typeof office.onReady !== 'function') return { inOffice: false };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS)));
      try {
        const info = await Promise.race([office.onReady(), timeout]);
        return { inOffice: Boolean(info?.host) };
      } finally {
        clearTimeout(timer);
      }
    },

    displayLanguage: () => office?.context?.displayLanguage ?? '',

    bodyBackgroundColor: () => office?.context?.officeTheme?.bodyBackgroundColor ?? null,

    isSetSupported(name, version) {
      try {
        return Boolean(office?.context?.requirements?.isSetSupported(name, version));
      } catch {
        return false;
      }
    },

    async readItem() {
      const current = item();
      if (!current) return null;
      const kind: ItemKind = current.itemType === office?.MailboxEnums.ItemType.Appointment ? 'meeting' : 'email';
      const mode: ItemMode = isAsyncProp(current.subject) ? 'compose' : 'read';
      const shared = sharedPart(await sharedMailboxOf(current));
      if (kind === 'meeting') {
        const [subject, organizer, required, optional] = await Promise.all([
          value(current.subject),
          value(current.organizer).catch(() => undefined),
          value(current.requiredAttendees),
          value(current.optionalAttendees),
        ]);
        return {
          kind,
          mode,
          subject: subject || null,
          internetMessageId: null,
          from: null,
          recipients: [],
          organizer: toAddress(organizer),
          attendees: [...toAddresses(required), ...toAddresses(optional)],
          ...shared,
        };
      }
      const [subject, to, cc] = await Promise.all([value(current.subject), value(current.to), value(current.cc)]);
      const from =
        mode === 'read' ? (toAddress(current.from as Details | undefined) ?? toAddress(current.sender)) : null;
      return {
        kind,
        mode,
        subject: subject || null,
        internetMessageId: mode === 'read' ? current.internetMessageId || null : null,
        from,
        recipients: [...toAddresses(to), ...toAddresses(cc)],
        organizer: null,
        attendees: [],
        ...shared,
      };
    },

    async itemRef({ save }) {
      const current = item();
      if (!current) return null;
      const id = await itemIdOf(current, save);
      // In a shared mailbox the service reads (and translates the id) there, not in the user's own.
      return id ? { ...toRef(id), ...sharedPart(await sharedMailboxOf(current)) } : null;
    },

    async bodyText() {
      const body = item()?.body;
      if (!body) return null;
      return call<string>((cb) => body.getAsync(office!.CoercionType.Text, cb));
    },

    onItemChanged(handler) {
      const mailbox = office?.context?.mailbox;
      if (typeof mailbox?.addHandlerAsync !== 'function') return;
      mailbox.addHandlerAsync(office!.EventType.ItemChanged, () => handler());
    },

    async notify(kind, message) {
      const messages = item()?.notificationMessages;
      if (!messages) return;
      const text = message.length > NOTIFICATION_MAX ? `${message.slice(0, NOTIFICATION_MAX - 1)}…` : message;
      const types = office!.MailboxEnums.ItemNotificationMessageType;
      const details =
        kind === 'info'
          ? { type: types.InformationalMessage, message: text, icon: NOTIFICATION_ICON, persistent: false }
          : { type: types.ErrorMessage, message: text };
      // Never let a notification hold up event.completed(): wait for the callback, but not for long.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, NOTIFY_WAIT_MS);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        try {
          // One Kontaktspor line per item: replace the previous one (adding a key twice fails in Outlook).
          if (typeof messages.replaceAsync === 'function') messages.replaceAsync(NOTIFICATION_KEY, details, done);
          else messages.addAsync(NOTIFICATION_KEY, details, done);
        } catch {
          done();
        }
      });
    },

    getAccessToken({ claims }) {
      if (!office?.auth) return Promise.reject(new HostError('Office SSO is not available'));
      return office.auth.getAccessToken({
        allowSignInPrompt: true,
        allowConsentPrompt: true,
        ...(claims ? { authChallenge: claims } : {}),
      });
    },

    associate(name, handler) {
      office?.actions?.associate(name, handler);
    },

    async showAsTaskpane() {
      try {
        if (!office?.addin?.showAsTaskpane) return false;
        await office.addin.showAsTaskpane();
        return true;
      } catch {
        return false;
      }
    },
  };
}
