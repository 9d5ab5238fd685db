/**
 * Graph-shaped identifiers: REST item ids (URL-safe base64 like Exchange's `AAMkA...=`), EWS ids
 * (here: standard base64 of `EWS:` + the REST id, so tests can compute one from the other),
 * change keys and etags. Ids are random, or derived from a seed for stable demo data.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

function bytesFor(seed: string | undefined, length: number): Buffer {
  if (seed === undefined) return randomBytes(length);
  let out = Buffer.alloc(0);
  for (let round = 0; out.length < length; round += 1) {
    out = Buffer.concat([out, createHash('sha512').update(`${round}|${seed}`).digest()]);
  }
  return out.subarray(0, length);
}

/** A GUID, random or derived from `seed`. */
export function guidFor(seed?: string): string {
  if (seed === undefined) return randomUUID();
  const hex = bytesFor(seed, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An Exchange REST id (`AAMkA` + mailbox guid + entry bytes), URL-safe base64 ending in one `=`.
 * `extraBytes` (a multiple of 3) lengthens it, as attachment ids are.
 */
export function restItemId(options: { mailboxId?: string; seed?: string; extraBytes?: number } = {}): string {
  const mailbox = Buffer.from(
    (options.mailboxId ?? guidFor(options.seed && `mailbox|${options.seed}`)).slice(0, 36).padEnd(36, '0'),
    'latin1',
  );
  const raw = Buffer.concat([
    Buffer.from([0x00, 0x03, 0x24, 0x00]),
    mailbox,
    Buffer.from([0x00, 0x46, 0x00, 0x00, 0x00, 0x00]),
    bytesFor(options.seed === undefined ? undefined : `item|${options.seed}`, 64),
    Buffer.from([0x00, 0x00, 0x00]),
    bytesFor(options.seed === undefined ? undefined : `extra|${options.seed}`, options.extraBytes ?? 0),
  ]);
  return raw.toString('base64').replace(/\+/g, '_').replace(/\//g, '-');
}

/** The EWS id office.js would hand over for a REST id. */
export function ewsIdFor(restId: string): string {
  return Buffer.from(`EWS:${restId}`, 'utf8').toString('base64');
}

/** The REST id behind an EWS id from `ewsIdFor`, or null when it is not one. */
export function restIdFromEws(ewsId: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(ewsId)) return null;
  const decoded = Buffer.from(ewsId, 'base64').toString('utf8');
  if (!decoded.startsWith('EWS:') || Buffer.from(decoded, 'utf8').toString('base64') !== ewsId) return null;
  return decoded.slice(4);
}

/** An Exchange change key (`CQAAABYAAA...`). */
export function changeKey(seed?: string): string {
  return `CQAAABYAAA${bytesFor(seed === undefined ? undefined : `ck|${seed}`, 15).toString('base64')}`;
}

export function etagFor(key: string): string {
  return `W/"${key}"`;
}

/** Random or seeded hex, upper-case (iCalUIds, message-id local parts). */
export function hexFor(length: number, seed?: string): string {
  return bytesFor(seed, Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length)
    .toUpperCase();
}

/** Base64 without padding (conversation ids, indexes). */
export function base64For(length: number, seed?: string): string {
  return bytesFor(seed, length).toString('base64').replace(/=+$/, '');
}
