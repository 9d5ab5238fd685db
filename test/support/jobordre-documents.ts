/** STAR's documents as its DFDG sends them, for tests of the STAR side; override only what a test is about. */
import { randomUUID } from 'node:crypto';
import {
  AENDRINGSTYPE,
  IDENTIFIKATIONSTYPE_IDENTIFIER,
  JOBORDRESTATUS,
  JOBORDRETYPE,
  type JobordreDocument,
  type WsbMessageDocument,
} from '../../src/adapters/star/star-documents.js';
import { buildCvr } from './factories.js';

/** An active ordinary job at a workplace in Roskilde. */
export function buildJobordreDocument(overrides: Partial<JobordreDocument> = {}): JobordreDocument {
  return {
    jobordreIdentifier: randomUUID(),
    oprettetTidspunkt: '2026-12-01T08:00:00+01:00',
    sidstAendretTidspunkt: '2026-12-01T08:00:00+01:00',
    virksomhed: { cvrNummer: buildCvr(), produktionsenhedsnummer: null, navn: 'Fjordbyg Roskilde A/S' },
    stillingsbetegnelse: 'Tømrer til renovering',
    stillingsbetegnelseKode: { kode: '7115.1', navn: 'Tømrer', klassifikation: 'DISCO-08' },
    antalStillinger: 2,
    ansoegningsfrist: '2026-12-20',
    arbejdssted: { adresselinje: 'Algade 12', postnummer: '4000', postdistrikt: 'Roskilde', kommunekode: '265' },
    jobordretype: JOBORDRETYPE.ordinaert,
    jobordrestatus: JOBORDRESTATUS.aktiv,
    ...overrides,
  };
}

/** The WSB message STAR posts when the jobordre was created (or, with aendringstypeId 2, changed). */
export function buildWsbMessage(overrides: Partial<WsbMessageDocument> = {}): WsbMessageDocument {
  return {
    beskedIdentifier: randomUUID(),
    entitetNavn: 'Jobordre',
    entitetId: 120001,
    eksternIdentifier: randomUUID(),
    versionIdentifier: '1',
    identifikationstypeId: IDENTIFIKATIONSTYPE_IDENTIFIER,
    aendringstypeId: AENDRINGSTYPE.oprettelse,
    haendelsestidspunkt: '2026-12-01T08:00:00+01:00',
    ...overrides,
  };
}
