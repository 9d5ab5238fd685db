/**
 * The strings files (da.json, en.json): against the bundled localization schema, every key naming a
 * real string of manifest.json, the default language matching the manifest, every language complete.
 */
import { bundledTeamsSchema, schemaErrors } from './bundled-schemas.js';
import { keyPath, parseJson, placeholderErrors, valueAt, type Json } from './json.js';
import type { UnifiedManifest } from './unified-manifest.js';

export async function localizationErrors(
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
