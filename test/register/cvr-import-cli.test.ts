/**
 * Issue 16's acceptance for the import command: `npm run cvr:import -- --file x.ndjson` on documents
 * shaped like the CVR distribution's puts the municipality's companies into the store, and they read
 * back through the API exactly as the register says; a second run reports no change.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { DEMO_TENANT_ID } from '../../src/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ACCEPTANCE = fileURLToPath(new URL('../fixtures/cvr/acceptance.ndjson', import.meta.url));
const run = promisify(execFile);

function importCommand(dataDir: string, ...args: string[]) {
  // The environment a jobcenter's operator has: no Entra settings (demo tenant), the data dir of the service.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  return run(process.execPath, ['--import', 'tsx', 'src/cli/cvr-import.ts', ...args], { cwd: ROOT, env });
}

describe('npm run cvr:import -- --file (the distribution documents as NDJSON)', function () {
  this.timeout(120_000);
  let dataDir: string;
  let firstRun: string;
  let secondRun: string;
  let store: KyselyStore;
  let app: TestApp;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kontaktspor-cvr-import-'));
    firstRun = (await importCommand(dataDir, '--file', ACCEPTANCE)).stdout;
    secondRun = (await importCommand(dataDir, '--file', ACCEPTANCE)).stdout;
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir }));
    await store.insertStaff(DEMO_TENANT_ID, {
      email: 'anne@roskilde.dk',
      name: 'Anne Larsen',
      sectionId: null,
      isAdmin: true,
    });
    app = await startTestApp({ store, tenantId: DEMO_TENANT_ID, defaultEmail: 'anne@roskilde.dk' });
  });
  after(async () => {
    await app?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const company = async (cvr: string) => {
    const hits = await app.call('GET', `/api/companies?q=${cvr}`);
    assert.equal(hits.body.items.length, 1, `CVR ${cvr} is one company`);
    return (await app.call('GET', `/api/companies/${hits.body.items[0].id}`)).body.company;
  };

  it('when the file is imported, then the summary counts the five Roskilde companies and the four bad lines with reasons', () => {
    assert.match(firstRun, /5 oprettet · 0 opdateret · 0 uændret · 4 afvist/);
    assert.match(firstRun, /not valid JSON \(line 4\)/);
    assert.match(firstRun, /without cvrNummer \(line 12\)/);
  });

  it('when the same file is imported again, then nothing changes', () => {
    assert.match(secondRun, /0 oprettet · 0 opdateret · 5 uændret/);
  });

  it('then the bakery has its three P-units, the one outside Roskilde marked', async () => {
    const bakery = await company('35628517');
    assert.equal(bakery.register.pUnits.length, 3);
    assert.deepEqual(bakery.register.pUnits.map((unit: { inMunicipality: boolean }) => unit.inMunicipality).sort(), [
      false,
      true,
      true,
    ]);
    assert.equal(bakery.pNumbers.length, 3);
  });

  it('then the bankrupt company carries the register status, and its current name wins over the former', async () => {
    const bankrupt = await company('38512072');
    assert.equal(bankrupt.registerStatus, 'UNDER KONKURS');
    const reg = (await company('31741254')).register;
    assert.ok(reg.nameHistory.length >= 2, 'the name history is kept');
    assert.equal(reg.nameHistory.at(-1).period.to, null);
  });

  it('then domains come from public email and website only: never the secret email, freemail or the municipality', async () => {
    assert.deepEqual(
      (await company('35628517')).domains,
      ['fjordens-bageri.dk'],
      'the secret direktion@fjordensbageri.dk is not',
    );
    assert.deepEqual((await company('29774137')).domains, [], 'a gmail address identifies no company');
    assert.deepEqual((await company('38512072')).domains, ['havnensvaerksted.dk'], 'roskilde.dk/havnen is ours');
  });

  it('then reklamebeskyttet is kept as the register says', async () => {
    assert.equal((await company('29774137')).register.advertisingProtected, true);
    assert.equal((await company('35628517')).register.advertisingProtected, false);
  });

  it('when the command is used wrongly, then it says how and exits 2', async () => {
    await assert.rejects(importCommand(dataDir), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /Angiv enten --file eller --source distribution/);
      return true;
    });
  });
});
