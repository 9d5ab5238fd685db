// @ts-check
/*
 * Kontaktspor demo: an office.js stand-in for Outlook on the web.
 *
 * Demo mode and tests have no Microsoft tenant and no internet, so the server serves this file in
 * place of Microsoft's office.js (the server decides; the page never guesses). It defines a global
 * `Office` with the small part of the Outlook API the task pane and the quick action use, with the
 * same shapes, enum values and callback conventions as the real library, so code written against it
 * runs unchanged in Outlook. Anything not listed here is absent on purpose: an add-in that needs more
 * should fail here first rather than in production.
 *
 * Where the data comes from: the item named by `?demoItem=<REST id>` in this page's URL, read from
 * `/dev/api/mailbox/items/<id>` (the Graph emulator). The demo "Outlook" page that hosts the pane
 * in an iframe talks to it with postMessage (same origin only): it says when another item is selected
 * (-> ItemChanged, as for a pinned pane) and shows the notifications and pane requests sent from here.
 *
 * Plain ES2020, no build step, not minified; `// @ts-check` with JSDoc types, checked by
 * `npm run typecheck` (src/demo/outlook/tsconfig.json).
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Enums: the real string values, so comparisons written against office.js hold.
  // ---------------------------------------------------------------------------------------------

  const AsyncResultStatus = Object.freeze({ Succeeded: 'succeeded', Failed: 'failed' });
  const HostType = Object.freeze({
    Word: 'Word',
    Excel: 'Excel',
    PowerPoint: 'PowerPoint',
    Outlook: 'Outlook',
    OneNote: 'OneNote',
    Project: 'Project',
    Access: 'Access',
    Visio: 'Visio',
  });
  const PlatformType = Object.freeze({
    PC: 'PC',
    OfficeOnline: 'OfficeOnline',
    Mac: 'Mac',
    iOS: 'iOS',
    Android: 'Android',
    Universal: 'Universal',
  });
  const CoercionType = Object.freeze({ Text: 'text', Html: 'html' });
  const EventType = Object.freeze({ ItemChanged: 'olkItemSelectedChanged' });
  const MailboxEnums = Object.freeze({
    ItemType: Object.freeze({ Message: 'message', Appointment: 'appointment' }),
    RestVersion: Object.freeze({ v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' }),
    ItemNotificationMessageType: Object.freeze({
      ProgressIndicator: 'progressIndicator',
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      InsightMessage: 'insightMessage',
    }),
    RecipientType: Object.freeze({
      Other: 'other',
      DistributionList: 'distributionList',
      User: 'user',
      ExternalUser: 'externalUser',
    }),
    ResponseType: Object.freeze({
      None: 'none',
      Organizer: 'organizer',
      Tentative: 'tentative',
      Accepted: 'accepted',
      Declined: 'declined',
    }),
  });
  const NOTIFICATION_TYPES = Object.values(MailboxEnums.ItemNotificationMessageType);

  // What this stand-in claims, as Outlook on the web would for a Mailbox 1.13 client. NAA is off, so a
  // pane falls back to Office.auth.getAccessToken, which says "not supported" (13000): in demo mode
  // the server needs no token at all.
  const REQUIREMENT_SETS = Object.freeze({ mailbox: '1.13' });

  // ---------------------------------------------------------------------------------------------
  // Page context: URL parameters, where the demo API is, who hosts us.
  // ---------------------------------------------------------------------------------------------

  const params = new URLSearchParams(window.location.search);
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  // The API sits next to this script (`/dev/office-standin.js` -> `/dev/api/...`), wherever /dev is mounted.
  const apiBase = new URL('api/', script && script.src ? script.src : new URL('/dev/', window.location.href));
  const embedded = window.parent !== window;
  const SOURCE_KEY = 'kontaktsporDemo';

  function languageFrom(value) {
    if (!value) return 'da-DK';
    const lower = value.toLowerCase();
    if (lower === 'da') return 'da-DK';
    if (lower === 'en') return 'en-US';
    return /^[a-z]{2,3}-[a-z]{2}$/i.test(value) ? value : 'da-DK';
  }

  // Outlook documents only the four colours (themeId and isDarkTheme are not supported in Outlook),
  // so panes must tell dark from light by the body colour, and so must code tested here.
  const THEMES = Object.freeze({
    light: Object.freeze({
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#242424',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#242424',
    }),
    dark: Object.freeze({
      bodyBackgroundColor: '#292929',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#1F1F1F',
      controlForegroundColor: '#FFFFFF',
    }),
  });

  /** Sends one message to the hosting demo page (same origin only); a no-op when opened on its own. */
  function postToShell(type, data) {
    if (!embedded) return;
    const message = Object.assign({}, data || {}, { type: type });
    message[SOURCE_KEY] = 'standin';
    try {
      window.parent.postMessage(message, window.location.origin);
    } catch (error) {
      console.warn('office-standin: could not post to the demo page', error);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // AsyncResult and argument conventions.
  // ---------------------------------------------------------------------------------------------

  /** Office's `Office.Error`: name, message, numeric code. */
  function officeError(name, message, code) {
    return Object.freeze({ name: name, message: message, code: code });
  }

  /**
   * Office's AsyncResult: `status` and `value`, `error` only when it failed, `asyncContext` only when
   * the caller gave one. Callbacks always run later, never inside the call, as in office.js.
   */
  function complete(callback, options, value, error) {
    if (typeof callback !== 'function') return;
    const result = {
      status: error ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
      value: error ? undefined : value,
    };
    if (error) result.error = error;
    if (options && Object.prototype.hasOwnProperty.call(options, 'asyncContext'))
      result.asyncContext = options.asyncContext;
    setTimeout(function () {
      callback(result);
    }, 0);
  }

  /** office.js methods take `(…, [options], [callback])`: either may be left out. */
  function optionsAndCallback(args) {
    let options;
    let callback;
    for (const arg of args) {
      if (typeof arg === 'function') callback = arg;
      else if (arg && typeof arg === 'object') options = arg;
    }
    return { options: options, callback: callback };
  }

  function argumentError(message, name) {
    const error = new Error(message);
    error.name = name || 'Sys.ArgumentException';
    return error;
  }

  // ---------------------------------------------------------------------------------------------
  // Item ids: the EWS encoding of the Graph emulator (graph-ids.ts): base64 of 'EWS:' + REST id.
  // ---------------------------------------------------------------------------------------------

  function base64FromUtf8(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }

  function ewsIdFor(restId) {
    return base64FromUtf8('EWS:' + restId);
  }

  function restIdFromEws(ewsId) {
    if (typeof ewsId !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(ewsId)) return null;
    let decoded;
    try {
      const binary = atob(ewsId);
      const bytes = Uint8Array.from(binary, function (ch) {
        return ch.charCodeAt(0);
      });
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (_error) {
      return null;
    }
    if (!decoded.startsWith('EWS:') || base64FromUtf8(decoded) !== ewsId) return null;
    return decoded.slice(4);
  }

  function checkRestVersion(version) {
    if (!Object.values(MailboxEnums.RestVersion).includes(version)) {
      throw argumentError("The value of the parameter 'restVersion' is invalid.");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The demo API.
  // ---------------------------------------------------------------------------------------------

  async function getJson(path) {
    const response = await fetch(new URL(path, apiBase), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const error = /** @type {Error & { status?: number }} */ (
        new Error('GET ' + path + ' answered ' + response.status)
      );
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function itemPath(restId, html) {
    return 'mailbox/items/' + encodeURIComponent(restId) + (html ? '?bodyType=html' : '');
  }

  // ---------------------------------------------------------------------------------------------
  // Item objects, built from the Graph JSON of the demo API.
  // ---------------------------------------------------------------------------------------------

  let userProfile = Object.freeze({
    displayName: '',
    emailAddress: '',
    accountType: 'enterprise',
    timeZone: 'Romance Standard Time',
  });

  function domainOf(address) {
    const at = (address || '').lastIndexOf('@');
    return at < 0 ? '' : address.slice(at + 1).toLowerCase();
  }

  /** Graph recipient -> Office EmailAddressDetails. Same domain as the user = internal ('user'). */
  function emailDetails(recipient, extra) {
    const address = (recipient && recipient.emailAddress) || {};
    const emailAddress = address.address || '';
    const own = domainOf(emailAddress) !== '' && domainOf(emailAddress) === domainOf(userProfile.emailAddress);
    return Object.assign(
      {
        displayName: address.name || emailAddress,
        emailAddress: emailAddress,
        recipientType: own ? MailboxEnums.RecipientType.User : MailboxEnums.RecipientType.ExternalUser,
      },
      extra || {},
    );
  }

  const RESPONSES = {
    accepted: 'accepted',
    tentativelyAccepted: 'tentative',
    declined: 'declined',
    organizer: 'organizer',
  };

  function attendeeDetails(attendee) {
    const response = (attendee && attendee.status && attendee.status.response) || 'none';
    return emailDetails(attendee, { appointmentResponse: RESPONSES[response] || MailboxEnums.ResponseType.None });
  }

  /** Graph time -> Date. The emulator keeps events in UTC (`2025-06-21T08:00:00.0000000`, 'UTC'). */
  function toDate(value) {
    if (!value) return null;
    if (typeof value === 'string') return new Date(value);
    const text = String(value.dateTime || '').slice(0, 23);
    return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : text + 'Z');
  }

  function bodyFor(restId, textBody) {
    return Object.freeze({
      getAsync: function (coercionType) {
        if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html) {
          throw argumentError("The value of the parameter 'coercionType' is invalid.");
        }
        const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
        if (coercionType === CoercionType.Text) return complete(rest.callback, rest.options, textBody);
        getJson(itemPath(restId, true)).then(
          function (json) {
            complete(rest.callback, rest.options, (json.body && json.body.content) || '');
          },
          function () {
            complete(
              rest.callback,
              rest.options,
              undefined,
              officeError('GenericResponseError', 'The body could not be read.', 9020),
            );
          },
        );
      },
    });
  }

  /** A getAsync-only property, as compose-mode fields are. */
  function asyncValue(value) {
    return Object.freeze({
      getAsync: function () {
        const rest = optionsAndCallback(arguments);
        complete(rest.callback, rest.options, value);
      },
    });
  }

  /** Builds `Office.context.mailbox.item` from Graph JSON: read mode, or compose for a draft. */
  function buildItem(json) {
    const restId = json.id;
    const isEvent = json['@odata.type'] === '#microsoft.graph.event';
    const textBody = (json.body && json.body.content) || '';
    const common = {
      itemType: isEvent ? MailboxEnums.ItemType.Appointment : MailboxEnums.ItemType.Message,
      body: bodyFor(restId, textBody),
      notificationMessages: notificationMessagesFor(restId),
    };

    if (!isEvent && json.isDraft) {
      // A draft opens in compose mode: no itemId (office.js hands it out via getItemIdAsync once the
      // item is saved), and subject and recipients are read asynchronously.
      const ewsId = ewsIdFor(restId);
      return Object.assign(common, {
        subject: asyncValue(json.subject || ''),
        to: asyncValue(
          (json.toRecipients || []).map(function (r) {
            return emailDetails(r);
          }),
        ),
        cc: asyncValue(
          (json.ccRecipients || []).map(function (r) {
            return emailDetails(r);
          }),
        ),
        bcc: asyncValue(
          (json.bccRecipients || []).map(function (r) {
            return emailDetails(r);
          }),
        ),
        from: asyncValue({ displayName: userProfile.displayName, emailAddress: userProfile.emailAddress }),
        saveAsync: function () {
          const rest = optionsAndCallback(arguments);
          complete(rest.callback, rest.options, ewsId);
        },
        getItemIdAsync: function () {
          const rest = optionsAndCallback(arguments);
          complete(rest.callback, rest.options, ewsId);
        },
      });
    }

    const read = Object.assign(common, {
      itemId: ewsIdFor(restId),
      subject: json.subject || '',
      dateTimeCreated: toDate(json.createdDateTime),
      dateTimeModified: toDate(json.lastModifiedDateTime),
    });
    if (isEvent) {
      const people = (json.attendees || []).filter(function (a) {
        return a.type !== 'resource';
      });
      return Object.assign(read, {
        organizer: emailDetails(json.organizer),
        requiredAttendees: people
          .filter(function (a) {
            return a.type !== 'optional';
          })
          .map(attendeeDetails),
        optionalAttendees: people
          .filter(function (a) {
            return a.type === 'optional';
          })
          .map(attendeeDetails),
        start: toDate(json.start),
        end: toDate(json.end),
        location: (json.location && json.location.displayName) || '',
        seriesId: json.seriesMasterId ? ewsIdFor(json.seriesMasterId) : null,
      });
    }
    return Object.assign(read, {
      internetMessageId: json.internetMessageId || '',
      conversationId: json.conversationId || '',
      from: json.from ? emailDetails(json.from) : null,
      sender: json.sender ? emailDetails(json.sender) : null,
      to: (json.toRecipients || []).map(function (r) {
        return emailDetails(r);
      }),
      cc: (json.ccRecipients || []).map(function (r) {
        return emailDetails(r);
      }),
    });
  }

  async function loadItem(restId) {
    if (!restId) return null;
    try {
      return buildItem(await getJson(itemPath(restId, false)));
    } catch (error) {
      // As in Outlook with nothing selected: the pane sees no item, and the page says why.
      console.warn('office-standin: demo item ' + restId + ' could not be loaded', error);
      postToShell('itemLoadFailed', { restId: restId, status: error && error.status });
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Notification messages: Outlook's rules (key <= 32, message <= 150, at most 5 per item, icon only
  // and always for informational/insight messages), shown by the demo page above the pane.
  // ---------------------------------------------------------------------------------------------

  const notifications = new Map(); // restId -> Map(key -> details)

  function notificationsOf(restId) {
    let map = notifications.get(restId);
    if (!map) {
      map = new Map();
      notifications.set(restId, map);
    }
    return map;
  }

  function checkNotification(key, details) {
    if (typeof key !== 'string' || key.length === 0)
      throw argumentError("The parameter 'key' is mandatory and it can't be null or empty.");
    if (key.length > 32)
      throw argumentError("The value of the parameter 'key' is out of range.", 'Sys.ArgumentOutOfRangeException');
    if (!details || typeof details !== 'object') throw argumentError("The parameter 'JSONmessage' is mandatory.");
    if (!NOTIFICATION_TYPES.includes(details.type))
      throw argumentError("The value of the parameter 'type' is invalid.");
    if (typeof details.message !== 'string' || details.message.length === 0)
      throw argumentError("The parameter 'message' is mandatory and it can't be null or empty.");
    if (details.message.length > 150)
      throw argumentError("The value of the parameter 'message' is out of range.", 'Sys.ArgumentOutOfRangeException');
    const T = MailboxEnums.ItemNotificationMessageType;
    const withIcon = details.type === T.InformationalMessage || details.type === T.InsightMessage;
    if (withIcon && typeof details.icon !== 'string')
      throw argumentError("The parameter 'icon' is mandatory for this notification type.");
    if (!withIcon && details.icon !== undefined)
      throw argumentError("The parameter 'icon' isn't valid for this notification type.");
    if (details.type !== T.InformationalMessage && details.persistent !== undefined)
      throw argumentError("The parameter 'persistent' isn't valid for this notification type.");
    if (
      details.actions !== undefined &&
      (details.type !== T.InsightMessage || !Array.isArray(details.actions) || details.actions.length > 1)
    ) {
      throw argumentError("The value of the parameter 'actions' is invalid.");
    }
  }

  /** A plain copy: what is shown and what getAllAsync returns; never a live object of the add-in. */
  function notificationCopy(key, details) {
    const copy = { key: key, type: details.type, message: details.message };
    if (details.icon !== undefined) copy.icon = details.icon;
    if (details.type === MailboxEnums.ItemNotificationMessageType.InformationalMessage)
      copy.persistent = details.persistent === true;
    return copy;
  }

  function notificationMessagesFor(restId) {
    const map = notificationsOf(restId);
    const store = function (key, details, replace) {
      const copy = notificationCopy(key, details);
      map.set(key, copy);
      postToShell('notification', { op: replace ? 'replace' : 'add', restId: restId, notification: copy });
    };
    return Object.freeze({
      addAsync: function (key, details) {
        checkNotification(key, details);
        const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
        if (map.has(key))
          return complete(
            rest.callback,
            rest.options,
            undefined,
            officeError('DuplicateNotificationKey', 'A notification with the provided key already exists.', 9023),
          );
        if (map.size >= 5)
          return complete(
            rest.callback,
            rest.options,
            undefined,
            officeError(
              'NumberOfNotificationsExceeded',
              "The notification couldn't be added because the notification limit has been reached.",
              9025,
            ),
          );
        store(key, details, false);
        complete(rest.callback, rest.options, undefined);
      },
      replaceAsync: function (key, details) {
        checkNotification(key, details);
        const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
        if (!map.has(key) && map.size >= 5)
          return complete(
            rest.callback,
            rest.options,
            undefined,
            officeError(
              'NumberOfNotificationsExceeded',
              "The notification couldn't be added because the notification limit has been reached.",
              9025,
            ),
          );
        store(key, details, true);
        complete(rest.callback, rest.options, undefined);
      },
      removeAsync: function (key) {
        const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
        if (!map.has(key))
          return complete(
            rest.callback,
            rest.options,
            undefined,
            officeError('KeyNotFound', 'There are no notifications with the provided key.', 9024),
          );
        map.delete(key);
        postToShell('notification', { op: 'remove', restId: restId, notification: { key: key } });
        complete(rest.callback, rest.options, undefined);
      },
      getAllAsync: function () {
        const rest = optionsAndCallback(arguments);
        complete(
          rest.callback,
          rest.options,
          Array.from(map.values(), function (n) {
            return Object.assign({}, n);
          }),
        );
      },
    });
  }

  /** Leaving an item drops its notifications except persistent informational ones, as Outlook does. */
  function dropTransientNotifications(restId) {
    const map = notifications.get(restId);
    if (!map) return;
    for (const [key, note] of map) if (note.persistent !== true) map.delete(key);
  }

  // ---------------------------------------------------------------------------------------------
  // Mailbox, events, start-up.
  // ---------------------------------------------------------------------------------------------

  const handlers = new Map(); // event type -> [handler]
  let currentRestId = params.get('demoItem') || null;

  const mailbox = {
    item: null,
    get userProfile() {
      return userProfile;
    },
    diagnostics: Object.freeze({ hostName: 'OutlookWebApp', hostVersion: '16.0', OWAView: 'ThreeColumns' }),
    convertToRestId: function (itemId, restVersion) {
      checkRestVersion(restVersion);
      // An id that is not this encoding comes back unchanged, and Graph then refuses it as malformed.
      const restId = restIdFromEws(itemId);
      return restId === null ? itemId : restId;
    },
    convertToEwsId: function (itemId, restVersion) {
      checkRestVersion(restVersion);
      return ewsIdFor(itemId);
    },
    addHandlerAsync: function (eventType, handler) {
      const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
      if (eventType !== EventType.ItemChanged) {
        return complete(
          rest.callback,
          rest.options,
          undefined,
          officeError('Invalid Event Type', 'The event type is not supported by this stand-in.', 5001),
        );
      }
      if (typeof handler !== 'function') throw argumentError("The parameter 'handler' is mandatory.");
      const list = handlers.get(eventType) || [];
      list.push(handler);
      handlers.set(eventType, list);
      complete(rest.callback, rest.options, undefined);
    },
    removeHandlerAsync: function (eventType) {
      const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      handlers.delete(eventType);
      complete(rest.callback, rest.options, undefined);
    },
  };

  const actions = new Map(); // action id -> function (Office.actions.associate)

  let ready; // set once the global exists (end of file): the profile and the first item are loaded

  // Item changes may arrive faster than items load; only the newest selection wins.
  let selection = 0;
  async function selectItem(restId) {
    const mine = ++selection;
    await ready;
    if (restId === currentRestId) return;
    const item = await loadItem(restId);
    if (mine !== selection) return;
    dropTransientNotifications(currentRestId);
    currentRestId = restId;
    mailbox.item = item;
    for (const handler of handlers.get(EventType.ItemChanged) || []) {
      try {
        handler({ type: EventType.ItemChanged });
      } catch (error) {
        console.error(error);
      }
    }
  }

  async function invokeAction(name) {
    await ready;
    const fn = actions.get(name);
    if (typeof fn !== 'function') {
      postToShell('actionCompleted', { name: name, missing: true });
      return;
    }
    // Office.AddinCommands.Event: the control's id and completed(), which ends the command.
    let done = false;
    const event = {
      source: Object.freeze({ id: name }),
      completed: function (options) {
        if (done) return;
        done = true;
        postToShell('actionCompleted', { name: name, allowEvent: options && options.allowEvent });
      },
    };
    try {
      fn(event);
    } catch (error) {
      console.error(error);
      event.completed();
    }
  }

  window.addEventListener('message', function (event) {
    // Only the demo page that hosts us, from our own origin.
    if (event.source !== window.parent || event.origin !== window.location.origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data[SOURCE_KEY] !== 'shell') return;
    if (data.type === 'itemChanged')
      void selectItem(typeof data.restId === 'string' && data.restId ? data.restId : null);
    else if (data.type === 'notificationDismissed' && typeof data.restId === 'string')
      notificationsOf(data.restId).delete(String(data.key));
    else if (data.type === 'invokeAction' && typeof data.name === 'string') void invokeAction(data.name);
  });

  const Office = {
    AsyncResultStatus: AsyncResultStatus,
    HostType: HostType,
    PlatformType: PlatformType,
    CoercionType: CoercionType,
    EventType: EventType,
    MailboxEnums: MailboxEnums,
    initialize: undefined,
    onReady: function (callback) {
      return ready.then(function (info) {
        if (typeof callback === 'function') callback(info);
        return info;
      });
    },
    context: {
      host: HostType.Outlook,
      platform: PlatformType.OfficeOnline,
      displayLanguage: languageFrom(params.get('lang')),
      contentLanguage: languageFrom(params.get('lang')),
      officeTheme: params.get('theme') === 'dark' ? THEMES.dark : THEMES.light,
      requirements: Object.freeze({
        isSetSupported: function (name, minVersion) {
          const have = REQUIREMENT_SETS[String(name).toLowerCase()];
          if (!have) return false;
          if (minVersion === undefined || minVersion === null || minVersion === '') return true;
          const want = String(minVersion).split('.').map(Number);
          const got = have.split('.').map(Number);
          for (let i = 0; i < Math.max(want.length, got.length); i += 1) {
            const a = got[i] || 0;
            const b = want[i] || 0;
            if (a !== b) return a > b;
          }
          return true;
        },
      }),
      mailbox: mailbox,
    },
    auth: Object.freeze({
      getAccessToken: function () {
        return Promise.reject(
          officeError('API Not Supported', 'The identity API is not supported for this add-in.', 13000),
        );
      },
    }),
    actions: Object.freeze({
      associate: function (actionId, fn) {
        actions.set(String(actionId), fn);
        postToShell('actions', { actions: Array.from(actions.keys()) });
      },
    }),
    addin: Object.freeze({
      showAsTaskpane: function () {
        postToShell('showAsTaskpane', {});
        return Promise.resolve();
      },
      hide: function () {
        postToShell('hideTaskpane', {});
        return Promise.resolve();
      },
    }),
  };

  // @ts-expect-error -- the global Office is this file's to define, as office.js defines it.
  window.Office = Office;

  ready = (async function start() {
    try {
      const profile = await getJson('me');
      userProfile = Object.freeze(
        Object.assign({}, userProfile, { displayName: profile.displayName, emailAddress: profile.emailAddress }),
      );
    } catch (error) {
      console.warn('office-standin: the demo user could not be read', error);
    }
    mailbox.item = await loadItem(currentRestId);
    const info = Object.freeze({ host: HostType.Outlook, platform: PlatformType.OfficeOnline });
    // The older start-up style: office.js calls Office.initialize when it is set.
    if (typeof Office.initialize === 'function') {
      try {
        Office.initialize();
      } catch (error) {
        console.error(error);
      }
    }
    return info;
  })();

  // Outlook calls a function file's action once the page has loaded (its scripts, deferred module
  // scripts too, have run) and office.js is ready; an action not associated by then fails. The page
  // tells the shell only then, so a quick action never depends on which of the two finished first.
  const loaded = new Promise(function (resolve) {
    if (document.readyState === 'complete') resolve();
    else
      window.addEventListener(
        'load',
        function () {
          resolve();
        },
        { once: true },
      );
  });
  void Promise.all([ready, loaded]).then(function () {
    postToShell('ready', { restId: currentRestId, actions: Array.from(actions.keys()) });
  });
})();
