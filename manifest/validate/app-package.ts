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
import type { PackageConfig } from '../package-config.js';
import { APP_MANIFEST_PACKAGE_VERSION, bundledTeamsSchema, schemaErrors } from './bundled-schemas.js';
import { COLOR_ICON_SIZE, iconErrors, OUTLINE_ICON_SIZE } from './icon-checks.js';
import { idErrors } from './ids.js';
import { parseJson, placeholderErrors } from './json.js';
import { localizationErrors } from './localization.js';
import { extensionErrors } from './outlook-extension.js';
import type { UnifiedManifest } from './unified-manifest.js';
import { urlErrors } from './urls.js';
import { xmlErrors } from './xml-manifest.js';

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
