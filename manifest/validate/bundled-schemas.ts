/**
 * The JSON schemas bundled in @microsoft/app-manifest, loaded from the package's files (never
 * fetched), and schema errors as readable lines.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import appManifest from '@microsoft/app-manifest';
import type { Json } from './json.js';

const { AppManifestUtils } = appManifest;

const requireFromHere = createRequire(import.meta.url);
const APP_MANIFEST_DIR = dirname(requireFromHere.resolve('@microsoft/app-manifest/package.json'));
export const APP_MANIFEST_PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(APP_MANIFEST_DIR, 'package.json'), 'utf8')) as { version: string }
).version;

const schemaCache = new Map<string, object>();

/** A schema file shipped inside @microsoft/app-manifest (json-schemas/teams/v<version>/<file>), or null. */
export function bundledTeamsSchema(
  manifestVersion: string,
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json',
): object | null {
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const path = join(APP_MANIFEST_DIR, 'build', 'json-schemas', 'teams', folder, file);
  if (!/^[0-9a-zA-Z.]+$/.test(manifestVersion) || !existsSync(path)) return null;
  let schema = schemaCache.get(path);
  if (!schema) {
    // The same clean-up the library applies to schema text before parsing it.
    schema = unicodeSafePatterns(
      JSON.parse(readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Json,
    ) as object;
    schemaCache.set(path, schema);
  }
  return schema;
}

/**
 * Ajv compiles patterns with the `u` flag, under which a lone `]` is an error; the bundled
 * localization schemas have such keys (`activities.activityTypes\[\b(...)\b]`). Escape them so the
 * library can compile the schema; the patterns match the same keys.
 */
function unicodeSafePatterns(node: Json): Json {
  if (Array.isArray(node)) return node.map(unicodeSafePatterns);
  if (!node || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([pattern, child]) => [escapeLoneBrackets(pattern), unicodeSafePatterns(child)]),
      );
    } else if (key === 'pattern' && typeof value === 'string') {
      out[key] = escapeLoneBrackets(value);
    } else {
      out[key] = unicodeSafePatterns(value);
    }
  }
  return out;
}

function escapeLoneBrackets(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const char = pattern[i]!;
      if (char === '\\') {
        out += char + (pattern[i + 1] ?? '');
        i += 1;
      } else if (char === '[' && !inClass) {
        inClass = true;
        out += char;
      } else if (char === ']' && inClass) {
        inClass = false;
        out += char;
      } else if ((char === ']' || char === '}' || char === '{') && !inClass) {
        // A lone bracket; keep `{n,m}` quantifiers as they are.
        out +=
          char === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i))
            ? char
            : char === '}' && /\{\d+(,\d*)?$/.test(out)
              ? char
              : `\\${char}`;
      } else {
        out += char;
      }
    }
    return out;
  }
}

export async function schemaErrors(file: string, document: Json, schema: object): Promise<string[]> {
  // The schema is passed in: the library only fetches when it is not.
  const lines = await AppManifestUtils.validateAgainstSchema(document as never, schema as never);
  // Ajv reports a failure once per schema branch that sees it: one line each is enough.
  return [...new Set(lines.map((line) => `${file}: schema: ${readableSchemaError(line)}`))];
}

/** "/name must have required property 'short'. Details: {...}" -> "/name must have required property 'short'". */
function readableSchemaError(line: string): string {
  const match = /^(\S*) ([\s\S]*?)\. Details: ([\s\S]*)$/.exec(line);
  if (!match) return line.trim();
  const [, path, message, details] = match;
  let extra = '';
  try {
    const params = JSON.parse(details ?? '') as Record<string, unknown>;
    if (typeof params['additionalProperty'] === 'string') extra = ` ("${params['additionalProperty']}")`;
    else if (Array.isArray(params['allowedValues'])) extra = ` (${params['allowedValues'].map(String).join(', ')})`;
    else if (typeof params['pattern'] === 'string') extra = '';
  } catch {
    // details are informative only
  }
  return `${path || '(root)'} ${message}${extra}`;
}
