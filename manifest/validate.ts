/**
 * Validates a rendered app package and XML add-in manifest, offline:
 *
 * - the unified manifest against the JSON schema bundled in @microsoft/app-manifest for its
 *   manifestVersion (loaded from the package's files, never fetched), and da.json/en.json against
 *   the bundled localization schema;
 * - our rules: icon sizes and transparency, every URL on the configured host and in validDomains,
 *   the configured ids (app, bot, webApplicationInfo), no `{{placeholder}}` left, the strings files
 *   pointing at real strings, the Outlook extension's actions wired up;
 * - the XML manifest: well formed, and the same add-in as the unified manifest's extension (id,
 *   version, permission, requirement set, pages, function names, surfaces, icons, labels, sign-in).
 *
 * Every problem is a readable line naming the file and the place; an empty list means valid.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import appManifest from '@microsoft/app-manifest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import pngjs from 'pngjs';
import type { PackageConfig } from './package-config.js';
import { PLACEHOLDER } from './render.js';

const { AppManifestUtils } = appManifest;
const { PNG } = pngjs;

// ---------------------------------------------------------------------------------------------
// The bundled schemas

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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function schemaErrors(file: string, document: Json, schema: object): Promise<string[]> {
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

// ---------------------------------------------------------------------------------------------
// The parts of the unified manifest read here (after parsing, before trusting: all optional)

interface Icon {
  size?: number;
  url?: string;
}
interface Control {
  id?: string;
  type?: string;
  label?: string;
  icons?: Icon[];
  actionId?: string;
}
interface Action {
  id?: string;
  type?: string;
}
interface Runtime {
  id?: string;
  code?: { page?: string };
  actions?: Action[];
}
interface Extension {
  requirements?: { scopes?: string[]; capabilities?: { name?: string; minVersion?: string }[] };
  runtimes?: Runtime[];
  alternates?: { hide?: { customOfficeAddin?: { officeAddinId?: string } } }[];
  ribbons?: {
    contexts?: string[];
    tabs?: { groups?: { id?: string; label?: string; icons?: Icon[]; controls?: Control[] }[] }[];
  }[];
}
interface UnifiedManifest {
  $schema?: string;
  manifestVersion?: string;
  version?: string;
  id?: string;
  localizationInfo?: {
    defaultLanguageTag?: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag?: string; file?: string }[];
  };
  icons?: { color?: string; outline?: string; color32x32?: string };
  bots?: { botId?: string }[];
  composeExtensions?: { botId?: string; messageHandlers?: { type?: string; value?: { domains?: string[] } }[] }[];
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
  authorization?: { permissions?: { resourceSpecific?: { name?: string; type?: string }[] } };
  extensions?: Extension[];
}

/** Ribbon contexts of the unified manifest and the XML command surfaces they correspond to. */
export const CONTEXT_TO_SURFACE: Readonly<Record<string, string>> = {
  mailRead: 'MessageReadCommandSurface',
  mailCompose: 'MessageComposeCommandSurface',
  meetingDetailsAttendee: 'AppointmentAttendeeCommandSurface',
  meetingDetailsOrganizer: 'AppointmentOrganizerCommandSurface',
};

/** Outlook add-in permissions: unified manifest (resource-specific, delegated) -> XML <Permissions>. */
export const MAILBOX_PERMISSIONS: Readonly<Record<string, string>> = {
  'MailboxItem.RestrictedRead.User': 'Restricted',
  'MailboxItem.Read.User': 'ReadItem',
  'MailboxItem.ReadWrite.User': 'ReadWriteItem',
  'Mailbox.ReadWrite.User': 'ReadWriteMailbox',
};

/** What the validator learned about the Outlook extension, for the XML comparison and the tests. */
export interface OutlookExtensionFacts {
  minMailbox: string | null;
  permission: string | null;
  taskpaneUrls: string[];
  functionFileUrls: string[];
  functionNames: string[];
  surfaces: string[];
  /** Ribbon contexts with no XML command surface. */
  unmappedContexts: string[];
  /** Add-in only manifests the unified one stands in for (alternates hide.customOfficeAddin). */
  hiddenAddinIds: string[];
  /** Icon URLs by size, over every control. */
  iconUrls: Map<number, Set<string>>;
  /** Labels of the controls that open the pane / run a function (default language). */
  paneLabels: string[];
  functionLabels: string[];
  paneControlPaths: string[];
  functionControlPaths: string[];
}

export function outlookExtensionFacts(manifest: UnifiedManifest): OutlookExtensionFacts {
  const extension = manifest.extensions?.[0];
  const actions = new Map<string, { type: string; page: string | undefined }>();
  for (const runtime of extension?.runtimes ?? []) {
    for (const action of runtime.actions ?? []) {
      if (action.id && action.type) actions.set(action.id, { type: action.type, page: runtime.code?.page });
    }
  }
  const facts: OutlookExtensionFacts = {
    minMailbox: extension?.requirements?.capabilities?.find((c) => c.name === 'Mailbox')?.minVersion ?? null,
    permission:
      manifest.authorization?.permissions?.resourceSpecific?.find((p) => p.name && p.name in MAILBOX_PERMISSIONS)
        ?.name ?? null,
    taskpaneUrls: [...new Set([...actions.values()].filter((a) => a.type === 'openPage').map((a) => a.page ?? ''))],
    functionFileUrls: [
      ...new Set([...actions.values()].filter((a) => a.type === 'executeFunction').map((a) => a.page ?? '')),
    ],
    functionNames: [...actions].filter(([, a]) => a.type === 'executeFunction').map(([id]) => id),
    surfaces: [],
    unmappedContexts: [],
    hiddenAddinIds: (extension?.alternates ?? [])
      .map((alternate) => alternate.hide?.customOfficeAddin?.officeAddinId ?? '')
      .filter(Boolean),
    iconUrls: new Map(),
    paneLabels: [],
    functionLabels: [],
    paneControlPaths: [],
    functionControlPaths: [],
  };
  const surfaces = new Set<string>();
  (extension?.ribbons ?? []).forEach((ribbon, r) => {
    for (const context of ribbon.contexts ?? []) {
      const surface = CONTEXT_TO_SURFACE[context];
      if (surface) surfaces.add(surface);
      else facts.unmappedContexts.push(context);
    }
    (ribbon.tabs ?? []).forEach((tab, t) =>
      (tab.groups ?? []).forEach((group, g) =>
        (group.controls ?? []).forEach((control, c) => {
          const path = `extensions[0].ribbons[${r}].tabs[${t}].groups[${g}].controls[${c}]`;
          for (const icon of control.icons ?? []) {
            if (typeof icon.size !== 'number' || !icon.url) continue;
            if (!facts.iconUrls.has(icon.size)) facts.iconUrls.set(icon.size, new Set());
            facts.iconUrls.get(icon.size)!.add(icon.url);
          }
          const type = control.actionId ? actions.get(control.actionId)?.type : undefined;
          if (type === 'openPage') {
            facts.paneLabels.push(control.label ?? '');
            facts.paneControlPaths.push(path);
          }
          if (type === 'executeFunction') {
            facts.functionLabels.push(control.label ?? '');
            facts.functionControlPaths.push(path);
          }
        }),
      ),
    );
  });
  facts.surfaces = [...surfaces].sort();
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Every string in a JSON document with its JSON pointer. */
function* strings(node: Json, pointer = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [pointer, node];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* strings(node[i]!, `${pointer}/${i}`);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      yield* strings(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

function placeholderErrors(file: string, text: string): string[] {
  const errors: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER))
      errors.push(`${file}: placeholder ${match[0]} left unrendered (line ${index + 1})`);
  });
  return errors;
}

function parseJson(file: string, bytes: Buffer | undefined, errors: string[]): Json | undefined {
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
function keyPath(key: string): (string | number)[] | null {
  const path: (string | number)[] = [];
  for (const part of key.split('.')) {
    const match = /^([A-Za-z0-9_$]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return null;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

function valueAt(node: Json | undefined, path: readonly (string | number)[]): Json | undefined {
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

function sameId(a: string | undefined | null, b: string | undefined | null): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Icons

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

function iconErrors(file: string, bytes: Buffer | undefined, expected: number, outline: boolean): string[] {
  if (!bytes) return [`${file}: missing from the app package (named in manifest.json icons)`];
  let png: InstanceType<typeof PNG>;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${file}: not a readable PNG (${(error as Error).message})`];
  }
  const errors: string[] = [];
  if (png.width !== expected || png.height !== expected) {
    errors.push(`${file}: is ${png.width}x${png.height}, must be ${expected}x${expected}`);
  }
  if (outline) {
    let transparent = 0;
    let white = 0;
    let other = 0;
    let first: string | null = null;
    for (let i = 0; i < png.width * png.height; i++) {
      const [r, g, b, a] = [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!, png.data[i * 4 + 3]!];
      if (a === 0) transparent += 1;
      else if (r === 255 && g === 255 && b === 255) white += 1;
      else {
        other += 1;
        first ??= `(${i % png.width}, ${Math.floor(i / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
      }
    }
    if (other > 0)
      errors.push(
        `${file}: the outline icon must be white on transparent, but ${other} pixel(s) are neither; first at ${first}`,
      );
    if (transparent === 0)
      errors.push(`${file}: the outline icon needs a transparent background, but no pixel is transparent`);
    if (white === 0) errors.push(`${file}: the outline icon has no white pixels: nothing would show`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The unified manifest

function urlErrors(manifest: Json, config: PackageConfig): string[] {
  const errors: string[] = [];
  const m = manifest as UnifiedManifest;
  const validDomains = (m.validDomains ?? []).map((d) => d.toLowerCase());
  if (!validDomains.includes(config.publicHost.toLowerCase())) {
    errors.push(`manifest.json /validDomains: must include the public host ${config.publicHost}`);
  }
  for (const domain of validDomains) {
    if (domain !== config.publicHost.toLowerCase())
      errors.push(`manifest.json /validDomains: ${domain} is not the configured public host ${config.publicHost}`);
  }
  for (const [pointer, value] of strings(manifest)) {
    if (pointer === '/$schema' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.toLowerCase().startsWith('api://'))
      continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      errors.push(`manifest.json ${pointer}: "${value}" is not a valid URL`);
      continue;
    }
    if (url.protocol !== 'https:') errors.push(`manifest.json ${pointer}: ${value} must use https`);
    if (url.host.toLowerCase() !== config.publicHost.toLowerCase()) {
      errors.push(`manifest.json ${pointer}: ${value} is not on the configured public host ${config.publicHost}`);
    }
    if (!validDomains.includes(url.host.toLowerCase()))
      errors.push(`manifest.json ${pointer}: the host of ${value} is not in validDomains`);
  }
  (m.composeExtensions ?? []).forEach((extension, e) =>
    (extension.messageHandlers ?? []).forEach((handler, h) =>
      (handler.value?.domains ?? []).forEach((domain, d) => {
        if (domain.toLowerCase() !== config.publicHost.toLowerCase()) {
          errors.push(
            `manifest.json /composeExtensions/${e}/messageHandlers/${h}/value/domains/${d}: ${domain} is not the configured public host ${config.publicHost}`,
          );
        }
      }),
    ),
  );
  return errors;
}

function idErrors(m: UnifiedManifest, config: PackageConfig): string[] {
  const errors: string[] = [];
  if (!sameId(m.id, config.teamsAppId))
    errors.push(`manifest.json /id: ${m.id ?? '(none)'} is not the configured TEAMS_APP_ID ${config.teamsAppId}`);
  if (m.version !== config.version)
    errors.push(`manifest.json /version: ${m.version ?? '(none)'} is not the app version ${config.version}`);
  if (!m.bots?.length) errors.push('manifest.json /bots: the bot is missing');
  (m.bots ?? []).forEach((bot, i) => {
    if (!sameId(bot.botId, config.botAppId))
      errors.push(
        `manifest.json /bots/${i}/botId: ${bot.botId ?? '(none)'} is not the configured BOT_APP_ID ${config.botAppId}`,
      );
  });
  (m.composeExtensions ?? []).forEach((extension, i) => {
    if (!sameId(extension.botId, config.botAppId)) {
      errors.push(
        `manifest.json /composeExtensions/${i}/botId: ${extension.botId ?? '(none)'} is not the configured BOT_APP_ID ${config.botAppId}`,
      );
    }
  });
  const app = m.webApplicationInfo;
  if (!app) errors.push('manifest.json /webApplicationInfo: missing (Teams SSO and Outlook sign-in need it)');
  else {
    if (!sameId(app.id, config.clientId))
      errors.push(
        `manifest.json /webApplicationInfo/id: ${app.id ?? '(none)'} is not the configured ENTRA_CLIENT_ID ${config.clientId}`,
      );
    if (app.resource !== config.appIdUri) {
      errors.push(
        `manifest.json /webApplicationInfo/resource: ${app.resource ?? '(none)'} is not the configured ENTRA_APP_ID_URI ${config.appIdUri}`,
      );
    }
  }
  // Teams tab SSO accepts only api://<fully qualified domain of the tab>/<client id>.
  const expectedUri = `api://${config.publicHost}/${config.clientId}`;
  if (config.appIdUri.toLowerCase() !== expectedUri.toLowerCase()) {
    errors.push(
      `ENTRA_APP_ID_URI: ${config.appIdUri} must be ${expectedUri} (Teams SSO needs api://<public host>/<client id>, the same URI the API exposes)`,
    );
  }
  return errors;
}

function extensionErrors(m: UnifiedManifest): string[] {
  const errors: string[] = [];
  const extension = m.extensions?.[0];
  if (!extension) return ['manifest.json /extensions: the Outlook add-in is missing'];
  const facts = outlookExtensionFacts(m);
  if (!facts.minMailbox)
    errors.push('manifest.json /extensions/0/requirements: must require the Mailbox requirement set');
  if (!facts.permission)
    errors.push(
      `manifest.json /authorization/permissions/resourceSpecific: must grant the add-in one of ${Object.keys(MAILBOX_PERMISSIONS).join(', ')}`,
    );
  if (facts.taskpaneUrls.length !== 1)
    errors.push('manifest.json /extensions/0/runtimes: needs exactly one task pane page (an openPage action)');
  if (facts.functionNames.length === 0)
    errors.push('manifest.json /extensions/0/runtimes: needs the function command (an executeFunction action)');
  const actionIds = new Set(
    (extension.runtimes ?? []).flatMap((runtime) => (runtime.actions ?? []).map((action) => action.id)),
  );
  (extension.ribbons ?? []).forEach((ribbon, r) =>
    (ribbon.tabs ?? []).forEach((tab, t) =>
      (tab.groups ?? []).forEach((group, g) =>
        (group.controls ?? []).forEach((control, c) => {
          const where = `manifest.json /extensions/0/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}`;
          if (!control.actionId || !actionIds.has(control.actionId))
            errors.push(`${where}/actionId: "${control.actionId ?? ''}" is no action of any runtime`);
          const sizes = new Set((control.icons ?? []).map((icon) => icon.size));
          for (const size of [16, 32, 80])
            if (!sizes.has(size)) errors.push(`${where}/icons: Outlook needs a ${size}px icon`);
        }),
      ),
    ),
  );
  if (facts.paneLabels.length === 0) errors.push('manifest.json /extensions/0/ribbons: no button opens the task pane');
  if (facts.functionLabels.length === 0)
    errors.push('manifest.json /extensions/0/ribbons: no button runs the function command');
  return errors;
}

async function localizationErrors(
  manifest: Json,
  files: ReadonlyMap<string, Buffer>,
  schemaVersion: string | null,
): Promise<{ errors: string[]; strings: Map<string, Record<string, string>> }> {
  const errors: string[] = [];
  const byLanguage = new Map<string, Record<string, string>>();
  const m = manifest as UnifiedManifest;
  const info = m.localizationInfo;
  if (!info)
    return {
      errors: ['manifest.json /localizationInfo: missing (Danish default, English additional)'],
      strings: byLanguage,
    };
  const entries: { tag: string; file: string; pointer: string }[] = [];
  if (info.defaultLanguageFile)
    entries.push({
      tag: info.defaultLanguageTag ?? '',
      file: info.defaultLanguageFile,
      pointer: '/localizationInfo/defaultLanguageFile',
    });
  (info.additionalLanguages ?? []).forEach((language, i) =>
    entries.push({
      tag: language.languageTag ?? '',
      file: language.file ?? '',
      pointer: `/localizationInfo/additionalLanguages/${i}/file`,
    }),
  );
  const schema = schemaVersion ? bundledTeamsSchema(schemaVersion, 'MicrosoftTeams.Localization.schema.json') : null;
  for (const entry of entries) {
    const bytes = files.get(entry.file);
    if (!bytes) {
      errors.push(`manifest.json ${entry.pointer}: ${entry.file} is not in the app package`);
      continue;
    }
    const document = parseJson(entry.file, bytes, errors);
    if (document === undefined) continue;
    errors.push(...placeholderErrors(entry.file, bytes.toString('utf8')));
    if (schema) errors.push(...(await schemaErrors(entry.file, document, schema)));
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(
      document && typeof document === 'object' && !Array.isArray(document) ? document : {},
    )) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      const path = keyPath(key);
      const target = path ? valueAt(manifest, path) : undefined;
      if (typeof target !== 'string') errors.push(`${entry.file}: "${key}" names no string in manifest.json`);
      if (typeof value === 'string') values[key] = value;
    }
    byLanguage.set(entry.tag, values);
    if (entry.tag === info.defaultLanguageTag) {
      for (const [key, value] of Object.entries(values)) {
        const path = keyPath(key);
        const inManifest = path ? valueAt(manifest, path) : undefined;
        if (typeof inManifest === 'string' && inManifest !== value) {
          errors.push(
            `${entry.file}: "${key}" is "${value}" but manifest.json says "${inManifest}" (the default language file must match the manifest)`,
          );
        }
      }
    }
  }
  const defaults = byLanguage.get(info.defaultLanguageTag ?? '');
  if (defaults) {
    for (const [tag, values] of byLanguage) {
      if (tag === info.defaultLanguageTag) continue;
      const missing = Object.keys(defaults).filter((key) => !(key in values));
      if (missing.length)
        errors.push(`${entries.find((e) => e.tag === tag)?.file}: not translated: ${missing.join(', ')}`);
    }
  }
  return { errors, strings: byLanguage };
}

// ---------------------------------------------------------------------------------------------
// The XML add-in manifest

type XmlNode = Record<string, unknown>;

const XML_ARRAYS = new Set([
  'ExtensionPoint',
  'Control',
  'Group',
  'Image',
  'Url',
  'String',
  'Override',
  'Set',
  'Scope',
  'Form',
  'Rule',
  'AppDomain',
  'Host',
  'OfficeTab',
]);

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => XML_ARRAYS.has(name),
});

const node = (value: unknown): XmlNode =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
const list = (value: unknown): XmlNode[] =>
  Array.isArray(value) ? value.map(node) : value === undefined ? [] : [node(value)];
const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value && '#text' in value
      ? String((value as XmlNode)['#text'])
      : '';
const attr = (value: unknown, name: string): string => {
  const found = node(value)[`@${name}`];
  return typeof found === 'string' ? found : '';
};

/** Every URL in attribute values and text, with a readable location. */
function* xmlUrls(value: unknown, where: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.toLowerCase().startsWith('api://')) yield [where, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* xmlUrls(value[i], `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      yield* xmlUrls(child, key === '#text' ? where : `${where}/${key}`);
  }
}

function xmlErrors(
  xml: string,
  m: UnifiedManifest,
  config: PackageConfig,
  english: Record<string, string> | undefined,
): string[] {
  const file = 'outlook-addin.xml';
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true)
    return [`${file}: not well-formed XML: ${syntax.err.msg} (line ${syntax.err.line}, column ${syntax.err.col})`];
  const errors: string[] = [...placeholderErrors(file, xml)];
  const app = node(node(xmlParser.parse(xml))['OfficeApp']);
  if (attr(app, 'type') !== 'MailApp') errors.push(`${file}: the root must be <OfficeApp xsi:type="MailApp">`);

  for (const [where, value] of xmlUrls(app, 'OfficeApp')) {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      errors.push(`${file} ${where}: "${value}" is not a valid URL`);
    }
    if (!url) continue;
    if (url.protocol !== 'https:') errors.push(`${file} ${where}: ${value} must use https`);
    if (url.host.toLowerCase() !== config.publicHost.toLowerCase())
      errors.push(`${file} ${where}: ${value} is not on the configured public host ${config.publicHost}`);
  }

  const facts = outlookExtensionFacts(m);
  // Two versions of one add-in need two ids; the unified one hides the XML one where both are installed.
  const id = text(app['Id']);
  if (sameId(id, m.id)) {
    errors.push(
      `${file} <Id>: ${id} is the unified manifest's id; the add-in only manifest needs its own GUID (Microsoft: two versions, two ids)`,
    );
  }
  if (!sameId(id, config.outlookAddinId))
    errors.push(
      `${file} <Id>: ${id || '(none)'} is not the configured add-in only manifest id ${config.outlookAddinId}`,
    );
  if (!facts.hiddenAddinIds.some((hidden) => sameId(hidden, id))) {
    errors.push(
      `${file} <Id>: ${id || '(none)'} is not hidden by the unified manifest (extensions[0].alternates[].hide.customOfficeAddin.officeAddinId: ${facts.hiddenAddinIds.join(', ') || 'none'}): Outlook would show both`,
    );
  }
  const version = text(app['Version']);
  if (version !== m.version && version !== `${m.version}.0`)
    errors.push(
      `${file} <Version>: ${version || '(none)'} differs from the unified manifest's version ${m.version ?? '(none)'}`,
    );
  const defaultLocale = text(app['DefaultLocale']);
  if (!defaultLocale.toLowerCase().startsWith('da'))
    errors.push(`${file} <DefaultLocale>: ${defaultLocale || '(none)'}, expected Danish (da-DK)`);
  const englishName = list(node(app['DisplayName'])['Override']).some((o) =>
    attr(o, 'Locale').toLowerCase().startsWith('en'),
  );
  if (!englishName) errors.push(`${file} <DisplayName>: no English <Override>`);

  const permission = text(app['Permissions']);
  const expectedPermission = facts.permission ? MAILBOX_PERMISSIONS[facts.permission] : undefined;
  if (permission !== expectedPermission) {
    errors.push(
      `${file} <Permissions>: ${permission || '(none)'} does not match the unified manifest's ${facts.permission ?? '(none)'} (${expectedPermission ?? '?'})`,
    );
  }
  const baseMailbox = list(node(node(app['Requirements'])['Sets'])['Set']).find(
    (set) => attr(set, 'Name') === 'Mailbox',
  );
  if (attr(baseMailbox, 'MinVersion') !== facts.minMailbox) {
    errors.push(
      `${file} <Requirements>: Mailbox ${attr(baseMailbox, 'MinVersion') || '(none)'} differs from the unified manifest's Mailbox ${facts.minMailbox ?? '(none)'}`,
    );
  }
  for (const form of list(node(app['FormSettings'])['Form'])) {
    const source = attr(node(node(form['DesktopSettings'])['SourceLocation']), 'DefaultValue');
    if (!facts.taskpaneUrls.includes(source))
      errors.push(
        `${file} <Form xsi:type="${attr(form, 'type')}">: ${source || '(none)'} is not the unified manifest's task pane page`,
      );
  }

  // VersionOverrides 1.0 wrapping 1.1 (1.1 carries the sign-in registration).
  const outer = node(app['VersionOverrides']);
  const inner = node(outer['VersionOverrides']);
  if (attr(outer, 'type') !== 'VersionOverridesV1_0' || attr(inner, 'type') !== 'VersionOverridesV1_1') {
    errors.push(
      `${file}: expected <VersionOverrides xsi:type="VersionOverridesV1_0"> holding <VersionOverrides xsi:type="VersionOverridesV1_1">`,
    );
    return errors;
  }
  const overrideMailbox = node(node(inner['Requirements'])['Sets']);
  if (attr(overrideMailbox, 'DefaultMinVersion') !== facts.minMailbox) {
    errors.push(
      `${file} <VersionOverrides> <Requirements>: Mailbox ${attr(overrideMailbox, 'DefaultMinVersion') || '(none)'} differs from the unified manifest's ${facts.minMailbox ?? '(none)'}`,
    );
  }

  const resources = node(inner['Resources']);
  const images = new Map(
    list(node(resources['Images'])['Image']).map((image) => [attr(image, 'id'), attr(image, 'DefaultValue')]),
  );
  const urls = new Map(list(node(resources['Urls'])['Url']).map((url) => [attr(url, 'id'), attr(url, 'DefaultValue')]));
  const stringsById = new Map<string, { value: string; english: string | null }>();
  for (const group of ['ShortStrings', 'LongStrings']) {
    for (const entry of list(node(resources[group])['String'])) {
      const override = list(entry['Override']).find((o) => attr(o, 'Locale').toLowerCase().startsWith('en'));
      stringsById.set(attr(entry, 'id'), {
        value: attr(entry, 'DefaultValue'),
        english: override ? attr(override, 'Value') : null,
      });
    }
  }
  const resolve = (kind: 'image' | 'url' | 'string', resid: string, where: string): string | null => {
    const found =
      kind === 'image' ? images.get(resid) : kind === 'url' ? urls.get(resid) : stringsById.get(resid)?.value;
    if (found === undefined) {
      errors.push(`${file} ${where}: resid "${resid}" is not defined in <Resources>`);
      return null;
    }
    return found;
  };

  const hosts = list(node(inner['Hosts'])['Host']);
  const desktop = node(hosts[0]?.['DesktopFormFactor']);
  const functionFile = resolve('url', attr(desktop['FunctionFile'], 'resid'), '<FunctionFile>');
  if (functionFile !== null && !facts.functionFileUrls.includes(functionFile)) {
    errors.push(
      `${file} <FunctionFile>: ${functionFile} is not the unified manifest's function page (${facts.functionFileUrls.join(', ') || 'none'})`,
    );
  }

  const surfaces = new Set<string>();
  const englishPane = facts.paneControlPaths.map((path) => english?.[`${path}.label`]).filter(Boolean);
  const englishFunction = facts.functionControlPaths.map((path) => english?.[`${path}.label`]).filter(Boolean);
  for (const point of list(desktop['ExtensionPoint'])) {
    const surface = attr(point, 'type');
    surfaces.add(surface);
    const controls = list(point['OfficeTab'])
      .flatMap((tab) => list(tab['Group']))
      .flatMap((group) => list(group['Control']));
    const functionsHere = new Set<string>();
    let panes = 0;
    for (const control of controls) {
      const where = `<ExtensionPoint ${surface}> <Control id="${attr(control, 'id')}">`;
      const action = node(control['Action']);
      const labelId = attr(control['Label'], 'resid');
      const label = resolve('string', labelId, where);
      const englishLabel = stringsById.get(labelId)?.english ?? null;
      for (const image of list(node(control['Icon'])['Image'])) {
        const size = Number(attr(image, 'size'));
        const url = resolve('image', attr(image, 'resid'), where);
        if (url !== null && !facts.iconUrls.get(size)?.has(url))
          errors.push(`${file} ${where}: the ${size}px icon ${url} is not the unified manifest's`);
      }
      if (attr(action, 'type') === 'ShowTaskpane') {
        panes += 1;
        const source = resolve('url', attr(action['SourceLocation'], 'resid'), where);
        if (source !== null && !facts.taskpaneUrls.includes(source))
          errors.push(`${file} ${where}: opens ${source}, not the unified manifest's task pane page`);
        if (label !== null && !facts.paneLabels.includes(label))
          errors.push(
            `${file} ${where}: label "${label}" differs from the unified manifest's (${facts.paneLabels.join(', ')})`,
          );
        if (englishPane.length && (!englishLabel || !englishPane.includes(englishLabel))) {
          errors.push(
            `${file} ${where}: English label "${englishLabel ?? '(none)'}" differs from en.json (${englishPane.join(', ')})`,
          );
        }
      } else if (attr(action, 'type') === 'ExecuteFunction') {
        const name = text(action['FunctionName']);
        functionsHere.add(name);
        if (!facts.functionNames.includes(name))
          errors.push(
            `${file} ${where}: runs ${name}, which the unified manifest does not declare (${facts.functionNames.join(', ')})`,
          );
        if (label !== null && !facts.functionLabels.includes(label))
          errors.push(
            `${file} ${where}: label "${label}" differs from the unified manifest's (${facts.functionLabels.join(', ')})`,
          );
        if (englishFunction.length && (!englishLabel || !englishFunction.includes(englishLabel))) {
          errors.push(
            `${file} ${where}: English label "${englishLabel ?? '(none)'}" differs from en.json (${englishFunction.join(', ')})`,
          );
        }
      } else {
        errors.push(`${file} ${where}: unexpected action ${attr(action, 'type') || '(none)'}`);
      }
    }
    if (panes === 0) errors.push(`${file} <ExtensionPoint ${surface}>: no button opens the task pane`);
    for (const name of facts.functionNames)
      if (!functionsHere.has(name)) errors.push(`${file} <ExtensionPoint ${surface}>: no button runs ${name}`);
  }
  const expected = new Set(facts.surfaces);
  for (const surface of expected)
    if (!surfaces.has(surface)) errors.push(`${file}: the unified manifest's ${surface} is missing`);
  for (const surface of surfaces)
    if (!expected.has(surface)) errors.push(`${file}: ${surface} is not in the unified manifest's ribbons`);
  for (const context of facts.unmappedContexts)
    errors.push(`${file}: the unified manifest's ribbon context "${context}" has no counterpart here`);

  const web = node(inner['WebApplicationInfo']);
  if (!sameId(text(web['Id']), m.webApplicationInfo?.id)) {
    errors.push(
      `${file} <WebApplicationInfo> <Id>: ${text(web['Id']) || '(none)'} differs from webApplicationInfo.id ${m.webApplicationInfo?.id ?? '(none)'}`,
    );
  }
  if (text(web['Resource']) !== m.webApplicationInfo?.resource) {
    errors.push(
      `${file} <WebApplicationInfo> <Resource>: ${text(web['Resource']) || '(none)'} differs from webApplicationInfo.resource ${m.webApplicationInfo?.resource ?? '(none)'}`,
    );
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Entry point

export interface PackageToValidate {
  /** The app package's files by name (from the zip). */
  files: ReadonlyMap<string, Buffer>;
  /** The XML add-in manifest's text; null skips the XML checks. */
  xml: string | null;
  config: PackageConfig;
}

export async function validateAppPackage(input: PackageToValidate): Promise<string[]> {
  const errors: string[] = [];
  const manifestBytes = input.files.get('manifest.json');
  const manifest = parseJson('manifest.json', manifestBytes, errors);
  if (manifest === undefined || manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    if (manifest !== undefined) errors.push('manifest.json: must be a JSON object');
    return errors;
  }
  const m = manifest as UnifiedManifest;
  errors.push(...placeholderErrors('manifest.json', manifestBytes!.toString('utf8')));

  const version = typeof m.manifestVersion === 'string' ? m.manifestVersion : null;
  const schema = version ? bundledTeamsSchema(version, 'MicrosoftTeams.schema.json') : null;
  if (!schema) {
    errors.push(
      `manifest.json /manifestVersion: ${version ?? '(none)'} has no schema bundled in @microsoft/app-manifest ${APP_MANIFEST_PACKAGE_VERSION}`,
    );
  } else {
    const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/${version === 'devPreview' ? 'vDevPreview' : `v${version}`}/MicrosoftTeams.schema.json`;
    if (m.$schema !== expectedSchemaUrl)
      errors.push(
        `manifest.json /$schema: ${m.$schema ?? '(none)'} should be ${expectedSchemaUrl} for manifestVersion ${version}`,
      );
    errors.push(...(await schemaErrors('manifest.json', manifest, schema)));
  }

  errors.push(...idErrors(m, input.config));
  errors.push(...urlErrors(manifest, input.config));
  if (m.icons?.color) errors.push(...iconErrors(m.icons.color, input.files.get(m.icons.color), COLOR_ICON_SIZE, false));
  if (m.icons?.outline)
    errors.push(...iconErrors(m.icons.outline, input.files.get(m.icons.outline), OUTLINE_ICON_SIZE, true));
  if (m.icons?.color32x32)
    errors.push(...iconErrors(m.icons.color32x32, input.files.get(m.icons.color32x32), 32, false));
  errors.push(...extensionErrors(m));
  const localization = await localizationErrors(manifest, input.files, schema ? version : null);
  errors.push(...localization.errors);
  const english = [...localization.strings].find(([tag]) => tag.toLowerCase().startsWith('en'))?.[1];
  if (input.xml !== null) errors.push(...xmlErrors(input.xml, m, input.config, english));
  return errors;
}
