// Secrets and fingerprints from the platform's Web Crypto (a global in Node and browsers), so use cases need no
// Node module and no adapter for three small primitives.

/** A fresh random secret: 32 bytes, base64url (Graph's clientState allows 128 characters). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The first 16 hex digits of the value's SHA-256: a stable reference that does not reveal the value. */
export async function fingerprint(value: string): Promise<string> {
  const digest = new Uint8Array(await sha256(value));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two secrets (of their digests, so the lengths match too). */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const a = new Uint8Array(await sha256(given));
  const b = new Uint8Array(await sha256(expected));
  let difference = 0;
  a.forEach((byte, i) => (difference |= byte ^ (b[i] ?? 0)));
  return difference === 0;
}

function sha256(value: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
}
