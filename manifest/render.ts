/**
 * Renders the manifest templates from a PackageConfig: the unified manifest into a Teams/Microsoft
 * 365 app package (manifest.json, icons, da.json, en.json) and the XML add-in manifest.
 * Pure apart from reading the templates and icons in manifest/. Deterministic: the same
 * configuration gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { MANIFEST_DIR } from './icons.js';
import type { PackageConfig } from './package-config.js';

export const MANIFEST_TEMPLATE = 'manifest.template.json';
export const XML_TEMPLATE = 'outlook-addin.template.xml';
/** Files copied into the app package besides manifest.json (icons and strings the manifest names). */
export const PACKAGE_FILES = ['color.png', 'outline.png', 'da.json', 'en.json'] as const;

/** `{{NAME}}` tokens; anything not rendered is reported by the validator as left over. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export function placeholderValues(config: PackageConfig): Record<string, string> {
  return {
    TEAMS_APP_ID: config.teamsAppId,
    BOT_APP_ID: config.botAppId,
    CLIENT_ID: config.clientId,
    APP_ID_URI: config.appIdUri,
    PUBLIC_HOST: config.publicHost,
    PUBLIC_URL: config.publicUrl,
    VERSION: config.version,
    OUTLOOK_ADDIN_ID: config.outlookAddinId,
  };
}

/** Replaces known placeholders, escaping each value for where it lands; unknown ones stay. */
export function renderTemplate(
  text: string,
  values: Record<string, string>,
  escape: (value: string) => string,
): string {
  return text.replace(PLACEHOLDER, (token, name: string) =>
    Object.hasOwn(values, name) ? escape(values[name]!) : token,
  );
}

export const escapeJsonString = (value: string): string => JSON.stringify(value).slice(1, -1);
export const escapeXml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function renderManifestJson(config: PackageConfig, dir: string = MANIFEST_DIR): string {
  return renderTemplate(
    readFileSync(join(dir, MANIFEST_TEMPLATE), 'utf8'),
    placeholderValues(config),
    escapeJsonString,
  );
}

export function renderAddinXml(config: PackageConfig, dir: string = MANIFEST_DIR): string {
  return renderTemplate(readFileSync(join(dir, XML_TEMPLATE), 'utf8'), placeholderValues(config), escapeXml);
}

// A fixed timestamp for every zip entry, so the same input gives the same zip.
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** Zips files (name -> bytes) at the package root, in the given order, deterministically. */
export async function zipFiles(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, bytes, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

export async function unzipFiles(zipBytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(zipBytes);
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export interface RenderedPackage {
  /** The app package's files: manifest.json first, then icons and strings. */
  files: Map<string, Buffer>;
  zip: Buffer;
  xml: string;
}

/** Renders both manifests and zips the app package. */
export async function renderPackage(config: PackageConfig, dir: string = MANIFEST_DIR): Promise<RenderedPackage> {
  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(renderManifestJson(config, dir), 'utf8')]]);
  for (const name of PACKAGE_FILES) {
    const bytes = readFileSync(join(dir, name));
    // The string files may use placeholders too (none do today).
    files.set(
      name,
      name.endsWith('.json')
        ? Buffer.from(renderTemplate(bytes.toString('utf8'), placeholderValues(config), escapeJsonString), 'utf8')
        : bytes,
    );
  }
  return { files, zip: await zipFiles(files), xml: renderAddinXml(config, dir) };
}
