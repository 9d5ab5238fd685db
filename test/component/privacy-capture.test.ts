import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/adapters/store/db-schema.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { newTenantId } from '../support/databases.js';
import { startProductionIdentity } from '../support/identity-harness.js';
import { serveApp } from '../support/test-app.js';
import { loadSeed } from '../../src/demo/load-seed.js';
import { buildSeedData } from '../../src/demo/seed-data.js';
import { logOutlookItem } from '../../src/app/log-outlook-item.js';
import { systemClock } from '../../src/ports/clock.js';
import { DomainError } from '../../src/domain/errors.js';
import type { Staff } from '../../src/domain/model.js';

const seed = buildSeedData();
const [mette] = seed.staff;

function message(from: string, subject: string, body: string): MicrosoftGraph.Message {
  const sent = new Date(Date.now() - 3_600_000).toISOString();
  return {
    id: `AAMk-${randomUUID()}`,
    internetMessageId: `<${randomUUID()}@mail.example>`,
    subject,
    body: { contentType: 'text', content: body },
    bodyPreview: body.slice(0, 255),
    from: { emailAddress: { address: from, name: 'Afsender' } },
    sender: { emailAddress: { address: from, name: 'Afsender' } },
    toRecipients: [{ emailAddress: { address: 'nora.nyholm@roskilde.dk', name: 'Nora Nyholm' } }],
    ccRecipients: [],
    receivedDateTime: sent,
    sentDateTime: sent,
    isDraft: false,
    hasAttachments: false,
    categories: [],
    conversationId: randomUUID(),
  };
}

/** Never-log lists and sensitive content on the capture paths: the add-in's API, the use case the category path calls, contacts. */
describe('Privacy on capture: never-log lists refuse, sensitive text defaults to metadata only', function () {
  let store: KyselyStore;
  let db: Kysely<Database>;
  let tenantId: string;
  let harness: Awaited<ReturnType<typeof startProductionIdentity>>;
  let server: Awaited<ReturnType<typeof serveApp>>;
  let nora: Staff;
  const company = seed.companies.find((c) => c.name === 'Østergaard Byg A/S')!;
  const clinic = message('sekretaer@klinik-eksempel.dk', 'Aftale om opstart', 'Hej, vi bekræfter mødet på torsdag.');
  const personal = message('privat.person@firma-x.dk', 'Opfølgning', 'Tak for snakken i går.');
  const sensitive = (subject: string) =>
    message(
      `kontakt@${company.domains[0]}`,
      subject,
      'Vi vil gerne have Peter Hansen i løntilskud, men han er sygemeldt lige nu.',
    );
  const sensitiveDefault = sensitive('Om en kandidat');
  const sensitiveChosen = sensitive('Om en kandidat igen');

  before(async () => {
    db = await openDatabase({ kind: 'pglite', dataDir: ':memory:' });
    store = new KyselyStore(db);
    tenantId = newTenantId();
    await loadSeed(store, tenantId, seed);
    nora = await store.insertStaff(tenantId, {
      id: randomUUID(),
      email: 'nora.nyholm@roskilde.dk',
      name: 'Nora Nyholm',
      sectionId: null,
      isAdmin: false,
    });
    harness = await startProductionIdentity({ store, tenantId, seed });
    harness.emulators.graph.addMailbox(
      { id: nora.id, userPrincipalName: nora.email, mail: nora.email, displayName: nora.name, department: null },
      { messages: [clinic, personal, sensitiveDefault, sensitiveChosen] },
    );
    server = await serveApp({ store, authenticator: harness.authenticator, mailSource: harness.mailSource });
  });
  after(async () => {
    await server?.close();
    await harness?.close();
    await store?.close();
  });

  async function as(
    staff: { id: string; name: string; email: string },
    method: string,
    path: string,
    body?: unknown,
    admin = false,
  ) {
    const token = await harness.tokenFor({
      oid: staff.id,
      name: staff.name,
      email: staff.email,
      ...(admin && { roles: ['Kontaktspor.Admin'] }),
    });
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }
  const countInteractions = async () => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from interactions where tenant_id = ${tenantId}`.execute(db);
    return rows[0]!.n;
  };
  const categoriesOf = (m: MicrosoftGraph.Message) =>
    harness.emulators.graph.getMessage(nora.id, m.id!)?.categories ?? [];

  it("when the jobcenter's list holds a domain, then the add-in's log call is refused with NEVER_LOG naming the rule, and nothing is stored or tagged", async () => {
    const added = await as(mette!, 'POST', '/api/admin/never-log', { value: '@Klinik-Eksempel.dk' }, true);
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual([added.body.kind, added.body.value, added.body.scope], ['domain', 'klinik-eksempel.dk', 'tenant']);
    const before = await countInteractions();
    const logged = await as(nora, 'POST', '/api/interactions/email', {
      itemId: clinic.id,
      companyId: company.id,
      topics: ['rekruttering'],
    });
    assert.equal(logged.status, 422, JSON.stringify(logged.body));
    assert.equal(logged.body.error.code, 'NEVER_LOG');
    assert.match(logged.body.error.message, /klinik-eksempel\.dk/);
    assert.deepEqual(logged.body.error.rule, { scope: 'tenant', kind: 'domain', value: 'klinik-eksempel.dk' });
    assert.equal(await countInteractions(), before);
    assert.deepEqual(categoriesOf(clinic), []);
  });

  it('when the Outlook category path calls the logging use case for a listed sender, then it is refused the same way', async () => {
    const actor = {
      tenantId,
      staffId: nora.id,
      name: nora.name,
      email: nora.email,
      sectionId: null,
      isAdmin: false,
      userAssertion: await harness.tokenFor({ oid: nora.id, name: nora.name, email: nora.email }),
    };
    await assert.rejects(
      logOutlookItem({ store, clock: systemClock, mailSource: harness.mailSource }, actor, {
        kind: 'email',
        itemId: clinic.id!,
        itemIdType: 'rest',
        companyId: company.id,
        topics: [],
      }),
      (error: unknown) => error instanceof DomainError && error.code === 'NEVER_LOG',
    );
  });

  it("when a user lists an address on their own list, then their capture and 'remember this contact' are refused, and it is not on the jobcenter's list", async () => {
    const added = await as(nora, 'POST', '/api/me/never-log', { value: 'Privat.Person@firma-x.dk' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.scope, 'user');
    const logged = await as(nora, 'POST', '/api/interactions/email', { itemId: personal.id, companyId: company.id });
    assert.equal(logged.body.error?.code, 'NEVER_LOG');
    assert.match(logged.body.error.message, /your never-log list/);
    const remembered = await as(nora, 'POST', `/api/companies/${company.id}/contacts`, {
      email: 'privat.person@firma-x.dk',
    });
    assert.equal(remembered.body.error?.code, 'NEVER_LOG');
    const tenantList = await as(mette!, 'GET', '/api/admin/never-log', undefined, true);
    assert.deepEqual(
      tenantList.body.items.map((e: { value: string }) => e.value),
      ['klinik-eksempel.dk'],
    );
    const duplicate = await as(nora, 'POST', '/api/me/never-log', { value: 'privat.person@firma-x.dk' });
    assert.equal(duplicate.status, 409);
  });

  it('when the jobcenter lists the domain of a company with history, then a dry run counts, nothing goes, and the confirmed purge removes exactly that many and is audited', async () => {
    const target = seed.companies.find(
      (c) =>
        c.id !== company.id &&
        seed.interactions.some(
          (i) => i.companyId === c.id && i.participants.some((p) => p.email?.endsWith(`@${c.domains[0]}`)),
        ),
    )!;
    const domain = target.domains[0]!;
    await as(mette!, 'POST', '/api/admin/never-log', { value: domain }, true);
    const dry = await as(mette!, 'POST', '/api/admin/never-log/purge', { dryRun: true }, true);
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.equal(dry.body.dryRun, true);
    assert.ok(dry.body.interactions > 0, 'the listed domain has stored contacts');
    const again = await as(mette!, 'POST', '/api/admin/never-log/purge', { confirm: false }, true);
    assert.deepEqual(again.body, dry.body, 'without confirm it only counts');
    const purged = await as(mette!, 'POST', '/api/admin/never-log/purge', { confirm: true }, true);
    assert.deepEqual(purged.body, { ...dry.body, dryRun: false });
    const left = await as(mette!, 'POST', '/api/admin/never-log/purge', { dryRun: true }, true);
    assert.deepEqual([left.body.interactions, left.body.contacts], [0, 0]);
    const audit = await as(mette!, 'GET', '/api/audit?limit=20', undefined, true);
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'neverlog.purge');
    assert.deepEqual(entry?.criteria, {
      scope: 'tenant',
      interactions: dry.body.interactions,
      contacts: dry.body.contacts,
    });
  });

  it('when the text names a citizen next to "løntilskud" with a health word, then the preview says why, and logging without a chosen visibility stores metadata only', async () => {
    const preview = await as(
      nora,
      'GET',
      `/api/items/preview?kind=email&itemId=${encodeURIComponent(sensitiveDefault.id!)}`,
    );
    assert.equal(preview.status, 200, JSON.stringify(preview.body));
    assert.equal(preview.body.suggestedVisibility, 'metadata');
    assert.deepEqual(preview.body.sensitive.reasons.map((r: { kind: string }) => r.kind).sort(), [
      'citizen-in-placement',
      'health',
    ]);
    const logged = await as(nora, 'POST', '/api/interactions/email', {
      itemId: sensitiveDefault.id,
      companyId: company.id,
    });
    assert.equal(logged.status, 201, JSON.stringify(logged.body));
    assert.equal(logged.body.interaction.visibility, 'metadata');
    assert.ok(logged.body.sensitive.reasons.length >= 1, 'the logger is told why');
  });

  it('when the logger explicitly chooses a visibility for a sensitive text, then their choice stands', async () => {
    const logged = await as(nora, 'POST', '/api/interactions/email', {
      itemId: sensitiveChosen.id,
      companyId: company.id,
      visibility: 'summary',
    });
    assert.equal(logged.status, 201, JSON.stringify(logged.body));
    assert.equal(logged.body.interaction.visibility, 'summary');
    assert.notEqual(logged.body.sensitive, null);
  });
});
