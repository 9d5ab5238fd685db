/** One NDJSON line as a register document, or the reason it is not one. */
import type { RegisterRejection } from '../../domain/register-company.js';
import type { NdjsonLine } from './read-ndjson-lines.js';
import type { VrproduktionsEnhed, Vrvirksomhed } from './register-documents.js';

export type ParsedLine =
  | { kind: 'legalUnit'; line: number; doc: Vrvirksomhed }
  | { kind: 'productionUnit'; line: number; doc: VrproduktionsEnhed }
  | { kind: 'rejected'; line: number; rejection: RegisterRejection }
  | { kind: 'blank' };

const MIB = 1024 * 1024;

function size(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(line: number, reason: string): ParsedLine {
  return { kind: 'rejected', line, rejection: { ref: `line ${line}`, reason } };
}

/** Each line is one `_source` of the distribution: {"Vrvirksomhed": …} or {"VrproduktionsEnhed": …}. */
export function parseRegisterLine(line: NdjsonLine, maxLineBytes: number): ParsedLine {
  if ('tooLongBytes' in line) {
    return rejected(line.number, `line longer than ${size(maxLineBytes)} (${line.tooLongBytes} bytes), skipped`);
  }
  if (line.text.trim().length === 0) return { kind: 'blank' };
  let source: unknown;
  try {
    source = JSON.parse(line.text);
  } catch {
    // The parser's message quotes the line; the reason stays short and names no content.
    return rejected(line.number, 'not valid JSON');
  }
  if (!isObject(source)) return rejected(line.number, 'not a JSON object');
  const legal = source['Vrvirksomhed'];
  const production = source['VrproduktionsEnhed'];
  if (legal !== undefined && production !== undefined) {
    return rejected(line.number, 'holds both a Vrvirksomhed and a VrproduktionsEnhed; one document per line');
  }
  if (isObject(legal)) return { kind: 'legalUnit', line: line.number, doc: legal as Vrvirksomhed };
  if (isObject(production)) return { kind: 'productionUnit', line: line.number, doc: production as VrproduktionsEnhed };
  if (legal !== undefined || production !== undefined) return rejected(line.number, 'the document is not an object');
  const keys = Object.keys(source).slice(0, 3).join(', ') || 'none';
  return rejected(line.number, `neither a Vrvirksomhed nor a VrproduktionsEnhed document (keys: ${keys.slice(0, 80)})`);
}
