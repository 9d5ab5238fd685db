/**
 * The CVR distribution's documents, as its Elasticsearch index returns them in `_source`
 * (INTEGRATIONS.md, "CVR"): `{ "Vrvirksomhed": {...} }` and `{ "VrproduktionsEnhed": {...} }`.
 * Only the fields Kontaktspor reads are typed; every field may be missing or null in a real
 * document, so the mappers check each one. Nearly everything is historised with a `periode`.
 */

export interface Periode {
  gyldigFra?: string | null;
  gyldigTil?: string | null;
}

export interface Historised {
  periode?: Periode | null;
  sidstOpdateret?: string | null;
}

export interface Navn extends Historised {
  navn?: string | null;
}

export interface Adresse extends Historised {
  vejnavn?: string | null;
  husnummerFra?: number | null;
  husnummerTil?: number | null;
  bogstavFra?: string | null;
  etage?: string | null;
  sidedoer?: string | null;
  conavn?: string | null;
  postboks?: string | null;
  postnummer?: number | null;
  postdistrikt?: string | null;
  bynavn?: string | null;
  landekode?: string | null;
  fritekst?: string | null;
  adresseId?: string | null;
  kommune?: { kommuneKode?: number | null; kommuneNavn?: string | null } | null;
}

export interface Kontaktoplysning extends Historised {
  kontaktoplysning?: string | null;
  hemmelig?: boolean | null;
}

export interface Status extends Historised {
  status?: string | null;
}

export interface Virksomhedsform extends Historised {
  virksomhedsformkode?: number | null;
  kortBeskrivelse?: string | null;
  langBeskrivelse?: string | null;
}

export interface Branche extends Historised {
  branchekode?: string | null;
  branchetekst?: string | null;
}

export interface Beskaeftigelse {
  aar?: number | null;
  kvartal?: number | null;
  maaned?: number | null;
  antalAnsatte?: number | null;
  antalAarsvaerk?: number | null;
  intervalKodeAntalAnsatte?: string | null;
  sidstOpdateret?: string | null;
}

export interface VirksomhedMetadata {
  nyesteNavn?: Navn | null;
  nyesteBeliggenhedsadresse?: Adresse | null;
  nyesteHovedbranche?: Branche | null;
  nyesteVirksomhedsform?: Virksomhedsform | null;
  nyesteStatus?: Status | null;
  sammensatStatus?: string | null;
  nyesteAarsbeskaeftigelse?: Beskaeftigelse | null;
  nyesteKvartalsbeskaeftigelse?: Beskaeftigelse | null;
  nyesteMaanedsbeskaeftigelse?: Beskaeftigelse | null;
  nyesteErstMaanedsbeskaeftigelse?: Beskaeftigelse | null;
}

export interface Vrvirksomhed {
  cvrNummer?: number | string | null;
  enhedsNummer?: number | null;
  sidstOpdateret?: string | null;
  sidstIndlaest?: string | null;
  reklamebeskyttet?: boolean | null;
  dataAdgang?: number | null;
  navne?: Navn[] | null;
  binavne?: Navn[] | null;
  beliggenhedsadresse?: Adresse[] | null;
  postadresse?: Adresse[] | null;
  telefonNummer?: Kontaktoplysning[] | null;
  elektroniskPost?: Kontaktoplysning[] | null;
  hjemmeside?: Kontaktoplysning[] | null;
  virksomhedsstatus?: Status[] | null;
  virksomhedsform?: Virksomhedsform[] | null;
  hovedbranche?: Branche[] | null;
  aarsbeskaeftigelse?: Beskaeftigelse[] | null;
  kvartalsbeskaeftigelse?: Beskaeftigelse[] | null;
  maanedsbeskaeftigelse?: Beskaeftigelse[] | null;
  erstMaanedsbeskaeftigelse?: Beskaeftigelse[] | null;
  /** The P-units of the legal unit, by P-number (the P-unit documents hold their details). */
  penheder?: { pNummer?: number | null; periode?: Periode | null }[] | null;
  virksomhedMetadata?: VirksomhedMetadata | null;
}

export interface ProduktionsEnhedMetadata {
  nyesteNavn?: Navn | null;
  nyesteBeliggenhedsadresse?: Adresse | null;
  nyesteHovedbranche?: Branche | null;
  nyesteCvrNummerRelation?: number | null;
  sammensatStatus?: string | null;
}

export interface VrproduktionsEnhed {
  pNummer?: number | string | null;
  enhedsNummer?: number | null;
  sidstOpdateret?: string | null;
  reklamebeskyttet?: boolean | null;
  navne?: Navn[] | null;
  beliggenhedsadresse?: Adresse[] | null;
  hovedbranche?: Branche[] | null;
  elektroniskPost?: Kontaktoplysning[] | null;
  virksomhedsrelation?: { cvrNummer?: number | null; periode?: Periode | null }[] | null;
  aarsbeskaeftigelse?: Beskaeftigelse[] | null;
  kvartalsbeskaeftigelse?: Beskaeftigelse[] | null;
  produktionsEnhedMetadata?: ProduktionsEnhedMetadata | null;
}

/** One `_source` of either index (a line of an NDJSON export). */
export type RegisterSource = { Vrvirksomhed: Vrvirksomhed } | { VrproduktionsEnhed: VrproduktionsEnhed };
