// @ts-check
// One part of the office.js stand-in: demo-outlook.routes.ts serves the parts joined, in order, inside one
// function scope as `/dev/office-standin.js`, so they share names the way one file would.

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
  if (data.type === 'itemChanged') void selectItem(typeof data.restId === 'string' && data.restId ? data.restId : null);
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
