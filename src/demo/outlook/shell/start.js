// @ts-check
// One part of the demo Outlook page's script: demo-outlook.routes.ts serves the parts joined, in order,
// inside one function scope as `/dev/outlook.js`, so they share names the way one file would.

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
  if (!data || typeof data !== 'object' || data[MESSAGE_SOURCE_KEY] !== 'standin') return;
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
