// @ts-check
// One part of the office.js stand-in: demo-outlook.routes.ts serves the parts joined, in order, inside one
// function scope as `/dev/office-standin.js`, so they share names the way one file would.

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
  if (!NOTIFICATION_TYPES.includes(details.type)) throw argumentError("The value of the parameter 'type' is invalid.");
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

/** Outlook keeps at most five notifications on an item; a sixth fails with error 9025. */
function limitReached(rest) {
  complete(
    rest.callback,
    rest.options,
    undefined,
    officeError(
      'NumberOfNotificationsExceeded',
      "The notification couldn't be added because the notification limit has been reached.",
      9025,
    ),
  );
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
      if (map.size >= 5) return limitReached(rest);
      store(key, details, false);
      complete(rest.callback, rest.options, undefined);
    },
    replaceAsync: function (key, details) {
      checkNotification(key, details);
      const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
      if (!map.has(key) && map.size >= 5) return limitReached(rest);
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
