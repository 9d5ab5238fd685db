/**
 * The guard in front of STAR's endpoint: only STAR's client certificate gets in, and it is
 * checked before a byte of the body is read. The TLS listener asked for a client certificate and
 * checked its chain against STAR's CA (`authorized`: chains, not expired); here it must also be
 * STAR's own, by SHA-256 thumbprint or by subject. Anything else, plain HTTP included, is 403
 * and the connection is closed.
 *
 * Subject matching: the configured subject is a distinguished name "CN=…, O=…, C=…" (RFC 4514
 * style, attributes in any order, keys case-insensitive, values exact after trimming) and must
 * name exactly the certificate's subject attributes; a configured value without "=" is matched
 * against the certificate's CN alone.
 */
import { TLSSocket } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { RequestHandler } from 'express';
import { DomainError } from '../domain/errors.js';
import { normalizeThumbprint } from '../config.js';

export interface StarClientRule {
  /** SHA-256 thumbprints, normalized (hex, upper case, no colons). */
  thumbprints: readonly string[];
  subject: string | null;
}

/** Express middleware: next() for STAR's certificate, 403 FORBIDDEN (connection closed) for anything else. */
export function starClientCertificate(rule: () => StarClientRule | null): RequestHandler {
  return (req, res, next) => {
    const current = rule();
    if (!current) throw new DomainError('UNAVAILABLE', "STAR's messages are not taken by this installation.");
    const socket = req.socket;
    const raw = socket instanceof TLSSocket && socket.authorized === true ? socket.getPeerCertificate().raw : null;
    if (!raw || !isStars(new X509Certificate(raw), current)) {
      res.setHeader('Connection', 'close');
      throw new DomainError('FORBIDDEN', "Only STAR's client certificate may post here.");
    }
    next();
  };
}

function isStars(certificate: X509Certificate, rule: StarClientRule): boolean {
  if (rule.thumbprints.includes(normalizeThumbprint(certificate.fingerprint256))) return true;
  return rule.subject !== null && subjectMatches(certificate.subject, rule.subject);
}

/** `subject` is Node's form: one "KEY=value" per line. */
export function subjectMatches(subject: string, configured: string): boolean {
  const actual = subject
    .split('\n')
    .map(attribute)
    .filter((pair) => pair !== null);
  if (!configured.includes('=')) {
    const names = actual.filter(([key]) => key === 'CN').map(([, value]) => value);
    return names.length === 1 && names[0] === configured.trim();
  }
  // A comma starts the next attribute only when a "KEY=" follows it, so a value may hold a comma.
  const wanted = configured.split(/,(?=\s*[A-Za-z][A-Za-z0-9.]*\s*=)/).map(attribute);
  if (wanted.some((pair) => pair === null) || wanted.length !== actual.length) return false;
  const key = ([name, value]: [string, string]) => `${name}=${value}`;
  const have = actual.map(key).sort();
  return wanted
    .map((pair) => key(pair!))
    .sort()
    .every((pair, i) => pair === have[i]);
}

function attribute(text: string): [string, string] | null {
  const at = text.indexOf('=');
  if (at <= 0) return null;
  return [text.slice(0, at).trim().toUpperCase(), text.slice(at + 1).trim()];
}
