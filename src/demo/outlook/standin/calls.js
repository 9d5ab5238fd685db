// @ts-check
// One part of the office.js stand-in: demo-outlook.routes.ts serves the parts joined, in order, inside one
// function scope as `/dev/office-standin.js`, so they share names the way one file would.

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
  const query = new URLSearchParams();
  if (html) query.set('bodyType', 'html');
  if (sharedMailbox) query.set('mailbox', sharedMailbox);
  const search = query.toString();
  return 'mailbox/items/' + encodeURIComponent(restId) + (search ? '?' + search : '');
}
