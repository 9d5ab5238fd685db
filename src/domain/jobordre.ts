/**
 * Jobordrer from Jobnet, as STAR's common data foundation (DFDG) delivers them: the webservice
 * message (WSB) that says a jobordre was created or changed, the jobordre itself as Kontaktspor
 * keeps it, and the rules that turn Jobnet's status into the vacancy lifecycle. Pure; no I/O.
 */
import type { VacancyStatus } from './vacancy-lifecycle.js';

/** STAR's entity id for the Jobordre message type (EksternKommunikation.EntityTypeCodeList). */
export const JOBORDRE_ENTITY_ID = 120001;
export const JOBORDRE_ENTITY_NAME = 'Jobordre';

/** What a WSB message of type Jobordre says: which jobordre changed, how, and when STAR sent it. */
export interface JobordreMessage {
  /** STAR's id of this message; a message delivered twice carries the same id. */
  messageId: string;
  /** EksternIdentifier: the jobordreIdentifier. */
  jobordreId: string;
  /** Aendringstype: Oprettelse (1) or Opdatering (2). */
  changeType: 'create' | 'update';
  /** When the change happened in DFDG (the message's timestamp). */
  occurredAt: Date;
}

/** A jobordre's status in Jobnet, reduced to what Kontaktspor acts on. */
export const JOBNET_STATUSES = [
  /** Under behandling / aktiv: the employer wants candidates. */
  'open',
  /** Inaktiveret: the jobcenter has referred enough candidates for now. */
  'inactivated',
  /** Afsluttet: besat (filled). */
  'filled',
  /** Afsluttet: ansøgningsfristen er udløbet. */
  'deadline_passed',
  /** Annulleret / slettet by the employer or the jobcenter. */
  'cancelled',
] as const;
export type JobnetStatus = (typeof JOBNET_STATUSES)[number];

/** The kind of position; special terms (løntilskud, flexjob, …) matter to who may be referred. */
export interface JobordreType {
  /** STAR's code for the type, kept as given. */
  code: string;
  /** Its Danish text as STAR gives it ("Ordinært job", "Løntilskud", …). */
  label: string;
  /** True for a position on special terms (løntilskud, flexjob, nytteindsats, virksomhedspraktik, …). */
  specialTerms: boolean;
}

export interface JobordreAddress {
  street: string | null;
  postcode: string | null;
  city: string | null;
  /** Three digits, zero-padded (Roskilde: "265"). */
  municipalityCode: string | null;
}

/** The jobordre as read from `GET /v1/Jobordre/{jobordreIdentifier}`, mapped. */
export interface Jobordre {
  id: string;
  /** When the jobordre last changed in Jobnet: later wins, equal or older changes nothing. */
  version: Date;
  cvr: string | null;
  pNumber: string | null;
  title: string;
  positions: number;
  /** Ansøgningsfrist as a local date (YYYY-MM-DD), or null ("snarest"). */
  deadline: string | null;
  /** STAR's job title (stillingsbetegnelse) with its ESCO or DISCO code, when given. */
  occupation: { code: string; label: string } | null;
  workAddress: JobordreAddress | null;
  type: JobordreType;
  status: JobnetStatus;
  /** Jobnet's own status text, kept for display ("Afsluttet - besat"). */
  statusText: string;
}

/** The Jobnet facts a vacancy carries when it came from a jobordre. */
export interface JobnetFacts {
  jobordreId: string;
  version: Date;
  status: JobnetStatus;
  statusText: string;
  type: JobordreType;
  occupation: { code: string; label: string } | null;
  workAddress: JobordreAddress | null;
}

export function jobnetFactsOf(jobordre: Jobordre): JobnetFacts {
  return {
    jobordreId: jobordre.id,
    version: jobordre.version,
    status: jobordre.status,
    statusText: jobordre.statusText,
    type: jobordre.type,
    occupation: jobordre.occupation,
    workAddress: jobordre.workAddress,
  };
}

/** A jobordre read now is news only when it is newer than what the vacancy already shows. */
export function isNewer(jobordre: Pick<Jobordre, 'version'>, stored: Pick<JobnetFacts, 'version'> | null): boolean {
  return stored === null || jobordre.version.getTime() > stored.version.getTime();
}

/**
 * Where Jobnet's status takes the vacancy, or null when it stays where it is. Jobnet decides
 * whether a jobordre is open or closed; inside "open" the jobcenter's own work (claimed, paused)
 * stands. Every target returned is a legal transition from `current` (domain/vacancy-lifecycle).
 */
export function vacancyStatusForJobnet(
  current: VacancyStatus,
  jobnet: JobnetStatus,
  claimed: boolean,
): VacancyStatus | null {
  const target = ((): VacancyStatus => {
    switch (jobnet) {
      case 'open':
        if (current === 'received' || current === 'in_progress') return current;
        return claimed && current === 'paused' ? 'in_progress' : 'received';
      case 'inactivated':
        return 'paused';
      case 'filled':
        return 'filled';
      case 'deadline_passed':
        return 'deadline_passed';
      case 'cancelled':
        return 'withdrawn';
    }
  })();
  return target === current ? null : target;
}

/** The status a vacancy first seen in Jobnet starts in. */
export function initialVacancyStatus(jobnet: JobnetStatus): VacancyStatus {
  return vacancyStatusForJobnet('received', jobnet, false) ?? 'received';
}

/** Which jobordrer for companies outside the municipality are kept. */
export type OtherMunicipalityRule = 'keep' | 'skip';

/**
 * Whether a jobordre belongs here: its workplace is in the municipality, or (no work address) its
 * company has a workplace here; otherwise the configured rule decides.
 */
export function isForMunicipality(
  jobordre: Pick<Jobordre, 'workAddress'>,
  municipalityCode: string | null,
  companyHasWorkplaceHere: boolean,
  rule: OtherMunicipalityRule,
): boolean {
  if (rule === 'keep' || municipalityCode === null) return true;
  const code = jobordre.workAddress?.municipalityCode ?? null;
  return code === null ? companyHasWorkplaceHere : code === municipalityCode;
}
