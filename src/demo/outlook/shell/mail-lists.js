// @ts-check
// One part of the demo Outlook page's script: demo-outlook.routes.ts serves the parts joined, in order,
// inside one function scope as `/dev/outlook.js`, so they share names the way one file would.

// ---------------------------------------------------------------------------------------------
// User picker.
// ---------------------------------------------------------------------------------------------

async function loadUsers() {
  const picker = selectById('user-picker');
  try {
    const data = await getApiJson('api/users');
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
    listing = await getApiJson('api/mailbox');
  } catch (error) {
    setStatus(error.message);
    $('acting-user').textContent = '';
    return false;
  }
  const json = JSON.stringify(listing);
  if (json === state.listingJson) return true;
  state.listing = listing;
  state.listingJson = json;
  $('acting-user').textContent = 'Logget ind som ' + listing.user.displayName + ' (' + listing.user.emailAddress + ')';
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
    item = await getApiJson('api/mailbox/items/' + encodeURIComponent(id));
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
