import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pngjs from 'pngjs';
import { exampleConfig, readPackageConfig, PackageConfigError } from '../../manifest/package-config.js';
import { renderPackage, unzipFiles } from '../../manifest/render.js';
import { validateAppPackage } from '../../manifest/validate/app-package.js';
import { examplePackage, jsonOf, runScript } from './support.js';

const { PNG } = pngjs;

const GOOD_ENV = {
  TEAMS_APP_ID: 'b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c',
  BOT_APP_ID: '11111111-2222-4333-8444-555555555555',
  ENTRA_CLIENT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  ENTRA_APP_ID_URI: 'api://kontaktspor.roskilde.dk/66666666-7777-4888-9999-aaaaaaaaaaaa',
  PUBLIC_URL: 'https://kontaktspor.roskilde.dk',
};

describe('app package: rendering and validation', function () {
  this.timeout(60_000);

  it('when rendered with the example configuration, then the zip holds the manifest, both icons and both string files, and validates with zero errors', async () => {
    const rendered = await examplePackage();
    const files = await unzipFiles(rendered.zip);
    assert.deepEqual([...files.keys()], ['manifest.json', 'color.png', 'outline.png', 'da.json', 'en.json']);
    assert.deepEqual(await validateAppPackage({ files, xml: rendered.xml, config: exampleConfig() }), []);
  });

  it('when rendered twice, then the zip and the XML are byte for byte the same', async () => {
    const [a, b] = [await renderPackage(exampleConfig()), await renderPackage(exampleConfig())];
    assert.ok(a.zip.equals(b.zip));
    assert.equal(a.xml, b.xml);
  });

  it('when rendered, then the manifest carries the configured ids and host and no placeholder', async () => {
    const { files, xml } = await examplePackage();
    const manifest = jsonOf(files, 'manifest.json');
    const config = exampleConfig();
    assert.equal(manifest.id, config.teamsAppId);
    assert.equal(manifest.bots[0].botId, config.botAppId);
    assert.equal(manifest.composeExtensions[0].botId, config.botAppId);
    assert.deepEqual(manifest.webApplicationInfo, { id: config.clientId, resource: config.appIdUri });
    assert.deepEqual(manifest.validDomains, [config.publicHost]);
    assert.equal(manifest.staticTabs[0].contentUrl, `${config.publicUrl}/tab/#/`);
    assert.doesNotMatch(files.get('manifest.json')!.toString(), /\{\{/);
    assert.doesNotMatch(xml, /\{\{/);
  });

  it('when the icons are read, then color is 192x192 and outline is 32x32, white on transparent', async () => {
    const { files } = await examplePackage();
    const color = PNG.sync.read(files.get('color.png')!);
    const outline = PNG.sync.read(files.get('outline.png')!);
    assert.deepEqual([color.width, color.height, outline.width, outline.height], [192, 192, 32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha === 0) transparent += 1;
      else assert.deepEqual([...outline.data.subarray(i, i + 3)], [255, 255, 255]);
    }
    assert.ok(transparent > 0);
  });

  describe('the configuration', () => {
    it('when every variable is set, then the package config takes them, lower-cased, with the host of PUBLIC_URL', () => {
      const config = readPackageConfig({ ...GOOD_ENV, TEAMS_APP_ID: GOOD_ENV.TEAMS_APP_ID.toUpperCase() });
      assert.equal(config.teamsAppId, GOOD_ENV.TEAMS_APP_ID);
      assert.equal(config.publicHost, 'kontaktspor.roskilde.dk');
      assert.equal(config.publicUrl, 'https://kontaktspor.roskilde.dk');
    });

    for (const name of Object.keys(GOOD_ENV)) {
      it(`when ${name} is missing, then the error names it`, () => {
        const env: Record<string, string> = { ...GOOD_ENV };
        delete env[name];
        assert.throws(
          () => readPackageConfig(env),
          (error: unknown) =>
            error instanceof PackageConfigError && error.variable === name && error.message.includes(name),
        );
      });
    }

    it('when PUBLIC_URL is plain http or has a path, then it is refused', () => {
      assert.throws(
        () => readPackageConfig({ ...GOOD_ENV, PUBLIC_URL: 'http://kontaktspor.roskilde.dk' }),
        /PUBLIC_URL must be https/,
      );
      assert.throws(
        () => readPackageConfig({ ...GOOD_ENV, PUBLIC_URL: 'https://roskilde.dk/kontaktspor' }),
        /PUBLIC_URL must be an origin only/,
      );
    });

    it('when the App ID URI is not api://<public host>/<client id>, then validation says what it must be', async () => {
      const config = readPackageConfig({ ...GOOD_ENV, ENTRA_APP_ID_URI: `api://${GOOD_ENV.ENTRA_CLIENT_ID}` });
      const rendered = await renderPackage(config);
      const errors = await validateAppPackage({ files: rendered.files, xml: rendered.xml, config });
      assert.deepEqual(errors, [
        `ENTRA_APP_ID_URI: api://${GOOD_ENV.ENTRA_CLIENT_ID} must be api://kontaktspor.roskilde.dk/${GOOD_ENV.ENTRA_CLIENT_ID} (Teams SSO needs api://<public host>/<client id>, the same URI the API exposes)`,
      ]);
    });
  });

  describe('the scripts', () => {
    let out: string;
    beforeEach(() => {
      out = mkdtempSync(join(tmpdir(), 'kontaktspor-package-'));
    });
    afterEach(() => rmSync(out, { recursive: true, force: true }));

    it('when `package --example` runs, then it writes the zip and the XML and says so', async () => {
      const run = runScript('scripts/package-app.ts', ['--example', '--out-dir', out]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(
        run.stdout,
        /wrote .*appPackage\.zip .*manifest\.json, color\.png, outline\.png, da\.json, en\.json/,
      );
      assert.match(run.stdout, /wrote .*outlook-addin\.xml/);
      const files = await unzipFiles(readFileSync(join(out, 'appPackage.zip')));
      assert.equal(jsonOf(files, 'manifest.json').id, exampleConfig().teamsAppId);
      assert.ok(
        readFileSync(join(out, 'outlook-addin.xml'), 'utf8').includes(`<Id>${exampleConfig().outlookAddinId}</Id>`),
      );
    });

    it('when `package` runs with the configuration in the environment, then the package is rendered from it and validates', async () => {
      const run = runScript('scripts/package-app.ts', ['--out-dir', out], GOOD_ENV);
      assert.equal(run.status, 0, run.stderr);
      const validate = runScript('scripts/validate-manifest.ts', ['--package', join(out, 'appPackage.zip')], GOOD_ENV);
      assert.equal(validate.status, 0, validate.stderr);
      assert.match(validate.stdout, /0 errors/);
      const files = await unzipFiles(readFileSync(join(out, 'appPackage.zip')));
      assert.deepEqual(jsonOf(files, 'manifest.json').validDomains, ['kontaktspor.roskilde.dk']);
    });

    it('when `package` runs without PUBLIC_URL, then it exits 1 naming PUBLIC_URL and writes nothing', () => {
      const env: Record<string, string> = { ...GOOD_ENV };
      delete env['PUBLIC_URL'];
      const run = runScript('scripts/package-app.ts', ['--out-dir', out], env);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /PUBLIC_URL is not set/);
      assert.throws(() => readFileSync(join(out, 'appPackage.zip')));
    });

    it('when `manifest:validate` runs with no arguments, then it validates the templates offline with example values and exits 0', () => {
      const run = runScript('scripts/validate-manifest.ts', []);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /schema v1\.30 bundled in @microsoft\/app-manifest .* \(offline\)/);
      assert.match(run.stdout, /0 errors/);
    });

    it('when `manifest:validate` checks a built package against another configuration, then it exits 1 and names the mismatches', () => {
      assert.equal(runScript('scripts/package-app.ts', ['--example', '--out-dir', out]).status, 0);
      const run = runScript('scripts/validate-manifest.ts', ['--package', join(out, 'appPackage.zip')], GOOD_ENV);
      assert.equal(run.status, 1);
      assert.match(
        run.stderr,
        /\/bots\/0\/botId: .* is not the configured BOT_APP_ID 11111111-2222-4333-8444-555555555555/,
      );
      assert.match(run.stderr, /is not on the configured public host kontaktspor\.roskilde\.dk/);
    });
  });
});
