import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { drawIcon } from '../../manifest/icons.js';
import { exampleConfig } from '../../manifest/package-config.js';
import { validateAppPackage } from '../../manifest/validate/app-package.js';
import { examplePackage } from './support.js';

/**
 * fixtures/broken.manifest.json is the example manifest with three mistakes: no `name`, the privacy
 * URL on a look-alike host (example.com, not example.dk), and the bot id left as `{{BOT_APP_ID}}`.
 * The test adds a fourth: an outline icon of the wrong size.
 */
const brokenManifest = readFileSync(new URL('./fixtures/broken.manifest.json', import.meta.url));

describe('app package: a broken manifest', () => {
  let errors: string[];

  before(async () => {
    const { files, xml } = await examplePackage();
    const broken = new Map(files);
    broken.set('manifest.json', brokenManifest);
    broken.set('outline.png', drawIcon('outline', 48));
    errors = await validateAppPackage({ files: broken, xml, config: exampleConfig() });
  });

  const has = (pattern: RegExp) =>
    assert.ok(
      errors.some((line) => pattern.test(line)),
      `expected an error matching ${pattern}, got:\n${errors.join('\n')}`,
    );

  it('when `name` is missing, then the schema error names the missing property', () => {
    has(/^manifest\.json: schema: \(root\) must have required property 'name'$/);
  });

  it('when the outline icon is 48x48, then the error names the file and both sizes', () => {
    has(/^outline\.png: is 48x48, must be 32x32$/);
  });

  it('when a URL is off the configured host, then the error names where it is, the URL and the host', () => {
    has(
      /^manifest\.json \/developer\/privacyUrl: https:\/\/kontaktspor\.example\.com\/privacy is not on the configured public host kontaktspor\.example\.dk$/,
    );
    has(
      /^manifest\.json \/developer\/privacyUrl: the host of https:\/\/kontaktspor\.example\.com\/privacy is not in validDomains$/,
    );
  });

  it('when a placeholder is left, then the error names it and its line, and the bot id check fails too', () => {
    has(/^manifest\.json: placeholder \{\{BOT_APP_ID\}\} left unrendered \(line \d+\)$/);
    has(/^manifest\.json \/bots\/0\/botId: \{\{BOT_APP_ID\}\} is not the configured BOT_APP_ID /);
  });

  it('when validation fails, then every line names the file (or variable) it is about', () => {
    for (const line of errors)
      assert.match(
        line,
        /^(manifest\.json|outline\.png|color\.png|da\.json|en\.json|outlook-addin\.xml|ENTRA_APP_ID_URI)\b/,
      );
  });

  it('when the outline icon has a colored pixel and no transparency, then both are reported', async () => {
    const { files, xml } = await examplePackage();
    const filled = new Map(files);
    filled.set('outline.png', drawIcon('tile', 32)); // accent tile: colored, corners transparent
    const colored = await validateAppPackage({ files: filled, xml, config: exampleConfig() });
    assert.ok(
      colored.some((line) =>
        /^outline\.png: the outline icon must be white on transparent, but \d+ pixel\(s\) are neither; first at \(\d+, \d+\)/.test(
          line,
        ),
      ),
      colored.join('\n'),
    );
    filled.set('outline.png', drawIcon('color', 32)); // full-bleed: no transparent pixel at all
    const opaque = await validateAppPackage({ files: filled, xml, config: exampleConfig() });
    assert.ok(
      opaque.includes('outline.png: the outline icon needs a transparent background, but no pixel is transparent'),
      opaque.join('\n'),
    );
  });

  it('when the color icon is missing from the package, then that is reported', async () => {
    const { files, xml } = await examplePackage();
    const missing = new Map(files);
    missing.delete('color.png');
    const result = await validateAppPackage({ files: missing, xml, config: exampleConfig() });
    assert.ok(
      result.includes('color.png: missing from the app package (named in manifest.json icons)'),
      result.join('\n'),
    );
  });
});
