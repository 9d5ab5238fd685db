/** The unified manifest's URLs: https, on the configured public host, listed in validDomains. */
import type { PackageConfig } from '../package-config.js';
import { strings, type Json } from './json.js';
import type { UnifiedManifest } from './unified-manifest.js';

export function urlErrors(manifest: Json, config: PackageConfig): string[] {
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
