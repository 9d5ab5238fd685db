/**
 * The lines of a newline-delimited file, streamed. A line longer than the limit is never held whole:
 * its bytes are counted and dropped, so a 10 MB line costs no more memory than a short one.
 */
import { createReadStream } from 'node:fs';

export type NdjsonLine =
  | { number: number; text: string }
  /** Longer than the limit: only its length is known. */
  | { number: number; tooLongBytes: number };

const NEWLINE = 0x0a;

export async function* readNdjsonLines(
  path: string,
  maxLineBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;
  const finish = (): NdjsonLine => {
    number += 1;
    if (bytes > maxLineBytes) return { number, tooLongBytes: bytes };
    let text = Buffer.concat(parts).toString('utf8');
    if (number === 1) text = text.replace(/^\uFEFF/, '');
    return { number, text: text.replace(/\r$/, '') };
  };
  const stream = createReadStream(path, signal ? { signal } : {});
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      bytes += piece.length;
      if (bytes <= maxLineBytes) parts.push(piece);
      else parts = [];
      if (newline === -1) break;
      yield finish();
      parts = [];
      bytes = 0;
      start = newline + 1;
    }
  }
  // The last line may lack its newline; a file ending in a newline has no line after it.
  if (bytes > 0) yield finish();
}
