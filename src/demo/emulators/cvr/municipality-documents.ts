/**
 * Turns the generator's plans into distribution documents, shaped as the register returns them:
 * every historised list with periods (the last one open), the `nyeste*` metadata, employment as
 * interval codes only (public data), and `sidstOpdateret` on each document.
 */
import type {
  Adresse,
  Beskaeftigelse,
  Kontaktoplysning,
  RegisterSource,
  Vrvirksomhed,
  VrproduktionsEnhed,
} from '../../../adapters/cvr/register-documents.js';
import { composedStatus } from './cvr-state.js';
import type { LegalForm, Place } from './municipality-tables.js';

export interface Dated<T> {
  value: T;
  from: Date;
}

export interface AddressPlan {
  place: Place;
  street: string;
  number: number;
  letter: string | null;
  floor: string | null;
  door: string | null;
  id: string;
}

export interface ContactPlan {
  value: string;
  secret: boolean;
  from: Date;
  /** The day it stopped being valid, or null when current. */
  to: Date | null;
}

export interface IndustryPlan {
  code: string | null;
  text: string | null;
}

export interface PUnitPlan {
  pNumber: string;
  enhedsNummer: number;
  names: Dated<string>[];
  addresses: Dated<AddressPlan>[];
  active: boolean;
  industry: IndustryPlan;
  interval: string | null;
  started: Date;
  updated: Date;
}

export interface LegalPlan {
  cvr: string;
  enhedsNummer: number;
  names: Dated<string>[];
  addresses: Dated<AddressPlan>[];
  statuses: Dated<string>[];
  form: LegalForm;
  industry: IndustryPlan;
  interval: string | null;
  advertisingProtected: boolean;
  phones: ContactPlan[];
  emails: ContactPlan[];
  websites: ContactPlan[];
  units: PUnitPlan[];
  started: Date;
  updated: Date;
}

const DAY_MS = 86_400_000;

function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Period i runs from its date to the day before the next one; the last stays open. */
function historised<T, R>(list: readonly Dated<T>[], map: (value: T) => R, updated: Date) {
  return list.map((entry, i) => {
    const next = list[i + 1];
    return {
      ...map(entry.value),
      periode: {
        gyldigFra: isoDate(entry.from),
        gyldigTil: next ? isoDate(new Date(next.from.getTime() - DAY_MS)) : null,
      },
      sidstOpdateret: (next ? next.from : updated).toISOString(),
    };
  });
}

function adresse(a: AddressPlan): Omit<Adresse, 'periode' | 'sidstOpdateret'> {
  return {
    vejnavn: a.street,
    husnummerFra: a.number,
    husnummerTil: null,
    bogstavFra: a.letter,
    etage: a.floor,
    sidedoer: a.door,
    conavn: null,
    postboks: null,
    postnummer: a.place.postcode,
    postdistrikt: a.place.city,
    bynavn: null,
    landekode: 'DK',
    fritekst: null,
    adresseId: a.id,
    kommune: { kommuneKode: a.place.kommuneKode, kommuneNavn: a.place.kommuneNavn },
  };
}

function contacts(list: readonly ContactPlan[], updated: Date): Kontaktoplysning[] {
  return list.map((c) => ({
    kontaktoplysning: c.value,
    hemmelig: c.secret,
    periode: { gyldigFra: isoDate(c.from), gyldigTil: c.to ? isoDate(c.to) : null },
    sidstOpdateret: updated.toISOString(),
  }));
}

/** The latest published month, quarter and year: the register lags a couple of months. */
function employment(interval: string | null, now: Date, updated: Date) {
  if (interval === null) return { months: [], quarters: [], years: [] };
  const stamp = updated.toISOString();
  const entry = (extra: Partial<Beskaeftigelse>): Beskaeftigelse => ({
    antalAnsatte: null,
    antalAarsvaerk: null,
    intervalKodeAntalAnsatte: interval,
    sidstOpdateret: stamp,
    ...extra,
  });
  const months: Beskaeftigelse[] = [];
  for (let back = 4; back >= 2; back--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(entry({ aar: d.getUTCFullYear(), maaned: d.getUTCMonth() + 1 }));
  }
  const q = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1));
  const quarters = [entry({ aar: q.getUTCFullYear(), kvartal: Math.floor(q.getUTCMonth() / 3) + 1 })];
  const years = [entry({ aar: now.getUTCFullYear() - 1 })];
  return { months, quarters, years };
}

export function legalUnitDocument(plan: LegalPlan, now: Date): RegisterSource {
  const navne = historised(plan.names, (navn) => ({ navn }), plan.updated);
  const beliggenhedsadresse = historised(plan.addresses, adresse, plan.updated);
  const virksomhedsstatus = historised(plan.statuses, (status) => ({ status }), plan.updated);
  const form = {
    virksomhedsformkode: plan.form.code,
    kortBeskrivelse: plan.form.short,
    langBeskrivelse: plan.form.long,
  };
  const virksomhedsform = historised([{ value: form, from: plan.started }], (f) => f, plan.updated);
  const hovedbranche = historised(
    [{ value: plan.industry, from: plan.started }],
    (i) => ({ branchekode: i.code, branchetekst: i.text }),
    plan.updated,
  );
  const jobs = employment(plan.interval, now, plan.updated);
  const status = plan.statuses.at(-1)?.value ?? 'NORMAL';
  const v: Vrvirksomhed = {
    cvrNummer: Number(plan.cvr),
    enhedsNummer: plan.enhedsNummer,
    sidstOpdateret: plan.updated.toISOString(),
    sidstIndlaest: plan.updated.toISOString(),
    reklamebeskyttet: plan.advertisingProtected,
    dataAdgang: 0,
    navne,
    binavne: [],
    beliggenhedsadresse,
    postadresse: [],
    telefonNummer: contacts(plan.phones, plan.updated),
    elektroniskPost: contacts(plan.emails, plan.updated),
    hjemmeside: contacts(plan.websites, plan.updated),
    virksomhedsstatus,
    virksomhedsform,
    hovedbranche,
    aarsbeskaeftigelse: jobs.years,
    kvartalsbeskaeftigelse: jobs.quarters,
    maanedsbeskaeftigelse: jobs.months,
    erstMaanedsbeskaeftigelse: [],
    penheder: plan.units.map((u) => ({
      pNummer: Number(u.pNumber),
      periode: { gyldigFra: isoDate(u.started), gyldigTil: null },
    })),
    virksomhedMetadata: {
      nyesteNavn: navne.at(-1) ?? null,
      nyesteBeliggenhedsadresse: beliggenhedsadresse.at(-1) ?? null,
      nyesteHovedbranche: hovedbranche.at(-1) ?? null,
      nyesteVirksomhedsform: virksomhedsform.at(-1) ?? null,
      nyesteStatus: virksomhedsstatus.at(-1) ?? null,
      sammensatStatus: composedStatus(status),
      nyesteAarsbeskaeftigelse: jobs.years.at(-1) ?? null,
      nyesteKvartalsbeskaeftigelse: jobs.quarters.at(-1) ?? null,
      nyesteMaanedsbeskaeftigelse: jobs.months.at(-1) ?? null,
      nyesteErstMaanedsbeskaeftigelse: null,
    },
  };
  return { Vrvirksomhed: v };
}

export function productionUnitDocument(unit: PUnitPlan, legal: LegalPlan, now: Date): RegisterSource {
  const navne = historised(unit.names, (navn) => ({ navn }), unit.updated);
  const beliggenhedsadresse = historised(unit.addresses, adresse, unit.updated);
  const hovedbranche = historised(
    [{ value: unit.industry, from: unit.started }],
    (i) => ({ branchekode: i.code, branchetekst: i.text }),
    unit.updated,
  );
  const jobs = employment(unit.interval, now, unit.updated);
  const p: VrproduktionsEnhed = {
    pNummer: Number(unit.pNumber),
    enhedsNummer: unit.enhedsNummer,
    sidstOpdateret: unit.updated.toISOString(),
    reklamebeskyttet: legal.advertisingProtected,
    navne,
    beliggenhedsadresse,
    hovedbranche,
    elektroniskPost: [],
    virksomhedsrelation: [
      { cvrNummer: Number(legal.cvr), periode: { gyldigFra: isoDate(unit.started), gyldigTil: null } },
    ],
    aarsbeskaeftigelse: jobs.years,
    kvartalsbeskaeftigelse: jobs.quarters,
    produktionsEnhedMetadata: {
      nyesteNavn: navne.at(-1) ?? null,
      nyesteBeliggenhedsadresse: beliggenhedsadresse.at(-1) ?? null,
      nyesteHovedbranche: hovedbranche.at(-1) ?? null,
      nyesteCvrNummerRelation: Number(legal.cvr),
      sammensatStatus: unit.active ? 'Aktiv' : 'Ophørt',
    },
  };
  return { VrproduktionsEnhed: p };
}
