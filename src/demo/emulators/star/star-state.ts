/**
 * The emulator's jobordrer as DFDG holds them: the current version of each, and the changes the demo
 * and the tests make. Every change moves `sidstAendretTidspunkt` to the injected clock's now, strictly
 * later than the change before (a receiver compares versions by it, so two changes within one
 * millisecond must still differ), and reports what happened so the outbox can queue its WSB message.
 */
import { randomUUID } from 'node:crypto';
import {
  AENDRINGSTYPE,
  JOBORDRESTATUS,
  JOBORDRETYPE,
  type JobordreDocument,
} from '../../../adapters/star/star-documents.js';

export type JobordreStatusKey = keyof typeof JOBORDRESTATUS;
export type JobordreTypeKey = keyof typeof JOBORDRETYPE;

/** What an employer registers in Jobnet; the emulator adds identifier, times and code list values. */
export interface JobordreInput {
  /** A guid; a fresh one when left out. */
  jobordreIdentifier?: string;
  virksomhed: JobordreDocument['virksomhed'];
  stillingsbetegnelse: string;
  stillingsbetegnelseKode?: JobordreDocument['stillingsbetegnelseKode'];
  antalStillinger: number;
  /** YYYY-MM-DD, or null ("snarest muligt"). */
  ansoegningsfrist: string | null;
  arbejdssted: JobordreDocument['arbejdssted'];
  type: JobordreTypeKey;
  /** 'aktiv' when left out. */
  status?: JobordreStatusKey;
}

/** The fields a later change may touch (status has its own mutation). */
export type JobordreChanges = Partial<Omit<JobordreInput, 'jobordreIdentifier' | 'status'>>;

/** One change, as the outbox turns it into a WSB message. */
export interface JobordreChange {
  jobordre: JobordreDocument;
  aendringstypeId: number;
  at: Date;
}

export class StarJobordreState {
  readonly #jobordrer = new Map<string, JobordreDocument>();
  readonly #now: () => Date;
  #lastChangeMs = Number.NEGATIVE_INFINITY;

  constructor(now: () => Date) {
    this.#now = now;
  }

  publish(input: JobordreInput): JobordreChange {
    const id = input.jobordreIdentifier ?? randomUUID();
    if (this.#jobordrer.has(id)) throw new Error(`STAR emulator: jobordre ${id} exists already`);
    const at = this.#changeTime();
    const jobordre: JobordreDocument = {
      jobordreIdentifier: id,
      oprettetTidspunkt: at.toISOString(),
      sidstAendretTidspunkt: at.toISOString(),
      virksomhed: { ...input.virksomhed },
      stillingsbetegnelse: input.stillingsbetegnelse,
      stillingsbetegnelseKode: input.stillingsbetegnelseKode ?? null,
      antalStillinger: input.antalStillinger,
      ansoegningsfrist: input.ansoegningsfrist,
      arbejdssted: input.arbejdssted ? { ...input.arbejdssted } : null,
      jobordretype: { ...JOBORDRETYPE[input.type] },
      jobordrestatus: { ...JOBORDRESTATUS[input.status ?? 'aktiv'] },
    };
    this.#jobordrer.set(id, jobordre);
    return { jobordre: structuredClone(jobordre), aendringstypeId: AENDRINGSTYPE.oprettelse, at };
  }

  update(id: string, changes: JobordreChanges): JobordreChange {
    const { type, ...fields } = changes;
    const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return this.#change(id, {
      ...given,
      ...(type === undefined ? {} : { jobordretype: { ...JOBORDRETYPE[type] } }),
    });
  }

  setStatus(id: string, status: JobordreStatusKey): JobordreChange {
    return this.#change(id, { jobordrestatus: { ...JOBORDRESTATUS[status] } });
  }

  get(id: string): JobordreDocument | undefined {
    const found = this.#jobordrer.get(id);
    return found ? structuredClone(found) : undefined;
  }

  /** Every jobordre, in the order they were published. */
  list(): JobordreDocument[] {
    return [...this.#jobordrer.values()].map((jobordre) => structuredClone(jobordre));
  }

  #change(id: string, fields: Partial<JobordreDocument>): JobordreChange {
    const current = this.#jobordrer.get(id);
    if (!current) throw new Error(`STAR emulator: no jobordre ${id}`);
    const at = this.#changeTime();
    const next: JobordreDocument = { ...current, ...structuredClone(fields), sidstAendretTidspunkt: at.toISOString() };
    this.#jobordrer.set(id, next);
    return { jobordre: structuredClone(next), aendringstypeId: AENDRINGSTYPE.opdatering, at };
  }

  /** The clock's now, or 1 ms after the previous change when the clock has not moved past it. */
  #changeTime(): Date {
    const ms = Math.max(this.#now().getTime(), this.#lastChangeMs + 1);
    this.#lastChangeMs = ms;
    return new Date(ms);
  }
}
