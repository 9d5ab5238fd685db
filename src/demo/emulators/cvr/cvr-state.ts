/**
 * The emulator's register: legal units and P-units as `_source` documents, with the changes the
 * demo and the tests make. Every change historises like the register does: the current entry's
 * period is closed (`gyldigTil`, the day before), a new entry is appended, the `nyeste*` metadata
 * follows, and `sidstOpdateret` moves to the change's time.
 */
import type {
  Adresse,
  Historised,
  RegisterSource,
  Vrvirksomhed,
  VrproduktionsEnhed,
} from '../../../adapters/cvr/register-documents.js';
import { isRegisterActive } from '../../../domain/register-company.js';

/** The legal unit's composite status as the distribution shows it. */
export function composedStatus(status: string): string {
  if (status === 'NORMAL') return 'Aktiv';
  return isRegisterActive(status) ? status : 'Ophørt';
}

export type CvrIndex = 'virksomhed' | 'produktionsenhed';

const DAY_MS = 86_400_000;

function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Closes the current entry (gyldigTil = null) and appends `entry` valid from `at`. */
function historise<T extends Historised>(list: T[] | null | undefined, entry: Omit<T, 'periode'>, at: Date): T[] {
  const out = [...(list ?? [])];
  const dayBefore = isoDate(new Date(at.getTime() - DAY_MS));
  for (const [i, item] of out.entries()) {
    if (item.periode && item.periode.gyldigTil == null) {
      out[i] = { ...item, periode: { ...item.periode, gyldigTil: dayBefore }, sidstOpdateret: at.toISOString() };
    }
  }
  out.push({
    ...entry,
    periode: { gyldigFra: isoDate(at), gyldigTil: null },
    sidstOpdateret: at.toISOString(),
  } as unknown as T);
  return out;
}

function keyOf(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export class CvrRegisterState {
  readonly #legal = new Map<string, Vrvirksomhed>();
  readonly #units = new Map<string, VrproduktionsEnhed>();

  constructor(documents: readonly RegisterSource[] = []) {
    this.addCompany(documents);
  }

  /** Adds or replaces documents (a new company: its legal unit and its P-units). */
  addCompany(documents: readonly RegisterSource[]): void {
    for (const doc of structuredClone(documents)) {
      if ('Vrvirksomhed' in doc) this.#legal.set(keyOf(doc.Vrvirksomhed.cvrNummer), doc.Vrvirksomhed);
      else this.#units.set(keyOf(doc.VrproduktionsEnhed.pNummer), doc.VrproduktionsEnhed);
    }
  }

  /** The `_source` documents of an index, in insertion order (ES's order without a sort). */
  sources(index: CvrIndex): RegisterSource[] {
    return index === 'virksomhed'
      ? [...this.#legal.values()].map((v) => ({ Vrvirksomhed: v }))
      : [...this.#units.values()].map((p) => ({ VrproduktionsEnhed: p }));
  }

  legalUnit(cvr: string): Vrvirksomhed | undefined {
    const found = this.#legal.get(cvr);
    return found ? structuredClone(found) : undefined;
  }

  productionUnit(pNumber: string): VrproduktionsEnhed | undefined {
    const found = this.#units.get(pNumber);
    return found ? structuredClone(found) : undefined;
  }

  rename(cvr: string, name: string, at: Date): void {
    const v = this.#requireLegal(cvr);
    v.navne = historise(v.navne, { navn: name }, at);
    v.virksomhedMetadata = { ...v.virksomhedMetadata, nyesteNavn: v.navne.at(-1) ?? null };
    this.#touch(v, at);
  }

  setStatus(cvr: string, status: string, at: Date): void {
    const v = this.#requireLegal(cvr);
    v.virksomhedsstatus = historise(v.virksomhedsstatus, { status }, at);
    v.virksomhedMetadata = {
      ...v.virksomhedMetadata,
      nyesteStatus: v.virksomhedsstatus.at(-1) ?? null,
      sammensatStatus: composedStatus(status),
    };
    this.#touch(v, at);
  }

  /** The P-unit moves to `address` (kommune included) from `at`. */
  moveProductionUnit(pNumber: string, address: Omit<Adresse, 'periode' | 'sidstOpdateret'>, at: Date): void {
    const p = this.#requireUnit(pNumber);
    p.beliggenhedsadresse = historise(p.beliggenhedsadresse, address, at);
    p.produktionsEnhedMetadata = {
      ...p.produktionsEnhedMetadata,
      nyesteBeliggenhedsadresse: p.beliggenhedsadresse.at(-1) ?? null,
    };
    this.#touch(p, at);
  }

  /** The P-unit stops (sammensatStatus "Ophørt"); it stays related to its legal unit. */
  closeProductionUnit(pNumber: string, at: Date): void {
    const p = this.#requireUnit(pNumber);
    p.produktionsEnhedMetadata = { ...p.produktionsEnhedMetadata, sammensatStatus: 'Ophørt' };
    this.#touch(p, at);
  }

  #touch(doc: { sidstOpdateret?: string | null }, at: Date): void {
    doc.sidstOpdateret = at.toISOString();
  }

  #requireLegal(cvr: string): Vrvirksomhed {
    const v = this.#legal.get(cvr);
    if (!v) throw new Error(`CVR emulator: no legal unit ${cvr}`);
    return v;
  }

  #requireUnit(pNumber: string): VrproduktionsEnhed {
    const p = this.#units.get(pNumber);
    if (!p) throw new Error(`CVR emulator: no P-unit ${pNumber}`);
    return p;
  }
}
