/**
 * A deterministic, realistic CVR register around Roskilde Kommune (265) for the emulator: legal
 * units with their P-units, histories, every status, secret contact data, seats elsewhere with a
 * workplace here, P-units outside, closed and moved ones. The demo's own companies ("known
 * companies") come first so they reach the CRM through the register path. `expectedCvrs` is what a
 * correct municipality read returns: legal units with an active P-unit whose address is in 265.
 */
import type { RegisterSource } from '../../../adapters/cvr/register-documents.js';
import { completeCvr } from '../../../domain/cvr.js';
import { Prng } from '../../prng.js';
import {
  legalUnitDocument,
  productionUnitDocument,
  type AddressPlan,
  type ContactPlan,
  type Dated,
  type IndustryPlan,
  type LegalPlan,
  type PUnitPlan,
} from './municipality-documents.js';
import {
  ASSOCIATION_INDUSTRIES,
  EMPLOYMENT_INTERVALS,
  FIRST_NAMES,
  FREEMAIL_DOMAINS,
  INDUSTRIES,
  industryOf,
  INTERVAL_WEIGHTS,
  LAST_NAMES,
  LEGAL_FORMS,
  NAME_WORDS,
  OTHER_PLACES,
  placeOfPostcode,
  ROSKILDE_KOMMUNE,
  ROSKILDE_PLACES,
  STATUSES,
  type LegalFormKey,
  type Place,
} from './municipality-tables.js';

export const ROSKILDE_MUNICIPALITY_CODE = '265';

/** A company the demo seeds (src/demo/seed-data.ts buildCompanies), to be served by the register. */
export interface KnownCompany {
  cvr: string;
  name: string;
  pNumbers: readonly string[];
  /** "Street 12B"; a street is picked when missing. */
  address?: string | null;
  postcode: string;
  city: string;
  industryCode: string | null;
  /** The seed's band: '1-9', '10-49', '50-249', '250+'. */
  employeeBand: string | null;
  domains: readonly string[];
}

export interface MunicipalityOptions {
  seed?: number;
  /** Generated legal units besides the known companies (default 2,500, giving ~3,500 P-units). */
  legalUnits?: number;
  knownCompanies?: readonly KnownCompany[];
  /** The register's "now": every generated `sidstOpdateret` is before it. */
  now?: Date;
}

export interface GeneratedMunicipality {
  municipalityCode: string;
  /** Known companies' documents first, each legal unit followed by its P-units. */
  documents: RegisterSource[];
  /** CVRs of legal units with an active P-unit currently in the municipality, sorted. */
  expectedCvrs: string[];
  /** For known companies that had no P-number: the P-number the register gave them. */
  addedPNumbers: Map<string, string>;
}

const DEFAULT_NOW = new Date('2026-12-01T06:00:00.000Z');
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

const BAND_INTERVALS: Record<string, string> = {
  '1-9': 'ANTAL_5_9',
  '10-49': 'ANTAL_20_49',
  '50-249': 'ANTAL_50_99',
  '250+': 'ANTAL_200_499',
};

type Category = 'local' | 'localMulti' | 'seatElsewhere' | 'movedOut' | 'movedIn' | 'outside' | 'closedLocal';

const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['local', 64],
  ['localMulti', 10],
  ['seatElsewhere', 11],
  ['movedOut', 3],
  ['movedIn', 2],
  ['outside', 6],
  ['closedLocal', 4],
];

const FORM_WEIGHTS: readonly (readonly [LegalFormKey, number])[] = [
  ['APS', 40],
  ['ENK', 30],
  ['AS', 8],
  ['IS', 7],
  ['IVS', 5],
  ['FOR', 10],
];

const DISSOLVED = STATUSES.filter((s) => s.startsWith('OPLØST') || s === 'TVANGSOPLØST' || s === 'SLETTET');

function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

class Generator {
  readonly rng: Prng;
  readonly now: Date;
  readonly cvrs = new Set<string>();
  readonly pNumbers = new Set<string>();
  readonly domains = new Set<string>();
  #enhedsNummer = 4_000_000_000;

  constructor(seed: number, now: Date) {
    this.rng = new Prng(seed);
    this.now = now;
  }

  enhedsNummer(): number {
    return this.#enhedsNummer++;
  }

  cvr(): string {
    for (;;) {
      const cvr = completeCvr(`${this.rng.int(1, 4)}${this.rng.digits(6)}`);
      if (cvr !== null && !this.cvrs.has(cvr)) {
        this.cvrs.add(cvr);
        return cvr;
      }
    }
  }

  pNumber(): string {
    for (;;) {
      const p = `${this.rng.pick(['10', '11', '12'])}${this.rng.digits(8)}`;
      if (!this.pNumbers.has(p)) {
        this.pNumbers.add(p);
        return p;
      }
    }
  }

  /** A day between `from` and `to`, at a random time of day. */
  between(from: Date, to: Date): Date {
    const span = Math.max(0, to.getTime() - from.getTime());
    return new Date(from.getTime() + Math.floor(this.rng.next() * span));
  }

  address(place: Place, street?: string, number?: number, letter?: string | null): AddressPlan {
    const flat = place.kommuneKode === 101 && this.rng.chance(0.5);
    return {
      place,
      street: street ?? this.rng.pick(place.streets),
      number: number ?? this.rng.int(1, 160),
      letter: letter !== undefined ? letter : this.rng.chance(0.1) ? this.rng.pick(['A', 'B', 'C']) : null,
      floor: flat ? String(this.rng.int(1, 5)) : null,
      door: flat ? this.rng.pick(['tv', 'th', 'mf']) : null,
      id: this.rng.uuid(),
    };
  }

  roskilde(): Place {
    return this.rng.weighted(ROSKILDE_PLACES.map((p) => [p, p.postcode === 4000 ? 6 : 1] as const));
  }

  elsewhere(): Place {
    return this.rng.pick(OTHER_PLACES);
  }

  /** A unique company domain from its name ("hansen-vvs.dk"). */
  domain(name: string): string {
    const words = name
      .split(/\s+/)
      .filter((w) => !['ApS', 'A/S', 'I/S', 'IVS', '&'].includes(w))
      .map(ascii)
      .filter(Boolean);
    const base = words.slice(0, 3).join(this.rng.chance(0.5) ? '-' : '') || 'firma';
    for (let n = 0; ; n++) {
      const candidate = `${base}${n === 0 ? '' : n + 1}.dk`;
      if (!this.domains.has(candidate)) {
        this.domains.add(candidate);
        return candidate;
      }
    }
  }
}

function companyName(g: Generator, form: LegalFormKey, trade: string): string {
  const { rng } = g;
  const last = rng.pick(LAST_NAMES);
  const first = rng.pick(FIRST_NAMES);
  switch (form) {
    case 'ENK':
      return rng.chance(0.5) ? `${trade} ${first} ${last}` : `${first[0]}${last[0]} ${trade}`;
    case 'IS':
      return `${last} & ${rng.pick(LAST_NAMES)} ${trade} I/S`;
    case 'FOR':
      return rng.chance(0.5) ? `${rng.pick(NAME_WORDS)} ${trade}` : `Foreningen ${rng.pick(NAME_WORDS)}hus`;
    default: {
      const head = rng.chance(0.5) ? rng.pick(NAME_WORDS) : rng.chance(0.5) ? `${last} & Søn` : last;
      return `${head} ${trade} ${LEGAL_FORMS[form].suffix}`;
    }
  }
}

function contactsFor(g: Generator, name: string, form: LegalFormKey, started: Date) {
  const { rng } = g;
  const phones: ContactPlan[] = [];
  const emails: ContactPlan[] = [];
  const websites: ContactPlan[] = [];
  if (rng.chance(0.85))
    phones.push({
      value: rng.pick(['2', '3', '4', '5', '6', '7']) + rng.digits(7),
      secret: rng.chance(0.06),
      from: started,
      to: null,
    });
  if (rng.chance(0.8)) {
    const freemail = rng.chance(form === 'ENK' || form === 'IVS' ? 0.4 : 0.1);
    if (freemail) {
      const local = ascii(rng.pick(FIRST_NAMES)) + rng.digits(2);
      emails.push({
        value: `${local}@${rng.pick(FREEMAIL_DOMAINS)}`,
        secret: rng.chance(0.06),
        from: started,
        to: null,
      });
    } else {
      const domain = g.domain(name);
      emails.push({
        value: `${rng.pick(['info', 'kontakt', 'mail'])}@${domain}`,
        secret: rng.chance(0.06),
        from: started,
        to: null,
      });
      if (rng.chance(0.6)) websites.push({ value: `www.${domain}`, secret: false, from: started, to: null });
      if (rng.chance(0.05)) {
        // An address that is no longer valid: a reader must use the current one only.
        const old = g.domain(`${name} gammel`);
        emails.unshift({ value: `info@${old}`, secret: false, from: started, to: g.between(started, g.now) });
      }
    }
  }
  return { phones, emails, websites };
}

interface UnitSpec {
  place: Place;
  active: boolean;
  /** An earlier address in another place (the unit moved). */
  movedFrom?: Place;
  address?: AddressPlan;
}

function unitPlan(
  g: Generator,
  spec: UnitSpec,
  name: string,
  industry: IndustryPlan,
  interval: string | null,
  started: Date,
  pNumber?: string,
): PUnitPlan {
  const addresses: Dated<AddressPlan>[] = [];
  let last = started;
  if (spec.movedFrom) {
    addresses.push({ value: g.address(spec.movedFrom), from: started });
    last = g.between(new Date(started.getTime() + DAY_MS), new Date(g.now.getTime() - 30 * DAY_MS));
  }
  addresses.push({ value: spec.address ?? g.address(spec.place), from: last });
  const updated = g.between(last, new Date(g.now.getTime() - DAY_MS));
  return {
    pNumber: pNumber ?? g.pNumber(),
    enhedsNummer: g.enhedsNummer(),
    names: [{ value: name, from: started }],
    addresses,
    active: spec.active,
    industry,
    interval,
    started,
    updated,
  };
}

/** Dates of earlier names/addresses, oldest first, after `started`. */
function history<T>(g: Generator, values: T[], started: Date): Dated<T>[] {
  const dates = values.slice(1).map(() => g.between(started, new Date(g.now.getTime() - 60 * DAY_MS)));
  dates.sort((a, b) => a.getTime() - b.getTime());
  return values.map((value, i) => ({ value, from: i === 0 ? started : (dates[i - 1] as Date) }));
}

function generatedPlan(g: Generator, index: number): LegalPlan {
  const { rng } = g;
  const category: Category = index < STATUSES.length ? 'local' : rng.weighted(CATEGORY_WEIGHTS);
  const formKey: LegalFormKey =
    index < FORM_WEIGHTS.length
      ? (FORM_WEIGHTS[index] as readonly [LegalFormKey, number])[0]
      : rng.weighted(FORM_WEIGHTS);
  const form = LEGAL_FORMS[formKey];
  const industry = formKey === 'FOR' ? rng.pick(ASSOCIATION_INDUSTRIES) : rng.pick(INDUSTRIES);
  const interval =
    index < EMPLOYMENT_INTERVALS.length ? (EMPLOYMENT_INTERVALS[index] as string) : rng.weighted(INTERVAL_WEIGHTS);
  // Many one-person units have no published employment at all.
  const published = interval !== 'ANTAL_0_0' || rng.chance(0.5) ? interval : null;
  const started = g.between(new Date(g.now.getTime() - 40 * YEAR_MS), new Date(g.now.getTime() - 200 * DAY_MS));

  const status =
    index < STATUSES.length
      ? (STATUSES[index] as string)
      : category === 'closedLocal'
        ? rng.pick(DISSOLVED)
        : rng.chance(0.9)
          ? 'NORMAL'
          : rng.pick(STATUSES);
  const dissolved = DISSOLVED.includes(status as (typeof DISSOLVED)[number]);

  const name = companyName(g, formKey, industry.trade);
  const names = rng.chance(0.15)
    ? history(
        g,
        [...Array.from({ length: rng.int(1, 2) }, () => companyName(g, formKey, industry.trade)), name],
        started,
      )
    : [{ value: name, from: started }];

  const seatPlace = ['seatElsewhere', 'outside'].includes(category) ? g.elsewhere() : g.roskilde();
  const seat = g.address(seatPlace);
  const seats = rng.chance(0.15)
    ? history(g, [g.address(rng.chance(0.5) ? seatPlace : g.roskilde()), seat], started)
    : [{ value: seat, from: started }];

  // A dissolved company's workplaces usually closed with it; the register lags for some.
  const active = !dissolved || rng.chance(0.3);
  const specs: UnitSpec[] = [];
  switch (category) {
    case 'local':
      specs.push({ place: seatPlace, address: seat, active });
      break;
    case 'localMulti':
      specs.push({ place: seatPlace, address: seat, active });
      for (let i = rng.int(1, 4); i > 0; i--) {
        const roll = rng.next();
        specs.push(
          roll < 0.6
            ? { place: g.roskilde(), active }
            : roll < 0.85
              ? { place: g.elsewhere(), active }
              : { place: g.roskilde(), active: false },
        );
      }
      break;
    case 'seatElsewhere':
      if (rng.chance(0.6)) specs.push({ place: seatPlace, address: seat, active: true });
      for (let i = rng.int(1, 2); i > 0; i--) specs.push({ place: g.roskilde(), active: true });
      break;
    case 'movedOut':
      specs.push({ place: g.elsewhere(), movedFrom: g.roskilde(), active: true });
      break;
    case 'movedIn':
      specs.push({ place: g.roskilde(), movedFrom: g.elsewhere(), active: true });
      break;
    case 'outside':
      for (let i = rng.int(1, 2); i > 0; i--)
        specs.push({ place: rng.chance(0.7) ? seatPlace : g.elsewhere(), active: true });
      break;
    case 'closedLocal':
      specs.push({ place: seatPlace, address: seat, active: false });
      break;
  }
  const industryPlan = { code: industry.code, text: industry.text };
  const units = specs.map((spec, i) =>
    unitPlan(
      g,
      spec,
      i === 0 || specs.length === 1 ? name : `${name} - ${spec.place.city}`,
      industryPlan,
      published,
      started,
    ),
  );
  const statuses: Dated<string>[] = [{ value: 'NORMAL', from: started }];
  if (status !== 'NORMAL')
    statuses.push({ value: status, from: g.between(started, new Date(g.now.getTime() - 30 * DAY_MS)) });
  return finishPlan(g, {
    cvr: g.cvr(),
    enhedsNummer: g.enhedsNummer(),
    names,
    addresses: seats,
    statuses,
    form,
    industry: industryPlan,
    interval: published,
    advertisingProtected: rng.chance(0.2),
    ...contactsFor(g, name, formKey, started),
    units,
    started,
    updated: started,
  });
}

/** `sidstOpdateret` after the last historised change, before "now". */
function finishPlan(g: Generator, plan: LegalPlan): LegalPlan {
  const changes = [...plan.names, ...plan.addresses, ...plan.statuses].map((d) => d.from.getTime());
  const latest = new Date(Math.max(plan.started.getTime(), ...changes));
  return { ...plan, updated: g.between(latest, new Date(g.now.getTime() - DAY_MS)) };
}

function parseStreet(address: string): { street: string; number?: number; letter?: string | null } {
  const match = /^(.*\S)\s+(\d+)\s*([A-Za-z]?)$/.exec(address.trim());
  if (!match) return { street: address.trim() };
  return {
    street: match[1] as string,
    number: Number(match[2]),
    letter: match[3] ? (match[3] as string).toUpperCase() : null,
  };
}

function knownPlan(g: Generator, company: KnownCompany, added: Map<string, string>): LegalPlan {
  const { rng } = g;
  const place = placeOfPostcode(company.postcode);
  if (!place) throw new Error(`municipality: no place for postcode ${company.postcode} (${company.name})`);
  const parsed = company.address ? parseStreet(company.address) : null;
  const seat = g.address(place, parsed?.street, parsed?.number, parsed?.letter);
  const formKey: LegalFormKey =
    company.employeeBand === '1-9'
      ? rng.pick(['APS', 'APS', 'ENK', 'IVS'] as const)
      : company.employeeBand === '10-49'
        ? rng.pick(['APS', 'AS'] as const)
        : 'AS';
  const known = industryOf(company.industryCode);
  const industry = { code: company.industryCode, text: known?.text ?? null };
  const interval = company.employeeBand ? (BAND_INTERVALS[company.employeeBand] ?? null) : null;
  const started = g.between(new Date(g.now.getTime() - 30 * YEAR_MS), new Date(g.now.getTime() - 2 * YEAR_MS));
  // Every demo company has a workplace in the municipality: the register read is how it arrives.
  let pNumbers = [...company.pNumbers];
  if (pNumbers.length === 0) {
    const p = g.pNumber();
    added.set(company.cvr, p);
    pNumbers = [p];
  }
  const units = pNumbers.map((p, i) => {
    const here = i === 0 && place.kommuneKode === ROSKILDE_KOMMUNE;
    const unitPlace = here ? place : g.roskilde();
    const unitName = i === 0 ? company.name : `${company.name} - ${unitPlace.city}`;
    return unitPlan(
      g,
      { place: unitPlace, address: here ? seat : undefined, active: true },
      unitName,
      industry,
      interval,
      started,
      p,
    );
  });
  const [first, ...rest] = company.domains;
  const emails: ContactPlan[] = first ? [{ value: `kontakt@${first}`, secret: false, from: started, to: null }] : [];
  const websites: ContactPlan[] = [first, ...rest]
    .filter((d): d is string => d !== undefined)
    .map((d) => ({ value: `www.${d}`, secret: false, from: started, to: null }));
  return finishPlan(g, {
    cvr: company.cvr,
    enhedsNummer: g.enhedsNummer(),
    names: [{ value: company.name, from: started }],
    addresses: [{ value: seat, from: started }],
    statuses: [{ value: 'NORMAL', from: started }],
    form: LEGAL_FORMS[formKey],
    industry,
    interval,
    advertisingProtected: false,
    phones: [{ value: rng.pick(['4', '7']) + rng.digits(7), secret: false, from: started, to: null }],
    emails,
    websites,
    units,
    started,
    updated: started,
  });
}

function isExpected(plan: LegalPlan): boolean {
  return plan.units.some((u) => u.active && u.addresses.at(-1)?.value.place.kommuneKode === ROSKILDE_KOMMUNE);
}

/** Generates the register; the same options always give the same documents. */
export function generateMunicipality(options: MunicipalityOptions = {}): GeneratedMunicipality {
  const g = new Generator(options.seed ?? 265, options.now ?? DEFAULT_NOW);
  const knownCompanies = options.knownCompanies ?? [];
  for (const company of knownCompanies) {
    g.cvrs.add(company.cvr);
    company.pNumbers.forEach((p) => g.pNumbers.add(p));
    company.domains.forEach((d) => g.domains.add(d));
  }
  const added = new Map<string, string>();
  const plans = knownCompanies.map((company) => knownPlan(g, company, added));
  const count = options.legalUnits ?? 2500;
  for (let i = 0; i < count; i++) plans.push(generatedPlan(g, i));

  const documents: RegisterSource[] = [];
  for (const plan of plans) {
    documents.push(legalUnitDocument(plan, g.now));
    for (const unit of plan.units) documents.push(productionUnitDocument(unit, plan, g.now));
  }
  return {
    municipalityCode: ROSKILDE_MUNICIPALITY_CODE,
    documents,
    expectedCvrs: plans
      .filter(isExpected)
      .map((p) => p.cvr)
      .sort(),
    addedPNumbers: added,
  };
}
