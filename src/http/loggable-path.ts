import { redactCpr } from '../domain/cpr.js';

/**
 * A request path as it may be logged: decoded (so "%20" cannot hide a number inside a digit run),
 * uuids shown as :id, CPR numbers replaced. Unmatched paths can carry anything a caller typed.
 */
export function loggablePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Broken percent-encoding: redact what is there.
  }
  return redactCpr(decoded.replace(/[0-9a-f-]{36}/gi, ':id'));
}
