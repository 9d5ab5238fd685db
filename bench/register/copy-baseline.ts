/**
 * The floor the import is measured against: the same rows the import wrote (companies, their
 * P-units, their domains) written again into empty copies of the three tables, as plainly as the
 * database allows. PostgreSQL: COPY FROM STDIN in text format, one transaction, through `pg` itself
 * (pg-copy-streams is not a dependency; a pg.Query whose copy-in handler sends the prepared chunks
 * is all COPY needs). PGlite: `insert ... select` from the import's tables, as its in-process driver
 * has no COPY FROM STDIN through Kysely.
 */
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/adapters/store/db-schema.js';

export const COPIED_TABLES = ['companies', 'company_p_units', 'company_domains'] as const;

export interface CopyResult {
  method: string;
  ms: number;
  rows: Record<string, number>;
  totalRows: number;
  bytes: number;
}

const CHUNK_BYTES = 64 * 1024;

/** COPY ... FROM STDIN fed from memory: the server asks for the data, the chunks go, then CopyDone. */
class CopyFromChunks extends pg.Query {
  constructor(
    text: string,
    private readonly chunks: readonly Buffer[],
    callback: (error: Error | undefined) => void,
  ) {
    super(text, callback);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }
}

function copyIn(client: pg.Client, text: string, chunks: readonly Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyFromChunks(text, chunks, (error) => (error ? reject(error) : resolve())));
  });
}

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

function copyChunks(rows: readonly (string | null)[][]): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = `${row.map(copyField).join('\t')}\n`;
    parts.push(line);
    size += line.length;
    if (size >= CHUNK_BYTES) {
      chunks.push(Buffer.from(parts.join('')));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) chunks.push(Buffer.from(parts.join('')));
  return chunks;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Empty copies of the tables (indexes, defaults and checks included; foreign keys are not copied). */
async function createCopies(run: (text: string) => Promise<unknown>, from: string, into: string) {
  await run(`create schema ${ident(into)}`);
  for (const table of COPIED_TABLES)
    await run(`create table ${ident(into)}.${ident(table)} (like ${ident(from)}.${ident(table)} including all)`);
}

export async function copyBaselinePostgres(url: string, from: string, into: string): Promise<CopyResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await createCopies((text) => client.query(text), from, into);
    // Every column as text, read before the clock starts: COPY is handed rows ready to send.
    const prepared: { table: string; columns: string[]; chunks: Buffer[]; rows: number }[] = [];
    for (const table of COPIED_TABLES) {
      const columns = (
        await client.query<{ column_name: string }>(
          'select column_name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position',
          [from, table],
        )
      ).rows.map((row) => row.column_name);
      const result = await client.query<(string | null)[]>({
        text: `select ${columns.map((c) => `${ident(c)}::text`).join(', ')} from ${ident(from)}.${ident(table)}`,
        rowMode: 'array',
      });
      prepared.push({ table, columns, chunks: copyChunks(result.rows), rows: result.rows.length });
    }
    const start = performance.now();
    await client.query('begin');
    for (const { table, columns, chunks } of prepared)
      await copyIn(client, `copy ${ident(into)}.${ident(table)} (${columns.map(ident).join(', ')}) from stdin`, chunks);
    await client.query('commit');
    const ms = performance.now() - start;
    const rows = Object.fromEntries(prepared.map((p) => [p.table, p.rows]));
    return {
      method: 'COPY FROM STDIN (text format, one transaction, 64 KiB chunks via a pg.Query copy-in handler)',
      ms,
      rows,
      totalRows: prepared.reduce((sum, p) => sum + p.rows, 0),
      bytes: prepared.reduce((sum, p) => sum + p.chunks.reduce((s, c) => s + c.length, 0), 0),
    };
  } finally {
    await client.query(`drop schema if exists ${ident(into)} cascade`).catch(() => undefined);
    await client.end();
  }
}

export async function copyBaselinePglite(db: Kysely<Database>, into: string): Promise<CopyResult> {
  const run = (text: string) => sql.raw(text).execute(db);
  try {
    await createCopies(run, 'public', into);
    const rows: Record<string, number> = {};
    const start = performance.now();
    await db.transaction().execute(async (tx) => {
      for (const table of COPIED_TABLES) {
        const result = await sql
          .raw(`insert into ${ident(into)}.${ident(table)} select * from public.${ident(table)}`)
          .execute(tx);
        rows[table] = Number(result.numAffectedRows ?? 0);
      }
    });
    const ms = performance.now() - start;
    return {
      method: 'insert ... select from the import tables, one transaction (PGlite: no COPY FROM STDIN through Kysely)',
      ms,
      rows,
      totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
      bytes: 0,
    };
  } finally {
    await run(`drop schema if exists ${ident(into)} cascade`).catch(() => undefined);
  }
}
