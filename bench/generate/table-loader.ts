/** Loading: column-major batches sent as unnest arrays, a few statements in flight. */
import type { SqlRunner } from '../bench-target.js';

const BATCH_ROWS = 10_000;

export interface Column {
  name: string;
  /** Element type of the unnest array parameter. */
  type: 'uuid' | 'text' | 'timestamptz' | 'int' | 'bool' | 'date' | 'float8';
  /** Cast of the unnested text into the column's type (arrays, jsonb). */
  cast?: 'text[]' | 'jsonb';
}

export class TableLoader {
  private buffers: unknown[][];
  private count = 0;
  private readonly statement: string;
  rows = 0;

  constructor(
    private readonly sink: InsertSink,
    readonly table: string,
    private readonly columns: readonly Column[],
  ) {
    this.buffers = columns.map(() => []);
    const names = columns.map((c) => `"${c.name}"`);
    const select = columns.map((c) => (c.cast ? `"${c.name}"::${c.cast}` : `"${c.name}"`));
    const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`);
    this.statement = `insert into ${table} (${names.join(', ')}) select ${select.join(', ')} from unnest(${params.join(', ')}) as u(${names.join(', ')})`;
  }

  async push(values: readonly unknown[]): Promise<void> {
    for (let i = 0; i < values.length; i++) this.buffers[i]!.push(values[i]);
    this.count += 1;
    if (this.count >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    const batch = this.buffers;
    this.rows += this.count;
    this.buffers = this.columns.map(() => []);
    this.count = 0;
    await this.sink.send(this.statement, batch);
  }
}

/** Round-robins statements over the runners, with at most one in flight per runner. */
export class InsertSink {
  private readonly inFlight: (Promise<unknown> | null)[];
  private next = 0;

  constructor(private readonly runners: readonly SqlRunner[]) {
    this.inFlight = runners.map(() => null);
  }

  async send(text: string, values: unknown[]): Promise<void> {
    const slot = this.next;
    this.next = (this.next + 1) % this.runners.length;
    await this.inFlight[slot];
    this.inFlight[slot] = this.runners[slot]!.query(text, values);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

export const TENANT_COLUMN: Column = { name: 'tenant_id', type: 'text' };

/** A text[] literal, for the columns cast from text. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
