/**
 * From DFDG's jobordre document to the domain's Jobordre. The document comes from outside: every
 * field is checked and bounded; what Kontaktspor cannot act on (no id, no version, an unknown
 * status) makes it REJECTED, while a malformed CVR or P-number only becomes null (the company is
 * then found by the other number, or not at all).
 */
import { z } from 'zod';
import type { JobnetStatus, Jobordre, JobordreType } from '../../domain/jobordre.js';
import { JobordreSourceError } from '../../ports/jobordre-source.js';
import { parseCvr } from '../../domain/cvr.js';
import { JOBORDRESTATUS, JOBORDRETYPE } from './star-documents.js';

/** Long enough for any real title; longer text is cut, not refused (the vacancy still matters). */
const TITLE_MAX = 200;
const TEXT_MAX = 200;

const STATUS_BY_CODE: ReadonlyMap<number, JobnetStatus> = new Map([
  [JOBORDRESTATUS.underBehandling.identifier, 'open'],
  [JOBORDRESTATUS.aktiv.identifier, 'open'],
  [JOBORDRESTATUS.inaktiveret.identifier, 'inactivated'],
  [JOBORDRESTATUS.afsluttetBesat.identifier, 'filled'],
  [JOBORDRESTATUS.afsluttetFristUdloebet.identifier, 'deadline_passed'],
  [JOBORDRESTATUS.annulleret.identifier, 'cancelled'],
]);

/** Positions on special terms: who may be referred depends on them. Elevplads and ordinary jobs are not. */
const SPECIAL_TERMS_CODES: ReadonlySet<number> = new Set(
  [
    JOBORDRETYPE.loentilskudPrivat,
    JOBORDRETYPE.loentilskudOffentlig,
    JOBORDRETYPE.fleksjob,
    JOBORDRETYPE.virksomhedspraktik,
    JOBORDRETYPE.nytteindsats,
    JOBORDRETYPE.jobrotation,
  ].map((type) => type.identifier),
);
/** A type code STAR adds later is kept; its text tells whether it is on special terms. */
const SPECIAL_TERMS_WORDS = /løntilskud|fleksjob|praktik|nytteindsats|jobrotation/i;

const boundedText = (max: number) => z.string().max(max * 5);
const nullableText = boundedText(TEXT_MAX).nullish();
const Kodeliste = z.object({ identifier: z.number().int().min(0).max(1_000_000), navn: boundedText(TEXT_MAX) });
const Instant = z.iso.datetime({ offset: true });

const JobordreDocumentSchema = z.object({
  jobordreIdentifier: z.guid(),
  sidstAendretTidspunkt: Instant,
  virksomhed: z.object({ cvrNummer: nullableText, produktionsenhedsnummer: nullableText }),
  stillingsbetegnelse: boundedText(TITLE_MAX),
  stillingsbetegnelseKode: z.object({ kode: boundedText(TEXT_MAX), navn: boundedText(TEXT_MAX) }).nullish(),
  antalStillinger: z.number().int().min(1).max(10_000),
  ansoegningsfrist: z.iso.date().nullish(),
  arbejdssted: z
    .object({
      adresselinje: nullableText,
      postnummer: nullableText,
      postdistrikt: nullableText,
      kommunekode: nullableText,
    })
    .nullish(),
  jobordretype: Kodeliste,
  jobordrestatus: Kodeliste,
});

/** Maps the document, or throws JobordreSourceError('REJECTED') naming the first field it cannot take. */
export function mapJobordre(document: unknown): Jobordre {
  const parsed = JobordreDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'document';
    throw new JobordreSourceError('REJECTED', `The jobordre document is not one we can read (${where}).`);
  }
  const doc = parsed.data;
  const status = STATUS_BY_CODE.get(doc.jobordrestatus.identifier);
  if (!status) throw new JobordreSourceError('REJECTED', `Unknown jobordrestatus ${doc.jobordrestatus.identifier}.`);
  const title = clip(doc.stillingsbetegnelse, TITLE_MAX);
  if (!title) throw new JobordreSourceError('REJECTED', 'The jobordre has no stillingsbetegnelse.');
  const place = doc.arbejdssted;
  return {
    id: doc.jobordreIdentifier.toLowerCase(),
    version: new Date(doc.sidstAendretTidspunkt),
    cvr: cvrOrNull(doc.virksomhed.cvrNummer),
    pNumber: digitsOrNull(doc.virksomhed.produktionsenhedsnummer, 10),
    title,
    positions: doc.antalStillinger,
    deadline: doc.ansoegningsfrist ?? null,
    occupation:
      doc.stillingsbetegnelseKode && clip(doc.stillingsbetegnelseKode.kode, 50)
        ? {
            code: clip(doc.stillingsbetegnelseKode.kode, 50)!,
            label: clip(doc.stillingsbetegnelseKode.navn, TEXT_MAX) ?? '',
          }
        : null,
    workAddress: place
      ? {
          street: clip(place.adresselinje, TEXT_MAX),
          postcode: digitsOrNull(place.postnummer, 4),
          city: clip(place.postdistrikt, TEXT_MAX),
          municipalityCode: municipalityCodeOf(place.kommunekode),
        }
      : null,
    type: typeOf(doc.jobordretype),
    status,
    statusText: clip(doc.jobordrestatus.navn, TEXT_MAX) ?? '',
  };
}

function typeOf(code: { identifier: number; navn: string }): JobordreType {
  const label = clip(code.navn, TEXT_MAX) ?? '';
  const known = Object.values(JOBORDRETYPE).some((type) => type.identifier === code.identifier);
  return {
    code: String(code.identifier),
    label,
    specialTerms: known ? SPECIAL_TERMS_CODES.has(code.identifier) : SPECIAL_TERMS_WORDS.test(label),
  };
}

/** Trimmed, cut to `max` characters, null when empty. */
function clip(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!trimmed) return null;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/** Eight digits that pass CVR's modulus 11, as the rest of Kontaktspor takes a CVR. */
function cvrOrNull(value: string | null | undefined): string | null {
  const digits = digitsOrNull(value, 8);
  return digits && parseCvr(digits);
}

function digitsOrNull(value: string | null | undefined, length: number): string | null {
  const trimmed = value?.trim() ?? '';
  return new RegExp(`^\\d{${length}}$`).test(trimmed) ? trimmed : null;
}

/** Kommunekode as three digits ("265", "101"); STAR may send it unpadded ("65" would be "065"). */
function municipalityCodeOf(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : null;
}
