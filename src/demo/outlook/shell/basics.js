// @ts-check
// One part of the demo Outlook page's script: demo-outlook.routes.ts serves the parts joined, in order,
// inside one function scope as `/dev/outlook.js`, so they share names the way one file would.
/*
 * Kontaktspor demo: the "Outlook" page around the real task pane.
 *
 * Lists the acting demo user's inbox and calendar (Graph emulator, via /dev/api/mailbox), shows the
 * selected item, and hosts the add-in's task pane in an iframe with the office.js stand-in. The page
 * and the stand-in talk by postMessage, same origin only: selection changes go to the pane
 * (ItemChanged, like a pinned pane), notifications and "show the pane" come back.
 *
 * Everything from the mailbox is put in the page as text (textContent), never as markup: the demo
 * mailbox holds hostile subjects, sender names and bodies on purpose.
 *
 * Plain ES2020, no build step; `// @ts-check` with JSDoc types, checked by `npm run typecheck`
 * (src/demo/outlook/tsconfig.json).
 */

/** @typedef {Error & { status?: number }} HttpError An error carrying the HTTP status of the answer. */

const MESSAGE_SOURCE_KEY = 'kontaktsporDemo';
const COOKIE = 'kontaktspor_demo_user';
const REFRESH_MS = 5000;
// Outlook gives a function command minutes; this only catches a function file that never answers.
const COMMAND_TIMEOUT_MS = 60000;

/** @param {string} id */
const $ = function (id) {
  return document.getElementById(id);
};
/** A `<select>` of the page (the user, language and theme pickers). @param {string} id */
const selectById = function (id) {
  return /** @type {HTMLSelectElement} */ ($(id));
};
/** The iframe that hosts the add-in's task pane. */
const paneFrame = function () {
  return /** @type {HTMLIFrameElement} */ ($('taskpane-frame'));
};
const url = new URL(window.location.href);
const state = {
  lang: url.searchParams.get('lang') === 'en' ? 'en' : 'da',
  theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
  selectedId: url.searchParams.get('item') || null,
  pinned: true,
  paneOpen: false,
  addinPath: '/addin/',
  listing: null,
  listingJson: '',
  items: new Map(), // id -> { kind, summary }
  notifications: new Map(), // restId -> Map(key -> notification)
  commandFrame: null,
  commandTimer: 0,
};

const when = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});
const day = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' });

// ---------------------------------------------------------------------------------------------
// Small helpers: elements with text only.
// ---------------------------------------------------------------------------------------------

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function graphDate(value) {
  if (!value) return null;
  if (typeof value === 'string') return new Date(value);
  const text = String(value.dateTime || '').slice(0, 23);
  return new Date(/[zZ]$/.test(text) ? text : text + 'Z');
}

function formatWhen(value, allDay) {
  const date = graphDate(value);
  if (!date || Number.isNaN(date.getTime())) return '';
  return allDay ? day.format(date) : when.format(date);
}

function person(recipient) {
  const address = (recipient && recipient.emailAddress) || {};
  if (!address.address && !address.name) return '';
  return address.name && address.address
    ? address.name + ' <' + address.address + '>'
    : address.name || address.address;
}

function chips(categories, extra) {
  const box = el('span', 'chips');
  for (const label of extra || []) box.append(el('span', 'chip ' + label.className, label.text));
  for (const category of categories || [])
    box.append(el('span', category === 'Kontaktspor' ? 'chip kontaktspor' : 'chip', category));
  return box;
}

async function getApiJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(function () {
    return null;
  });
  if (!response.ok) {
    const error = /** @type {HttpError} */ (
      new Error((body && body.error && body.error.message) || 'HTTP ' + response.status)
    );
    error.status = response.status;
    throw error;
  }
  return body;
}

function setStatus(text) {
  $('status').textContent = text || '';
}

function rememberInUrl() {
  const next = new URL(window.location.href);
  next.searchParams.set('lang', state.lang);
  next.searchParams.set('theme', state.theme);
  if (state.selectedId) next.searchParams.set('item', state.selectedId);
  else next.searchParams.delete('item');
  window.history.replaceState(null, '', next);
}
