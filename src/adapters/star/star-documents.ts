/**
 * STAR's wire shapes, in one place: the WSB message STAR posts to a receiver, and the jobordre that
 * `GET /v1/Jobordre/{jobordreIdentifier}` answers. The message carries the metadata STAR's pages
 * name for every WSB ("Jobordre.WSB": EntitetNavn, EntitetId 120001, EksternIdentifier =
 * jobordreIdentifier, VersionIdentifier, IdentifikationstypeId 2 (Identifier), Aendringstype
 * Oprettelse (1) / Opdatering (2)), in DFDG's camelCase JSON. The jobordre's field names follow
 * DFDG's REST DTO conventions (Danish camelCase, `…Identifier`, code lists as {identifier, navn}):
 * STAR's published pages list the message but not this DTO's every field, so the adapter reads
 * only what it needs and the emulator serves exactly this.
 */

/** Aendringstype of a WSB. */
export const AENDRINGSTYPE = { oprettelse: 1, opdatering: 2, sletning: 3 } as const;
/** IdentifikationstypeId: what EksternIdentifier identifies (2: an Identifier, not a CPR number). */
export const IDENTIFIKATIONSTYPE_IDENTIFIER = 2;

/** One WSB message as STAR posts it (application/json). */
export interface WsbMessageDocument {
  /** Unique per message (guid); a redelivery carries the same. */
  beskedIdentifier: string;
  entitetNavn: string;
  entitetId: number;
  /** For Jobordre: the jobordreIdentifier (guid). */
  eksternIdentifier: string;
  versionIdentifier: string;
  identifikationstypeId: number;
  aendringstypeId: number;
  /** When the change happened in DFDG (ISO 8601 with offset). */
  haendelsestidspunkt: string;
}

/** A code list item as DFDG sends it. */
export interface KodelisteVaerdi {
  identifier: number;
  navn: string;
}

/** Jobordrestatus code list (the statuses Jobnet shows a jobordre in). */
export const JOBORDRESTATUS = {
  underBehandling: { identifier: 1, navn: 'Under behandling' },
  aktiv: { identifier: 2, navn: 'Aktiv' },
  inaktiveret: { identifier: 3, navn: 'Inaktiveret' },
  afsluttetBesat: { identifier: 4, navn: 'Afsluttet - besat' },
  afsluttetFristUdloebet: { identifier: 5, navn: 'Afsluttet - ansøgningsfrist udløbet' },
  annulleret: { identifier: 6, navn: 'Annulleret' },
} as const satisfies Record<string, KodelisteVaerdi>;

/** Jobordretype code list: ordinary jobs and positions on special terms. */
export const JOBORDRETYPE = {
  ordinaert: { identifier: 1, navn: 'Ordinært job' },
  loentilskudPrivat: { identifier: 2, navn: 'Løntilskud - privat' },
  loentilskudOffentlig: { identifier: 3, navn: 'Løntilskud - offentlig' },
  fleksjob: { identifier: 4, navn: 'Fleksjob' },
  virksomhedspraktik: { identifier: 5, navn: 'Virksomhedspraktik' },
  nytteindsats: { identifier: 6, navn: 'Nytteindsats' },
  elevplads: { identifier: 7, navn: 'Elev- og lærlingeplads' },
  jobrotation: { identifier: 8, navn: 'Jobrotation' },
} as const satisfies Record<string, KodelisteVaerdi>;

/** `GET /v1/Jobordre/{jobordreIdentifier}` → 200 application/json. */
export interface JobordreDocument {
  jobordreIdentifier: string;
  oprettetTidspunkt: string;
  /** Last change (ISO 8601 with offset): the version a receiver compares. */
  sidstAendretTidspunkt: string;
  virksomhed: {
    cvrNummer: string | null;
    produktionsenhedsnummer: string | null;
    navn: string | null;
  };
  stillingsbetegnelse: string;
  /** STAR's job title code (ESCO occupation or DISCO-08), when the employer chose one. */
  stillingsbetegnelseKode: { kode: string; navn: string; klassifikation: 'ESCO' | 'DISCO-08' } | null;
  antalStillinger: number;
  /** YYYY-MM-DD, or null ("snarest muligt"). */
  ansoegningsfrist: string | null;
  arbejdssted: {
    adresselinje: string | null;
    postnummer: string | null;
    postdistrikt: string | null;
    /** Kommunekode, 3 digits as text ("265"). */
    kommunekode: string | null;
  } | null;
  jobordretype: KodelisteVaerdi;
  jobordrestatus: KodelisteVaerdi;
}

/** DFDG's error body (4xx/5xx). */
export interface DfdgErrorDocument {
  fejlkode: number;
  fejltekst: string;
}
