/**
 * A throwaway PKI for the STAR emulator, made in memory at start (nothing on disk): STAR's test CA,
 * the server certificates of both ends of the mutual TLS, STAR's client certificate (valid, expired,
 * and a foreign one signed by another CA) and the municipality's function certificate (FOCES) that
 * DFDG's REST API asks for. EC P-256 keys: eight certificates are made in milliseconds, not seconds.
 */
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/** A certificate with its private key (PEM), its subject and its SHA-256 thumbprint. */
export interface PkiCertificate {
  cert: string;
  key: string;
  /** The subject as Node prints it (`X509Certificate.subject`, one `NAME=value` a line). */
  subject: string;
  commonName: string;
  /** SHA-256 of the DER, hex upper case without colons (as `normalizeThumbprint` in src/config.ts). */
  thumbprint: string;
}

export interface StarPki {
  /** "STAR test CA": signs every certificate below except the foreign one. Trust `ca.cert`. */
  ca: PkiCertificate;
  /** "Someone else CA": signs `foreignClient` only. */
  foreignCa: PkiCertificate;
  /** The emulator's own REST API (localhost, 127.0.0.1). */
  emulatorServer: PkiCertificate;
  /** The service's STAR listener (localhost, 127.0.0.1), where STAR posts its messages. */
  serviceServer: PkiCertificate;
  /** STAR's client certificate for WSB delivery: the one the service must accept. */
  starClient: PkiCertificate;
  /** The same subject as `starClient`, but its validity ended before now. */
  starClientExpired: PkiCertificate;
  /** A client certificate from another CA ("Someone else"): the service must refuse it. */
  foreignClient: PkiCertificate;
  /** STAR's subject exactly, but signed by the other CA: a subject check alone would let it in. */
  impostorClient: PkiCertificate;
  /** The municipality's function certificate: the only client the emulator's REST API serves. */
  functionCertificate: PkiCertificate;
}

const DAY_MS = 86_400_000;
/** TLS checks validity against the OS clock, which may disagree with `now` (see dev-tls.ts). */
const NOT_BEFORE_LEEWAY_MS = 2 * DAY_MS;
const VALID_DAYS = 30;

const ORGANISATION = {
  star: 'Styrelsen for Arbejdsmarked og Rekruttering',
  municipality: 'Roskilde Kommune',
  foreign: 'Someone else',
};

type Usage = 'ca' | 'server' | 'client';
type Extensions = NonNullable<NonNullable<Parameters<typeof generate>[1]>['extensions']>;

function extensionsFor(usage: Usage): Extensions {
  if (usage === 'ca') {
    return [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ];
  }
  const leaf: Extensions = [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: true },
  ];
  if (usage === 'client') return [...leaf, { name: 'extKeyUsage', clientAuth: true }];
  return [
    ...leaf,
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ];
}

interface Request {
  commonName: string;
  organisation: string;
  usage: Usage;
  notBefore: Date;
  notAfter: Date;
  issuer?: PkiCertificate;
}

/** SHA-256 thumbprint of a PEM certificate, hex upper case without colons. */
export function thumbprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.replaceAll(':', '').toUpperCase();
}

async function issue(request: Request): Promise<PkiCertificate> {
  const pems = await generate(
    [
      { name: 'commonName', value: request.commonName },
      { name: 'organizationName', value: request.organisation },
      { name: 'countryName', value: 'DK' },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: request.notBefore,
      notAfterDate: request.notAfter,
      extensions: extensionsFor(request.usage),
      ...(request.issuer ? { ca: { key: request.issuer.key, cert: request.issuer.cert } } : {}),
    },
  );
  return {
    cert: pems.cert,
    key: pems.private,
    subject: new X509Certificate(pems.cert).subject,
    commonName: request.commonName,
    thumbprint: thumbprintOf(pems.cert),
  };
}

/** A fresh PKI whose valid certificates run from two days before `now` for 30 days. */
export async function createStarPki(now: Date = new Date()): Promise<StarPki> {
  const valid = {
    notBefore: new Date(now.getTime() - NOT_BEFORE_LEEWAY_MS),
    notAfter: new Date(now.getTime() + VALID_DAYS * DAY_MS),
  };
  const expired = {
    notBefore: new Date(now.getTime() - (VALID_DAYS + 5) * DAY_MS),
    notAfter: new Date(now.getTime() - 5 * DAY_MS),
  };
  const star = { organisation: ORGANISATION.star, ...valid };
  const [ca, foreignCa] = await Promise.all([
    issue({ ...star, commonName: 'STAR test CA', usage: 'ca' }),
    issue({ ...valid, commonName: 'Someone else CA', organisation: ORGANISATION.foreign, usage: 'ca' }),
  ]);
  const starClient = { ...star, commonName: 'STAR DFDG WSB Test', usage: 'client' } as const;
  const municipality = { ...valid, organisation: ORGANISATION.municipality };
  const foreign = { ...valid, organisation: ORGANISATION.foreign, issuer: foreignCa };
  const [emulatorServer, serviceServer, starValid, starExpired, foreignClient, impostorClient, functionCertificate] =
    await Promise.all([
      issue({ ...star, commonName: 'localhost', usage: 'server', issuer: ca }),
      issue({ ...municipality, commonName: 'localhost', usage: 'server', issuer: ca }),
      issue({ ...starClient, issuer: ca }),
      issue({ ...starClient, ...expired, issuer: ca }),
      issue({ ...foreign, commonName: 'Someone else', usage: 'client' }),
      issue({ ...starClient, ...foreign, organisation: ORGANISATION.star }),
      issue({ ...municipality, commonName: 'Roskilde Kommune - Kontaktspor FOCES test', usage: 'client', issuer: ca }),
    ]);
  return {
    ca,
    foreignCa,
    emulatorServer,
    serviceServer,
    starClient: starValid,
    starClientExpired: starExpired,
    foreignClient,
    impostorClient,
    functionCertificate,
  };
}
