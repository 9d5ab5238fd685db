// @ts-check
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
(function () {
  'use strict';

  const SOURCE_KEY = 'kontaktsporDemo';
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

  async function getJson(path) {
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

  // ---------------------------------------------------------------------------------------------
  // User picker.
  // ---------------------------------------------------------------------------------------------

  async function loadUsers() {
    const picker = selectById('user-picker');
    try {
      const data = await getJson('api/users');
      if (typeof data.addinPath === 'string' && data.addinPath.startsWith('/') && !data.addinPath.startsWith('//'))
        state.addinPath = data.addinPath;
      picker.replaceChildren();
      for (const user of data.users) {
        const option = el('option', '', user.displayName + ' (' + user.emailAddress + ')');
        option.value = user.emailAddress;
        picker.append(option);
      }
    } catch (error) {
      setStatus('Demo-brugerne kunne ikke hentes: ' + error.message);
    }
    picker.addEventListener('change', function () {
      // The cookie is read by this page's API and by the service's demo authenticator, so the pane's
      // /api calls act as the picked user too.
      document.cookie = COOKIE + '=' + encodeURIComponent(picker.value) + '; Path=/; SameSite=Strict; Max-Age=31536000';
      state.selectedId = null;
      rememberInUrl();
      window.location.reload();
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Lists.
  // ---------------------------------------------------------------------------------------------

  async function loadListing() {
    let listing;
    try {
      listing = await getJson('api/mailbox');
    } catch (error) {
      setStatus(error.message);
      $('acting-user').textContent = '';
      return false;
    }
    const json = JSON.stringify(listing);
    if (json === state.listingJson) return true;
    state.listing = listing;
    state.listingJson = json;
    $('acting-user').textContent =
      'Logget ind som ' + listing.user.displayName + ' (' + listing.user.emailAddress + ')';
    const picker = selectById('user-picker');
    picker.value = listing.user.emailAddress;
    renderLists();
    return true;
  }

  function renderLists() {
    const listing = state.listing;
    state.items.clear();
    const inbox = $('inbox');
    const drafts = $('drafts');
    const calendar = $('calendar');
    inbox.replaceChildren();
    drafts.replaceChildren();
    calendar.replaceChildren();
    for (const message of listing.messages) {
      state.items.set(message.id, { kind: 'message', summary: message });
      const button = el('button', 'item' + (message.isRead ? '' : ' unread'));
      button.type = 'button';
      button.dataset.id = message.id;
      button.dataset.kind = 'message';
      const line1 = el('span', 'line1');
      line1.append(
        el(
          'span',
          'who',
          message.isDraft
            ? '[Kladde]'
            : (message.from &&
                message.from.emailAddress &&
                (message.from.emailAddress.name || message.from.emailAddress.address)) ||
                '',
        ),
      );
      line1.append(el('span', 'when', formatWhen(message.receivedDateTime)));
      button.append(line1, el('span', 'subject', message.subject || '(Intet emne)'));
      const extra = [];
      if (message.isDraft) extra.push({ className: 'draft', text: 'Kladde' });
      if (message.hasAttachments) extra.push({ className: '', text: 'Vedhæftet' });
      if (extra.length || message.categories.length) button.append(chips(message.categories, extra));
      const li = el('li');
      li.append(button);
      // Drafts live in their own folder, as in Outlook; they open in compose mode.
      (message.isDraft ? drafts : inbox).append(li);
    }
    for (const event of listing.events) {
      state.items.set(event.id, { kind: 'event', summary: event });
      const button = el('button', 'item');
      button.type = 'button';
      button.dataset.id = event.id;
      button.dataset.kind = 'event';
      const line1 = el('span', 'line1');
      line1.append(el('span', 'who', event.location || ''));
      line1.append(el('span', 'when', formatWhen(event.start, event.isAllDay)));
      button.append(line1, el('span', 'subject', event.subject || '(Intet emne)'));
      if (event.categories.length) button.append(chips(event.categories));
      const li = el('li');
      li.append(button);
      calendar.append(li);
    }
    markSelected();
  }

  function markSelected() {
    for (const button of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.item'))) {
      if (button.dataset.id === state.selectedId) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Selection and reading pane.
  // ---------------------------------------------------------------------------------------------

  let readingRequest = 0;

  async function select(id) {
    if (id === state.selectedId && $('reading').hidden === false) return;
    const previous = state.selectedId;
    state.selectedId = id;
    rememberInUrl();
    markSelected();
    // As in Outlook: leaving an item drops its notifications except persistent informational ones.
    if (previous && previous !== id) dropTransient(previous);
    renderNotifications();
    if (state.paneOpen) {
      if (state.pinned) postToPane({ type: 'itemChanged', restId: id });
      else closePane(); // an unpinned pane closes when the selection changes
    }
    await showItem(id);
  }

  async function showItem(id) {
    const mine = ++readingRequest;
    if (!id) {
      $('reading').hidden = true;
      $('reading-empty').hidden = false;
      return;
    }
    let item;
    try {
      item = await getJson('api/mailbox/items/' + encodeURIComponent(id));
    } catch (error) {
      if (mine === readingRequest) setStatus('Elementet kunne ikke vises: ' + error.message);
      return;
    }
    if (mine !== readingRequest) return;
    const isEvent = item['@odata.type'] === '#microsoft.graph.event';
    $('reading-subject').textContent = item.subject || '(Intet emne)';
    if (isEvent) {
      $('reading-from').textContent = 'Arrangør: ' + person(item.organizer);
      $('reading-to').textContent = 'Deltagere: ' + (item.attendees || []).map(person).filter(Boolean).join('; ');
      const location = item.location && item.location.displayName ? ' · ' + item.location.displayName : '';
      $('reading-when').textContent =
        'Tid: ' + formatWhen(item.start, item.isAllDay) + ' – ' + formatWhen(item.end, item.isAllDay) + location;
    } else {
      $('reading-from').textContent = 'Fra: ' + (person(item.from) || '(ingen afsender)');
      const cc = (item.ccRecipients || []).map(person).filter(Boolean);
      $('reading-to').textContent =
        'Til: ' +
        (item.toRecipients || []).map(person).filter(Boolean).join('; ') +
        (cc.length ? ' · Cc: ' + cc.join('; ') : '');
      $('reading-when').textContent =
        formatWhen(item.receivedDateTime) +
        ((item.attachments || []).length
          ? ' · Vedhæftet: ' +
            item.attachments
              .map(function (a) {
                return a.name;
              })
              .join(', ')
          : '');
    }
    $('reading-categories').replaceChildren(chips(item.categories));
    $('reading-text').textContent = (item.body && item.body.content) || '';
    $('reading-empty').hidden = true;
    $('reading').hidden = false;
    setStatus('');
  }

  // ---------------------------------------------------------------------------------------------
  // The task pane and the quick action (function file) frames.
  // ---------------------------------------------------------------------------------------------

  function addinUrl(page) {
    const target = new URL(state.addinPath + (page || ''), window.location.origin);
    if (state.selectedId) target.searchParams.set('demoItem', state.selectedId);
    target.searchParams.set('lang', state.lang);
    target.searchParams.set('theme', state.theme);
    return target.pathname + target.search;
  }

  function openPane() {
    state.paneOpen = true;
    $('taskpane').hidden = false;
    paneFrame().src = addinUrl('');
    $('open-pane').setAttribute('aria-pressed', 'true');
  }

  function closePane() {
    state.paneOpen = false;
    $('taskpane').hidden = true;
    paneFrame().removeAttribute('src');
    $('open-pane').setAttribute('aria-pressed', 'false');
  }

  function postTo(frame, message) {
    if (!frame || !frame.contentWindow) return;
    const data = Object.assign({}, message);
    data[SOURCE_KEY] = 'shell';
    frame.contentWindow.postMessage(data, window.location.origin);
  }

  function postToPane(message) {
    if (state.paneOpen) postTo(paneFrame(), message);
  }

  /** Sets or removes the "Kontaktspor" category on the selected item (the Graph emulator notifies the service). */
  async function toggleCategory() {
    if (!state.selectedId) return;
    const response = await fetch('api/mailbox/items/' + encodeURIComponent(state.selectedId) + '/category', {
      method: 'POST',
      credentials: 'same-origin',
    });
    if (!response.ok) {
      setStatus('Kategorien kunne ikke sættes.');
      return;
    }
    setStatus('');
    await loadListing();
    await showItem(state.selectedId);
  }

  function runQuickAction() {
    if (state.commandFrame) return;
    if (!state.selectedId) return setStatus('Vælg en mail eller et møde først.');
    const frame = el('iframe');
    frame.title = 'Kontaktspor hurtighandling';
    frame.hidden = true;
    frame.src = addinUrl('commands.html');
    state.commandFrame = frame;
    upsertNotification(state.selectedId, {
      key: '__command',
      type: 'progressIndicator',
      message: 'Kontaktspor arbejder på din anmodning …',
    });
    state.commandTimer = window.setTimeout(function () {
      finishQuickAction('Hurtighandlingen svarede ikke (er commands.html bygget?).');
    }, COMMAND_TIMEOUT_MS);
    document.body.append(frame);
  }

  function finishQuickAction(errorText) {
    window.clearTimeout(state.commandTimer);
    const frame = state.commandFrame;
    state.commandFrame = null;
    if (frame) frame.remove();
    for (const map of state.notifications.values()) map.delete('__command');
    if (errorText && state.selectedId)
      upsertNotification(state.selectedId, { key: '__command_error', type: 'errorMessage', message: errorText });
    renderNotifications();
    void loadListing();
  }

  // ---------------------------------------------------------------------------------------------
  // Notifications (Office.context.mailbox.item.notificationMessages), per item.
  // ---------------------------------------------------------------------------------------------

  function notesFor(restId) {
    let map = state.notifications.get(restId);
    if (!map) {
      map = new Map();
      state.notifications.set(restId, map);
    }
    return map;
  }

  function upsertNotification(restId, note) {
    notesFor(restId).set(String(note.key), {
      key: String(note.key),
      type: String(note.type || 'informationalMessage'),
      message: String(note.message || ''),
      persistent: note.persistent === true,
    });
    renderNotifications();
  }

  function dropTransient(restId) {
    const map = state.notifications.get(restId);
    if (!map) return;
    for (const [key, note] of map) if (!note.persistent) map.delete(key);
  }

  const KIND_LABEL = {
    informationalMessage: 'Info',
    insightMessage: 'Forslag',
    errorMessage: 'Fejl',
    progressIndicator: 'Arbejder',
  };

  function renderNotifications() {
    const list = $('notifications');
    list.replaceChildren();
    const map = state.selectedId ? state.notifications.get(state.selectedId) : undefined;
    if (!map) return;
    for (const note of map.values()) {
      const li = el('li', KIND_LABEL[note.type] ? note.type : 'informationalMessage');
      li.dataset.key = note.key;
      li.append(
        el('span', 'kind', 'Kontaktspor · ' + (KIND_LABEL[note.type] || 'Info')),
        el('span', 'text', note.message),
      );
      if (note.type !== 'progressIndicator') {
        const dismiss = el('button', '', '✕');
        dismiss.type = 'button';
        dismiss.setAttribute('aria-label', 'Afvis meddelelsen');
        dismiss.addEventListener('click', function () {
          map.delete(note.key);
          postToPane({ type: 'notificationDismissed', restId: state.selectedId, key: note.key });
          renderNotifications();
        });
        li.append(dismiss);
      }
      list.append(li);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Messages from the stand-in (the pane or the quick action's function file).
  // ---------------------------------------------------------------------------------------------

  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin) return;
    const pane = paneFrame().contentWindow;
    const command = state.commandFrame && state.commandFrame.contentWindow;
    const fromPane = event.source === pane;
    const fromCommand = command !== null && event.source === command;
    if (!fromPane && !fromCommand) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data[SOURCE_KEY] !== 'standin') return;
    switch (data.type) {
      case 'notification': {
        const note = data.notification || {};
        if (typeof data.restId !== 'string' || typeof note.key !== 'string') return;
        if (data.op === 'remove') notesFor(data.restId).delete(note.key);
        else upsertNotification(data.restId, note);
        renderNotifications();
        // Logging adds the Outlook category: show it without waiting for the next refresh.
        window.setTimeout(loadListing, 300);
        break;
      }
      case 'showAsTaskpane':
        if (!state.paneOpen) openPane();
        break;
      case 'hideTaskpane':
        if (fromPane) closePane();
        break;
      case 'ready':
        // A selection made while the pane was still loading was posted to a document that was not
        // listening yet: bring the pane to the selected item now.
        if (fromPane && state.selectedId && data.restId !== state.selectedId)
          postToPane({ type: 'itemChanged', restId: state.selectedId });
        if (fromCommand) {
          const name = Array.isArray(data.actions) ? data.actions[0] : undefined;
          if (name) postTo(state.commandFrame, { type: 'invokeAction', name: name });
          else finishQuickAction('Funktionsfilen har ikke registreret nogen handling (Office.actions.associate).');
        }
        break;
      case 'actionCompleted':
        if (fromCommand) finishQuickAction(data.missing ? 'Handlingen findes ikke i funktionsfilen.' : undefined);
        break;
      case 'itemLoadFailed':
        setStatus('Opgaveruden kunne ikke læse elementet (HTTP ' + (data.status || '?') + ').');
        break;
      default:
        break;
    }
  });

  // ---------------------------------------------------------------------------------------------
  // Controls and start-up.
  // ---------------------------------------------------------------------------------------------

  function applyTheme() {
    document.body.classList.toggle('dark', state.theme === 'dark');
  }

  async function start() {
    selectById('lang-picker').value = state.lang;
    selectById('theme-picker').value = state.theme;
    applyTheme();
    selectById('lang-picker').addEventListener('change', function () {
      state.lang = selectById('lang-picker').value === 'en' ? 'en' : 'da';
      rememberInUrl();
      if (state.paneOpen) openPane(); // the pane reads ?lang= once, as Office sets the language at load
    });
    selectById('theme-picker').addEventListener('change', function () {
      state.theme = selectById('theme-picker').value === 'dark' ? 'dark' : 'light';
      rememberInUrl();
      applyTheme();
      if (state.paneOpen) openPane();
    });
    $('open-pane').addEventListener('click', function () {
      if (state.paneOpen) closePane();
      else openPane();
    });
    $('close-pane').addEventListener('click', closePane);
    $('pin').addEventListener('click', function () {
      state.pinned = !state.pinned;
      $('pin').setAttribute('aria-pressed', String(state.pinned));
    });
    $('refresh').addEventListener('click', function () {
      void loadListing();
    });
    $('quick-action').addEventListener('click', runQuickAction);
    $('tag-category').addEventListener('click', function () {
      void toggleCategory();
    });
    for (const list of [$('inbox'), $('drafts'), $('calendar')]) {
      list.addEventListener('click', function (event) {
        const button =
          event.target instanceof Element ? /** @type {HTMLElement | null} */ (event.target.closest('.item')) : null;
        if (button && button.dataset.id) void select(button.dataset.id);
      });
    }

    await loadUsers();
    const ok = await loadListing();
    if (!ok) return;
    // Outlook opens on the newest mail; a reload keeps what was selected.
    if (!state.selectedId || !state.items.has(state.selectedId)) {
      const first =
        state.listing.messages.find(function (m) {
          return !m.isDraft;
        }) || state.listing.events[0];
      state.selectedId = first ? first.id : null;
      rememberInUrl();
    }
    markSelected();
    await showItem(state.selectedId);
    if (state.selectedId) openPane();
    window.setInterval(function () {
      if (document.visibilityState === 'visible') void loadListing();
    }, REFRESH_MS);
  }

  void start();
})();
