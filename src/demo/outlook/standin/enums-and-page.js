// @ts-check
// One part of the office.js stand-in: demo-outlook.routes.ts serves the parts joined, in order, inside one
// function scope as `/dev/office-standin.js`, so they share names the way one file would.
/*
 * Kontaktspor demo: an office.js stand-in for Outlook on the web.
 *
 * Demo mode and tests have no Microsoft tenant and no internet, so the server serves these parts in
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
  // A bitmask: Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32.
  DelegatePermissions: Object.freeze({ Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 }),
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
// `?demoMailbox=jobordre@…`: the item is opened in that shared mailbox (the acting user must have access).
const sharedMailbox = params.get('demoMailbox') || null;
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
