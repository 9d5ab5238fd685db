// @ts-check
// One part of the office.js stand-in: demo-outlook.routes.ts serves the parts joined, in order, inside one
// function scope as `/dev/office-standin.js`, so they share names the way one file would.

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

/**
 * Mailbox 1.13's getSharedPropertiesAsync: in a shared mailbox its address and the user's rights
 * there (read and write, as FullAccess gives); in the user's own mailbox it fails, as in Outlook.
 */
function getSharedPropertiesAsync() {
  const rest = optionsAndCallback(arguments);
  if (!sharedMailbox) {
    return complete(
      rest.callback,
      rest.options,
      undefined,
      officeError('GenericResponseError', "The current folder or mailbox isn't shared.", 9020),
    );
  }
  const permissions = MailboxEnums.DelegatePermissions;
  complete(rest.callback, rest.options, {
    targetMailbox: sharedMailbox,
    targetRestUrl: 'https://outlook.office.com/api',
    owner: sharedMailbox,
    delegatePermissions: permissions.Read | permissions.Write | permissions.EditAll | permissions.DeleteAll,
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
    getSharedPropertiesAsync: getSharedPropertiesAsync,
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
