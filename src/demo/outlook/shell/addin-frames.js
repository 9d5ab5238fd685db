// @ts-check
// One part of the demo Outlook page's script: demo-outlook.routes.ts serves the parts joined, in order,
// inside one function scope as `/dev/outlook.js`, so they share names the way one file would.

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
  data[MESSAGE_SOURCE_KEY] = 'shell';
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
