/** Reading a parsed JSON document: its strings, values at a path, placeholders left, ids compared. */
import { PLACEHOLDER } from '../render.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string in a JSON document with its JSON pointer. */
export function* strings(node: Json, pointer = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [pointer, node];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* strings(node[i]!, `${pointer}/${i}`);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      yield* strings(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

export function placeholderErrors(file: string, text: string): string[] {
  const errors: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER))
      errors.push(`${file}: placeholder ${match[0]} left unrendered (line ${index + 1})`);
  });
  return errors;
}

export function parseJson(file: string, bytes: Buffer | undefined, errors: string[]): Json | undefined {
  if (!bytes) {
    errors.push(`${file}: missing from the app package`);
    return undefined;
  }
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    errors.push(`${file}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** A localization key ("bots[0].commandLists[1].commands[2].title") as path segments. */
export function keyPath(key: string): (string | number)[] | null {
  const path: (string | number)[] = [];
  for (const part of key.split('.')) {
    const match = /^([A-Za-z0-9_$]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return null;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

export function valueAt(node: Json | undefined, path: readonly (string | number)[]): Json | undefined {
  let current: Json | undefined = node;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? typeof segment === 'number'
        ? current[segment]
        : undefined
      : typeof segment === 'string'
        ? current[segment]
        : undefined;
  }
  return current;
}

export function sameId(a: string | undefined | null, b: string | undefined | null): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
