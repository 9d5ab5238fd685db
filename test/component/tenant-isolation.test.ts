import assert from 'node:assert/strict';
import { pino } from 'pino';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';
import { buildCompany, buildCvr } from '../support/factories.js';
import { snapshotTenant } from '../support/tenant-rows.js';
import { apiRoutes } from '../../src/http/create-app.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { systemClock } from '../../src/ports/clock.js';
import { sql, type Kysely } from 'kysely';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Database } from '../../src/adapters/store/db-schema.js';
import type { SeedData } from '../../src/demo/seed-data.js';
import type { Company, Staff } from '../../src/domain/model.js';
import { refusingTagDeps } from '../support/tagging.js';
import { RegisterFixtureSource, buildRegisterCompany } from '../support/register-fixture-source.js';

type Reply = Awaited<ReturnType<TestApp['call']>>;

const SECTION_B = { id: 'b-erhverv', name: 'B Erhvervsservice' };
const TOPIC_B = { key: 'b-emne', da: 'B-emne', en: 'B topic', cooperation: true };

for (const target of STORE_TARGETS) {
  describe(`Tenant isolation on ${target.name}: tenant B never sees or changes tenant A's history`, function () {
    let store: KyselyStore;
    let db: Kysely<Database>;
    let close: () => Promise<void>;
    let appA: TestApp;
    let appB: TestApp;
    let tenantA: string;
    let tenantB: string;
    let data: SeedData;
    let demoEmailA: string;
    let staffB: Staff;
    let companyB: Company;
    /** A's rows in every table, audit log included, once A's side is arranged. */
    let snapshotA: Record<string, string[]>;
    let cursorA: string;
    let companyA: SeedData['companies'][number];
    let loggedEmailA: SeedData['interactions'][number];
    let messageIdA: string;
    /** Route patterns ("get /api/companies/:id") B's requests reached. */
    const reached = new Set<string>();
    const CHANNEL_A = '19:section-a@thread.tacv2';
    let subscriptionA: string;
    let tagJobA: string;

    before(async function () {
      ({ store, db, close } = await openOrSkip(this, target));
      ({ tenantId: tenantA, data, demoEmail: demoEmailA } = await seedTenant(store));
      appA = await startTestApp({ store, tenantId: tenantA, defaultEmail: demoEmailA });

      tenantB = newTenantId();
      await store.insertSection(tenantB, SECTION_B);
      await store.replaceTopics(tenantB, [TOPIC_B]);
      staffB = await store.insertStaff(tenantB, {
        email: 'bodil@tenant-b.dk',
        name: 'Bodil Bertelsen',
        sectionId: SECTION_B.id,
        isAdmin: true,
      });
      const cvrsA = new Set(data.companies.map((company) => company.cvr));
      // B's company shares no CVR, nor the first four digits of the one A's searches use below.
      const prefixA = data.companies.find((company) => company.name === 'Østergaard Byg A/S')!.cvr.slice(0, 4);
      let cvrB = buildCvr();
      while (cvrsA.has(cvrB) || cvrB.startsWith(prefixA)) cvrB = buildCvr();
      companyB = await store.insertCompany(
        tenantB,
        buildCompany({ cvr: cvrB, name: 'Roskilde Bådebyggeri B ApS', domains: ['baadebyggeri-b.dk'] }),
      );
      appB = await startTestApp({
        store,
        tenantId: tenantB,
        defaultEmail: staffB.email,
        ownDomains: ['tenant-b.dk'],
        tagging: {
          deps: refusingTagDeps(store, { ownDomains: ['tenant-b.dk'] }),
          tenantAllowed: (tid) => tid === tenantB,
        },
        // The register knows A's company too: B may look it up and create its own, never see A's.
        register: {
          source: new RegisterFixtureSource(
            [registeredA()].map((company) =>
              buildRegisterCompany({ cvr: company.cvr, name: company.name, domains: [] }),
            ),
          ),
          municipalityCode: '265',
        },
        // STAR's endpoint serves B here: B's administration must still show only B's inbox.
        star: { tenantId: tenantB, client: { thumbprints: [], subject: null }, kick: () => undefined },
      });

      // A's own view, so every "B does not see it" below is checked against something A does see.
      companyA = data.companies.find((company) => company.name === 'Østergaard Byg A/S')!;
      const firstPage = await appA.call('GET', `/api/companies/${companyA.id}/interactions?limit=1`);
      cursorA = firstPage.body.nextCursor;
      assert.ok(cursorA, "A's timeline has a second page");
      loggedEmailA = data.interactions.find((i) => i.kind === 'email' && i.sourceKey?.startsWith('msg:'))!;
      messageIdA = `<${loggedEmailA.sourceKey!.slice('msg:'.length)}>`;
      const paneA = await appA.call(
        'GET',
        `/api/context?email=x@${companyA.domains[0]}&internetMessageId=${encodeURIComponent(messageIdA)}`,
      );
      assert.equal(paneA.body.matches[0]?.company.id, companyA.id);
      assert.equal(paneA.body.alreadyLogged?.interactionId, loggedEmailA.id);
      assert.deepEqual(
        (await appA.call('GET', `/api/companies?q=${companyA.cvr}`)).body.items.map((c: { id: string }) => c.id),
        [companyA.id],
      );
      assert.ok((await appA.call('GET', '/api/vacancies?limit=200')).body.items.length > 0);
      await store.saveConversationRef(tenantA, {
        conversationId: CHANNEL_A,
        kind: 'channel',
        teamId: '19:team-a@thread.tacv2',
        channelId: CHANNEL_A,
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        userOid: null,
        reference: { conversation: { id: CHANNEL_A } },
      });
      subscriptionA = (
        await store.insertSubscription(tenantA, {
          conversationId: CHANNEL_A,
          createdBy: data.staff[0]!.id,
          topics: ['rekruttering'],
          industryPrefixes: [],
          postcodes: ['4000'],
          keywords: [],
        })
      ).id;
      assert.equal((await appA.call('GET', '/api/subscriptions')).body.items.length, 1);
      // A's staff member watches their mailbox and has a tagged email waiting for a company choice.
      await store.upsertMailboxWatch(tenantA, data.staff[0]!.id);
      await store.saveGraphSubscription(tenantA, {
        id: 'sub-a',
        ownerId: data.staff[0]!.id,
        resource: 'messages',
        clientState: 'secret-a',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await store.enqueueTagJob(
        tenantA,
        { ownerId: data.staff[0]!.id, kind: 'email', graphId: 'AAMkAGI2TG93AAA=' },
        new Date(),
      );
      tagJobA = (await store.listTagJobs(tenantA, data.staff[0]!.id, ['queued'], 1))[0]!.id;
      await store.finishTagJob(tenantA, tagJobA, { status: 'needs_company', candidateIds: [companyA.id] }, new Date());
      snapshotA = await snapshotTenant(db, tenantA);
      assert.equal(snapshotA.companies!.length, data.companies.length, "the snapshot holds A's rows");
      assert.equal(snapshotA.interactions!.length, data.interactions.length);
      assert.ok(snapshotA.audit_log!.length > 0);
    });
    after(async () => {
      await appA?.close();
      await appB?.close();
      await close?.();
    });

    function routeList() {
      return apiRoutes({
        store,
        clock: systemClock,
        authenticator: demoAuthenticator({ store, tenantId: tenantB, defaultEmail: staffB.email }),
        logger: pino({ level: 'silent' }),
        ownDomains: ['tenant-b.dk'],
        version: 'test',
      });
    }

    /** A request as B's staff member, noting which API route it reached. */
    async function asB(method: string, path: string, options: Parameters<TestApp['call']>[2] = {}): Promise<Reply> {
      const pathname = path.split('?')[0]!;
      const route = routeList().find(
        (candidate) =>
          candidate.method === method.toLowerCase() &&
          new RegExp(`^${candidate.path.replace(/:[^/]+/g, '[^/]+')}$`).test(pathname),
      );
      if (route) reached.add(`${route.method} ${route.path}`);
      return appB.call(method, path, options);
    }

    const idsA = () => new Set(data.companies.map((company) => company.id));
    /** A company of A's that B never typed in (B copies Østergaard's CVR below). */
    const registeredA = () => data.companies.find((company) => company.name !== 'Østergaard Byg A/S')!;
    const vacancyIdsA = () => new Set(data.vacancies.map((vacancy) => vacancy.id));
    const interactionIdsA = () => new Set(data.interactions.map((interaction) => interaction.id));

    /** None of A's companies, by id, CVR or name, among what B was shown. */
    function assertNoCompanyOfA(items: { id: string; cvr: string | null; name: string }[], label: string) {
      const cvrs = new Set(data.companies.map((company) => company.cvr));
      const names = new Set(data.companies.map((company) => company.name));
      for (const item of items) {
        assert.ok(!idsA().has(item.id), `${label}: A's company ${item.name} shown to B`);
        assert.ok(item.cvr === null || !cvrs.has(item.cvr), `${label}: A's CVR ${item.cvr} shown to B`);
        assert.ok(!names.has(item.name), `${label}: A's name ${item.name} shown to B`);
      }
    }

    function assertNotFound(reply: Reply, label: string) {
      assert.equal(reply.status, 404, `${label}: ${reply.status} ${reply.text.slice(0, 200)}`);
      assert.deepEqual(Object.keys(reply.body), ['error']);
      assert.equal(reply.body.error.code, 'NOT_FOUND', label);
      for (const company of data.companies) {
        assert.ok(
          !reply.text.includes(company.name) && !reply.text.includes(company.cvr),
          `${label}: the refusal names A's company`,
        );
      }
    }

    async function assertTenantAUnchanged() {
      assert.deepEqual(await snapshotTenant(db, tenantA), snapshotA, "tenant A's rows changed");
    }

    describe("reads as B with A's identifiers", () => {
      it("when B asks who it is, then it is B, in B's tenant and section; A's staff cannot act in B", async () => {
        const { status, body } = await asB('GET', '/api/me');
        assert.equal(status, 200);
        assert.equal(body.tenantId, tenantB);
        assert.equal(body.id, staffB.id);
        assert.equal(body.email, staffB.email);
        assert.deepEqual(body.section, SECTION_B);
        for (const staff of data.staff.slice(0, 5)) {
          const impostor = await asB('GET', '/api/me', { headers: { 'X-Demo-User': staff.email } });
          assert.equal(impostor.status, 401, staff.email);
          assert.equal(impostor.body.error.code, 'UNAUTHENTICATED');
        }
      });

      it("when B lists sections and topics, then it gets B's own, none of A's", async () => {
        const sections = await asB('GET', '/api/sections');
        assert.equal(sections.status, 200);
        assert.deepEqual(sections.body.items, [SECTION_B]);
        const topics = await asB('GET', '/api/topics');
        assert.equal(topics.status, 200);
        assert.deepEqual(topics.body.items, [TOPIC_B]);
      });

      it("when B lists, creates or deletes channel subscriptions with A's channel and ids, then A's are invisible and untouched", async () => {
        const listed = await asB('GET', '/api/subscriptions');
        assert.equal(listed.status, 200);
        assert.deepEqual(listed.body.items, []);
        assert.deepEqual(
          (await asB('GET', `/api/subscriptions?conversationId=${encodeURIComponent(CHANNEL_A)}`)).body.items,
          [],
        );
        assertNotFound(
          await asB('POST', '/api/subscriptions', { body: { conversationId: CHANNEL_A, topics: [] } }),
          "subscription on A's channel",
        );
        assertNotFound(await asB('DELETE', `/api/subscriptions/${subscriptionA}`), "A's subscription");
        await assertTenantAUnchanged();
      });

      it("when B reads its mailbox watch and tags, then A's watched mailbox and waiting tag are invisible", async () => {
        const watch = await asB('GET', '/api/me/mailbox-watch');
        assert.equal(watch.status, 200);
        assert.equal(watch.body.enrolled, false);
        assert.equal(watch.body.subscriptions, 0);
        const tags = await asB('GET', '/api/me/tags');
        assert.deepEqual(tags.body, { pending: [], failed: [] });
        await assertTenantAUnchanged();
      });

      it("when B lists staff or A's contact persons, then only B's own staff come back and A's company is not found", async () => {
        const staff = await asB('GET', '/api/staff');
        assert.equal(staff.status, 200);
        assert.ok(staff.body.items.length >= 1);
        assert.ok(staff.body.items.every((s: { email: string }) => !data.staff.some((a) => a.email === s.email)));
        assertNotFound(await asB('GET', `/api/companies/${companyA.id}/contacts`), "A's contacts");
      });

      it("when B searches companies with nothing, 'ros', A's CVR, A's domain, an email at it, A's P-number or A's name, then none of A's companies come back", async () => {
        const all = await asB('GET', '/api/companies?limit=100');
        assert.equal(all.status, 200);
        assert.deepEqual(
          all.body.items.map((c: { id: string }) => c.id),
          [companyB.id],
        );
        const ros = await asB('GET', '/api/companies?q=ros&limit=100');
        assert.equal(ros.status, 200);
        assert.deepEqual(
          ros.body.items.map((c: { id: string }) => c.id),
          [companyB.id],
          "B's own company still matches 'ros'",
        );
        const withPNumber = data.companies.find((company) => company.pNumbers.length > 0);
        const queries = [
          companyA.cvr,
          `DK ${companyA.cvr}`,
          companyA.cvr.slice(0, 4),
          companyA.domains[0]!,
          `info@${companyA.domains[0]}`,
          `https://www.${companyA.domains[0]}/kontakt`,
          companyA.name,
          'østergaard',
          ...(withPNumber ? [withPNumber.pNumbers[0]!] : []),
        ];
        for (const q of queries) {
          const { status, body } = await asB('GET', `/api/companies?q=${encodeURIComponent(q)}&limit=100`);
          assert.equal(status, 200, q);
          assertNoCompanyOfA(body.items, q);
          assert.deepEqual(body.items, [], q);
        }
      });

      it("when B opens A's companies by id, then each answers 404 NOT_FOUND", async () => {
        for (const company of [companyA, ...data.companies.slice(0, 5)]) {
          assertNotFound(await asB('GET', `/api/companies/${company.id}`), company.name);
        }
      });

      it("when B reads A's timeline, with filters or with A's cursor, then it answers 404; A's cursor on B's own timeline is refused", async () => {
        const timelineA = `/api/companies/${companyA.id}/interactions`;
        assertNotFound(await asB('GET', timelineA), 'timeline');
        assertNotFound(await asB('GET', `${timelineA}?limit=100&kind=email&kind=call`), 'filtered timeline');
        const withCursor = await asB('GET', `${timelineA}?cursor=${cursorA}`);
        assert.ok([400, 404].includes(withCursor.status), `A's cursor on A's id: ${withCursor.status}`);
        assert.equal(withCursor.body.items, undefined);
        const onB = await asB('GET', `/api/companies/${companyB.id}/interactions?cursor=${cursorA}`);
        assert.equal(onB.status, 400);
        assert.equal(onB.body.error.code, 'INVALID_CURSOR');
        const byStaffA = await asB(
          'GET',
          `/api/companies/${companyB.id}/interactions?staff=${loggedEmailA.loggedBy}&limit=100`,
        );
        assert.equal(byStaffA.status, 200);
        assert.deepEqual(byStaffA.body.items, []);
        const ownTimeline = await asB('GET', `/api/companies/${companyB.id}/interactions?limit=100`);
        assert.equal(ownTimeline.status, 200);
        assert.ok(ownTimeline.body.items.every((item: { id: string }) => !interactionIdsA().has(item.id)));
      });

      it("when the Outlook pane as B asks about A's domains, contacts and logged email, then nothing matches and nothing is already logged", async () => {
        const domains = [...new Set(data.companies.flatMap((company) => company.domains))].slice(0, 40);
        const contacts = data.contacts
          .filter((contact) => contact.email)
          .slice(0, 10)
          .map((contact) => contact.email!);
        const emails = [...domains.map((domain) => `x@${domain}`), ...contacts];
        const query = emails.map((email) => `email=${encodeURIComponent(email)}`).join('&');
        const pane = await asB('GET', `/api/context?${query}&internetMessageId=${encodeURIComponent(messageIdA)}`);
        assert.equal(pane.status, 200, pane.text.slice(0, 200));
        assert.deepEqual(pane.body.matches, []);
        assert.equal(pane.body.alreadyLogged, null);
        const single = await asB(
          'GET',
          `/api/context?email=x@${companyA.domains[0]}&internetMessageId=${encodeURIComponent(messageIdA)}`,
        );
        assert.deepEqual(single.body.matches, []);
        assert.equal(single.body.alreadyLogged, null);
      });

      it("when B lists vacancies, open, closed, by A's company or by A's section, then none of A's come back", async () => {
        for (const query of [
          '',
          '?status=open',
          '?status=closed',
          `?companyId=${companyA.id}`,
          `?section=${data.sections[0]!.id}`,
        ]) {
          const { status, body } = await asB('GET', `/api/vacancies${query}${query ? '&' : '?'}limit=200`);
          assert.equal(status, 200, query);
          assert.deepEqual(body.items, [], query);
          assert.ok(body.items.every((vacancy: { id: string }) => !vacancyIdsA().has(vacancy.id)));
        }
      });

      it("when B asks for the strategy's metrics, then they count B's own data only: no contacts, no companies served", async () => {
        const now = new Date();
        const from = `${now.getUTCFullYear() - 2}-01-01`;
        const to = now.toISOString().slice(0, 10);
        const { status, body } = await asB('GET', `/api/kpi?from=${from}&to=${to}`);
        assert.equal(status, 200);
        assert.equal(body.metrics.contacts, 0);
        assert.equal(body.metrics.companies_served, 0);
        assert.equal(body.metrics.vacancies_received, 0);
        assert.equal(body.counts.companiesTotal, 1);
        assert.equal(body.counts.staffTotal, 1);
        assert.ok(body.months.every((month: { contacts: number }) => month.contacts === 0));
        assert.deepEqual(body.targets, []);
        const bySectionA = await asB('GET', `/api/kpi?from=${from}&to=${to}&section=${data.sections[0]!.id}`);
        assert.equal(bySectionA.status, 200);
        assert.equal(bySectionA.body.metrics.contacts, 0);
        await assertTenantAUnchanged();
      });

      it("when B's admin lists vacancy alerts or retries A's dead letter, then A's outbox is neither shown nor touched", async () => {
        const vacancyA = data.vacancies[0]!.id;
        await store.enqueueAlertPosts(tenantA, vacancyA, [CHANNEL_A], new Date());
        const now = new Date();
        const [claimed] = await store.claimDueAlerts(tenantA, {
          now,
          limit: 1,
          leaseMs: 60_000,
          conversationSpacingMs: 1,
          appSpacingMs: 1,
          maxAheadMs: 1_000,
        });
        await store.failAlert(
          tenantA,
          claimed!.lease,
          { error: 'HTTP_404', retryAt: null, countsAsAttempt: true },
          now,
        );
        snapshotA = await snapshotTenant(db, tenantA);
        for (const status of ['dead', 'pending', 'sent']) {
          const listed = await asB('GET', `/api/alerts?status=${status}`);
          assert.equal(listed.status, 200, listed.text.slice(0, 200));
          assert.deepEqual(listed.body.items, []);
        }
        const retried = await asB('POST', `/api/alerts/${claimed!.id}/retry`, { body: {} });
        assert.equal(retried.status, 404);
        assert.equal(retried.body.error.code, 'NOT_FOUND');
        await assertTenantAUnchanged();
      });

      it("when B's admin reads the audit log, for everything or for A's company, then only B's own entries come back", async () => {
        const all = await asB('GET', '/api/audit?limit=500');
        assert.equal(all.status, 200, all.text.slice(0, 200));
        assert.ok(all.body.items.length > 0, "B's own reads above are audited");
        const staffA = new Set(data.staff.map((staff) => staff.id));
        type Entry = {
          actorId: string | null;
          action: string;
          companyId?: string | null;
          criteria?: { companies?: string[] } | null;
        };
        for (const entry of all.body.items as Entry[]) {
          assert.equal(entry.actorId, staffB.id);
          assert.ok(!staffA.has(entry.actorId ?? ''));
          assert.ok(
            !(entry.criteria?.companies ?? []).some((id) => idsA().has(id)),
            `${entry.action} lists A's companies`,
          );
          // An id B itself sent as a filter is recorded as asked (vacancy.list); nothing else names A's companies.
          if (entry.companyId && idsA().has(entry.companyId)) assert.equal(entry.action, 'vacancy.list');
        }
        // (B's own search terms, A's CVR and company name among them, are recorded as B typed them.)
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from audit_log where tenant_id = ${tenantB}`.execute(db);
        assert.equal(all.body.items.length, Math.min(rows[0]!.n - 1, 500), "B's entries, and only those");
        const aboutA = await asB('GET', `/api/audit?companyId=${companyA.id}&limit=500`);
        assert.equal(aboutA.status, 200);
        assert.deepEqual(
          aboutA.body.items.map((entry: Entry) => [entry.actorId, entry.action]),
          [[staffB.id, 'vacancy.list']],
          "only B's own vacancy listing filtered by that id",
        );
        await assertTenantAUnchanged();
      });
    });

    describe("writes as B against A's ids", () => {
      it("when B chooses a company for A's waiting tag, or opts in and out, then it answers 404 for A's tag and A's watch stays", async () => {
        assertNotFound(
          await asB('POST', `/api/me/tags/${tagJobA}/company`, { body: { companyId: companyA.id } }),
          "A's tag with A's company",
        );
        assertNotFound(
          await asB('POST', `/api/me/tags/${tagJobA}/company`, { body: { companyId: companyB.id } }),
          "A's tag with B's company",
        );
        const enrolled = await asB('POST', '/api/me/mailbox-watch', { body: { consent: true } });
        assert.equal(enrolled.status, 200);
        assert.equal(enrolled.body.enrolled, true);
        assert.equal((await asB('DELETE', '/api/me/mailbox-watch')).body.enrolled, false);
        assert.deepEqual(await store.listMailboxWatches(tenantB), []);
        await assertTenantAUnchanged();
      });

      it("when B patches A's company, then it answers 404 and A's rows stay as they were", async () => {
        const patched = await asB('PATCH', `/api/companies/${companyA.id}`, {
          body: { name: 'Overtaget ApS', doNotContact: true, domains: ['b.dk'] },
        });
        assertNotFound(patched, 'patch');
        const responsible = await asB('PATCH', `/api/companies/${companyB.id}`, {
          body: { responsibleStaffId: data.staff[0]!.id },
        });
        assert.equal(responsible.status, 400, "A's staff member as responsible for B's company");
        assert.equal(responsible.body.error.code, 'VALIDATION_FAILED');
        await assertTenantAUnchanged();
      });

      it("when B logs a contact on A's company, then it answers 404; on its own company A's topics are unknown", async () => {
        const logged = await asB('POST', `/api/companies/${companyA.id}/interactions`, {
          body: { kind: 'call', summary: 'Ringede.' },
        });
        assertNotFound(logged, 'manual contact');
        const topicOfA = await asB('POST', `/api/companies/${companyB.id}/interactions`, {
          body: { kind: 'call', summary: 'Ringede.', topics: ['rekruttering'] },
        });
        assert.equal(topicOfA.status, 400);
        assert.match(topicOfA.body.error.message, /rekruttering/);
        await assertTenantAUnchanged();
      });

      it("when B logs an Outlook email or meeting to A's company, then it answers 404 before any mailbox is read", async () => {
        for (const kind of ['email', 'meeting']) {
          const logged = await asB('POST', `/api/interactions/${kind}`, {
            body: { itemId: 'AAMkAGI2TG93AAA=', companyId: companyA.id },
          });
          assertNotFound(logged, `${kind} to A's company`);
        }
        await assertTenantAUnchanged();
      });

      it("when B remembers an address for A's company or previews an item, then A is untouched and B learns nothing of A", async () => {
        assertNotFound(
          await asB('POST', `/api/companies/${companyA.id}/contacts`, { body: { email: 'ny@ostergaard-byg.dk' } }),
          'contact at A',
        );
        const preview = await asB('GET', '/api/items/preview?kind=email&itemId=AAMkAGI2TG93AAA%3D');
        assert.ok(
          preview.status >= 400 && preview.status < 600 && preview.status !== 500,
          `preview answered ${preview.status}`,
        );
        await assertTenantAUnchanged();
      });

      it("when B moves A's vacancies or registers one for A's company, then it answers 404 and A's vacancies keep their events", async () => {
        for (const vacancy of data.vacancies.slice(0, 6)) {
          const to = ['filled', 'deadline_passed', 'withdrawn'].includes(vacancy.status) ? 'received' : 'withdrawn';
          assertNotFound(
            await asB('POST', `/api/vacancies/${vacancy.id}/transition`, { body: { to } }),
            `${vacancy.status} -> ${to}`,
          );
        }
        const created = await asB('POST', '/api/vacancies', { body: { companyId: companyA.id, title: 'Tømrer' } });
        assertNotFound(created, 'vacancy for A');
        const inSectionA = await asB('POST', '/api/vacancies', {
          body: { companyId: companyB.id, title: 'Tømrer', sectionId: data.sections[0]!.id },
        });
        assert.equal(inSectionA.status, 400, "B's vacancy in A's section");
        await assertTenantAUnchanged();
      });

      it("when B's admin sets KPI targets, even for A's section id, then they are B's rows and A's targets stay as they were", async () => {
        const targets = [
          { metric: 'samarbejdsgrad', period: '2026', value: 0.75 },
          { metric: 'samarbejdsgrad', sectionId: data.sections[0]!.id, period: '2026', value: 0.5 },
        ];
        const set = await asB('PUT', '/api/kpi/targets', { body: { targets } });
        assert.equal(set.status, 200, set.text.slice(0, 200));
        await assertTenantAUnchanged();
        const kpi = await asB('GET', '/api/kpi');
        assert.deepEqual(kpi.body.targets, [
          { metric: 'samarbejdsgrad', sectionId: null, period: '2026', value: 0.75 },
        ]);
      });

      it("when B registers a company with A's CVR and domain, then it is B's own: no conflict that would betray A, and A is untouched", async () => {
        const created = await asB('POST', '/api/companies', {
          body: { name: 'B Kopi ApS', cvr: companyA.cvr, domains: [companyA.domains[0]!] },
        });
        assert.equal(created.status, 201, created.text);
        assert.notEqual(created.body.id, companyA.id);
        const found = await asB('GET', `/api/companies?q=${companyA.cvr}`);
        assert.deepEqual(
          found.body.items.map((c: { id: string }) => c.id),
          [created.body.id],
        );
        const pane = await asB('GET', `/api/context?email=x@${companyA.domains[0]}`);
        assert.deepEqual(
          pane.body.matches.map((m: { company: { id: string } }) => m.company.id),
          [created.body.id],
        );
        assert.deepEqual(
          (await appA.call('GET', `/api/companies?q=${companyA.cvr}`)).body.items.map((c: { id: string }) => c.id),
          [companyA.id],
        );
        snapshotA = await snapshotTenant(db, tenantA); // A's own search above is audited in A
      });
    });

    describe('privacy routes as B', () => {
      it("when B uses the privacy routes with A's ids, domains and addresses, then B sees and changes only its own; A's lists, settings and history stay", async () => {
        const staffA = data.staff[0]!.id;
        const listA = await store.insertNeverLogEntry(tenantA, {
          staffId: null,
          kind: 'domain',
          value: companyA.domains[0]!,
          createdBy: staffA,
        });
        const ownA = await store.insertNeverLogEntry(tenantA, {
          staffId: staffA,
          kind: 'address',
          value: 'privat@a-kunde.dk',
          createdBy: staffA,
        });
        await store.savePrivacySettings(
          tenantA,
          { summaryAfterDays: 10, metadataAfterDays: 20, retentionYears: 2, auditRetentionDays: 30 },
          staffA,
        );
        snapshotA = await snapshotTenant(db, tenantA);

        assertNotFound(await asB('GET', `/api/companies/${companyA.id}/export`), "export of A's company");
        const settings = await asB('GET', '/api/admin/privacy-settings');
        assert.deepEqual(
          settings.body,
          { summaryAfterDays: 90, metadataAfterDays: 730, retentionYears: 5, auditRetentionDays: 183 },
          "B's defaults, not A's",
        );
        const put = await asB('PUT', '/api/admin/privacy-settings', {
          body: { summaryAfterDays: 30, metadataAfterDays: 365, retentionYears: 3, auditRetentionDays: 90 },
        });
        assert.equal(put.status, 200, put.text);

        for (const base of ['/api/me/never-log', '/api/admin/never-log']) {
          const listed = await asB('GET', base);
          assert.deepEqual(listed.body.items, [], `${base}: none of A's entries`);
          for (const entry of [listA, ownA])
            assertNotFound(await asB('DELETE', `${base}/${entry.id}`), `${base}: delete A's entry`);
          const added = await asB('POST', base, { body: { value: companyA.domains[0]! } });
          assert.equal(added.status, 201, `${base}: A's domain on B's list is B's own: ${added.text}`);
          const purged = await asB('POST', `${base}/purge`, { body: { confirm: true } });
          assert.deepEqual(
            purged.body,
            { dryRun: false, interactions: 0, contacts: 0 },
            `${base}: B's purge reaches none of A's rows`,
          );
        }

        const personA = loggedEmailA.participants.find((p) => p.side === 'theirs' && p.email)!.email!;
        const exported = await asB('POST', '/api/admin/data-subjects/export', { body: { email: personA } });
        assert.equal(exported.status, 200, exported.text);
        assert.deepEqual(
          [exported.body.contacts, exported.body.interactions],
          [[], []],
          "nothing of A's about the person",
        );
        const erased = await asB('POST', '/api/admin/data-subjects/erase', { body: { email: personA, confirm: true } });
        assert.deepEqual(erased.body, { contactsDeleted: 0, participantEntriesRemoved: 0, rowsRewritten: 0 });
        await assertTenantAUnchanged();
      });
    });

    describe('staff identity as B', () => {
      it("when two of A's people share an email, then B's administration list of shared emails shows none of A's staff", async () => {
        const shared = data.staff[0]!.email;
        await store.insertStaff(tenantA, {
          email: shared,
          name: 'Ny kollega med genbrugt adresse',
          sectionId: data.staff[0]!.sectionId,
          isAdmin: false,
        });
        assert.ok(
          (await appA.call('GET', '/api/admin/staff/email-clashes')).body.items.some(
            (clash: { email: string }) => clash.email === shared,
          ),
        );
        snapshotA = await snapshotTenant(db, tenantA);
        const clashes = await asB('GET', '/api/admin/staff/email-clashes');
        assert.equal(clashes.status, 200, clashes.text);
        assert.deepEqual(clashes.body.items, [], "none of A's staff");
        await assertTenantAUnchanged();
      });
    });

    describe('the CVR register as B', () => {
      it("when B looks up and creates a company A already has, then B gets its own and never A's id; merging A's companies is 404", async () => {
        const lookup = await asB('GET', `/api/register/companies?q=${registeredA().cvr}`);
        assert.equal(lookup.status, 200, lookup.text);
        assert.deepEqual(
          lookup.body.items.map((hit: { cvr: string; companyId: string | null }) => [hit.cvr, hit.companyId]),
          [[registeredA().cvr, null]],
        );
        const created = await asB('POST', '/api/companies/from-register', { body: { cvr: registeredA().cvr } });
        assert.equal(created.status, 201, created.text);
        assert.ok(!idsA().has(created.body.company.id));
        for (const [survivor, merged] of [
          [created.body.company.id, companyA.id],
          [companyA.id, companyB.id],
        ]) {
          const merge = await asB('POST', `/api/companies/${survivor}/merge`, { body: { mergedId: merged } });
          assert.equal(merge.status, 404, merge.text);
        }
        await assertTenantAUnchanged();
      });

      it("when A's register sync keeps failing, then B's administration shows B's own sync state, never A's", async () => {
        await store.saveRegisterSync(tenantA, {
          source: 'distribution',
          importCheckpoint: '31245678',
          importCompletedAt: null,
          watermark: null,
          lastAttemptAt: new Date('2026-12-01T03:00:00.000Z'),
          lastSuccessAt: null,
          failures: 3,
          lastErrorCode: 'REGISTER_UNAVAILABLE',
        });
        snapshotA = await snapshotTenant(db, tenantA);
        const status = await asB('GET', '/api/admin/register');
        assert.equal(status.status, 200, status.text);
        assert.equal(status.body.failures, 0);
        assert.equal(status.body.lastErrorCode, null);
        assert.notEqual(status.body.notice, 'failing');
        await assertTenantAUnchanged();
      });
      it("when A has a shared mailbox and STAR messages, then B's administration shows neither and cannot remove A's mailbox", async () => {
        const staffA = data.staff.find((member) => member.isAdmin)!;
        const mailboxA = await store.insertSharedMailbox(tenantA, {
          address: 'jobordre@tenant-a.dk',
          displayName: 'Jobordre A',
          sectionId: staffA.sectionId ?? data.sections[0]!.id,
          graphUserId: 'graph-user-jobordre-a',
          createdBy: staffA.id,
        });
        await store.enqueueStarMessage(
          tenantA,
          {
            messageId: 'a-message-1',
            jobordreId: '4b0c1f7e-2a3d-4e5f-8a9b-0c1d2e3f4a5b',
            changeType: 'create',
            occurredAt: new Date('2026-12-01T08:00:00.000Z'),
          },
          new Date('2026-12-01T08:00:01.000Z'),
        );
        snapshotA = await snapshotTenant(db, tenantA);
        const star = await asB('GET', '/api/admin/star');
        assert.equal(star.status, 200, star.text);
        assert.equal(star.body.configured, true);
        assert.equal(star.body.inbox.queued, 0);
        const mailboxes = await asB('GET', '/api/admin/shared-mailboxes');
        assert.equal(mailboxes.status, 200, mailboxes.text);
        assert.deepEqual(mailboxes.body.items, []);
        const removal = await asB('DELETE', `/api/admin/shared-mailboxes/${mailboxA.id}`);
        assert.equal(removal.status, 404, removal.text);
        // A's section is no section of B's: B cannot attach a mailbox to it.
        const added = await asB('POST', '/api/admin/shared-mailboxes', {
          body: { address: 'jobordre@tenant-a.dk', sectionId: mailboxA.sectionId },
        });
        assert.equal(added.status, 400, added.text);
        const message = await asB('POST', '/api/star/messages', { body: { beskedIdentifier: 'x' } });
        assert.equal(message.status, 403, 'plain HTTP is never STAR');
        await assertTenantAUnchanged();
      });
    });

    // Mocha runs a suite's own tests before its nested suites, so this check sits in a suite of its own, last.
    describe('coverage', () => {
      it('when the API gains a route, then this suite must reach it as B: every GET (and every write) route was checked', () => {
        const routes = routeList().map((route) => `${route.method} ${route.path}`);
        const unchecked = routes.filter((route) => route.startsWith('get ') && !reached.has(route));
        assert.deepEqual(unchecked, [], `read routes without a tenant-isolation check: ${unchecked.join(', ')}`);
        const uncheckedWrites = routes.filter((route) => !route.startsWith('get ') && !reached.has(route));
        assert.deepEqual(
          uncheckedWrites,
          [],
          `write routes without a tenant-isolation check: ${uncheckedWrites.join(', ')}`,
        );
        assert.ok(routes.filter((route) => route.startsWith('get ')).length >= 9);
      });
    });
  });
}
