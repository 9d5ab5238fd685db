import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

// The fixtures are .ts.txt so that tsc, which checks test/, leaves their deliberately wrong imports alone.

/** Lints a fixture from test/fixtures/lint as if it sat at `pretendPath`, and returns the messages of its errors. */
async function lintAs(fixture: string, pretendPath: string): Promise<string[]> {
  const code = await readFile(path.join(root, 'test/fixtures/lint', `${fixture}.txt`), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, pretendPath) });
  assert.ok(result, 'ESLint returned no result');
  return result.messages.map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

describe('import directions (eslint.config.js)', function () {
  this.timeout(60_000);

  it('when the domain imports an adapter, then lint refuses it', async () => {
    const messages = await lintAs('domain-imports-adapter.ts', 'src/domain/fixture.ts');
    assert.deepEqual(messages, [
      'kontaktspor/import-direction: src/domain may not import src/adapters/store/kysely-store.js: ' +
        'it may import only from src/domain.',
    ]);
  });

  it('when the tab imports a server module or a schema as a value, then lint refuses both', async () => {
    const messages = await lintAs('tab-imports-server-module.ts', 'tab/src/fixture.ts');
    const allowed =
      'it may import only from tab/src, web-shared, src/http (import type only), src/domain (import type only).';
    assert.deepEqual(messages, [
      `kontaktspor/import-direction: tab/src may not import src/app/search-companies.js: ${allowed}`,
      `kontaktspor/import-direction: tab/src may not import src/http/api-schemas.js: ${allowed}`,
    ]);
  });

  it('when a module under src/ imports botbuilder, then lint refuses it', async () => {
    const messages = await lintAs('src-imports-botbuilder.ts', 'src/http/fixture.ts');
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /^no-restricted-imports: .*Teams and botbuilder live under bot\//);
  });

  it('when the domain, the tab and the bot import the right way, then lint passes them', async () => {
    assert.deepEqual(await lintAs('domain-right-way.ts', 'src/domain/fixture.ts'), []);
    assert.deepEqual(await lintAs('tab-right-way.ts', 'tab/src/fixture.ts'), []);
    assert.deepEqual(await lintAs('bot-right-way.ts', 'bot/fixture.ts'), []);
  });

  it('when npm run lint walks the tree, then TypeScript under test/fixtures is ignored and the rest is not', async () => {
    assert.equal(await eslint.isPathIgnored(path.join(root, 'test/fixtures/lint/fixture.ts')), true);
    assert.equal(await eslint.isPathIgnored(path.join(root, 'test/lint/import-rules.test.ts')), false);
  });
});
