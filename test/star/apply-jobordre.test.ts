/**
 * Issue 17: STAR's messages become vacancies. On the real store (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set), through the inbox and its worker, with a stand-in of our own
 * JobordreSource port serving STAR's documents: a new jobordre is a vacancy with its alerts, an
 * old or repeated message changes nothing, Jobnet's status drives the lifecycle and the cards, an
 * unknown company comes from the register, and STAR's failures are retried or dead-lettered.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { STORE_TARGETS, newTenantId, openOrSkip } from '../support/databases.js';
import { buildCompany } from '../support/factories.js';
import { buildJobordreDocument, buildWsbMessage } from '../support/jobordre-documents.js';
import { RegisterFixtureSource } from '../support/register-fixture-source.js';
import { buildRegisterCompany, buildRegisterPUnit, MUNICIPALITY } from '../support/register-company-factory.js';
import { mapJobordre } from '../../src/adapters/star/map-jobordre.js';
import { JOBORDRESTATUS, type JobordreDocument } from '../../src/adapters/star/star-documents.js';
import { JobordreSourceError, type JobordreSource } from '../../src/ports/jobordre-source.js';
import { acceptStarMessage } from '../../src/app/star-inbox.js';
import { runStarMessages, startStarWorker, type StarWorkerDeps } from '../../src/app/star-worker.js';
import { WsbMessageBody } from '../../src/http/schemas/star.js';
import type { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import type { Jobordre } from '../../src/domain/jobordre.js';

/** STAR's side as our port sees it: the documents it serves, and failures to answer with first. */
class JobordreFixtureSource implements JobordreSource {
  readonly documents = new Map<string, JobordreDocument>();
  readonly failures: JobordreSourceError[] = [];
  readonly reads: string[] = [];

  async getJobordre(jobordreId: string): Promise<Jobordre> {
    this.reads.push(jobordreId);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const document = this.documents.get(jobordreId);
    if (!document) throw new JobordreSourceError('NOT_FOUND', 'no such jobordre');
    return mapJobordre(structuredClone(document));
  }
}

const RETRY = { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 3 };

for (const target of STORE_TARGETS) {
  describe(`Jobordrer from STAR become vacancies, on ${target.name}`, function () {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let tenantId: string;
    let now: Date;
    let source: JobordreFixtureSource;
    let register: RegisterFixtureSource;
    let deps: StarWorkerDeps;
    let sectionId: string;
    let channelHere: string;
    let channelElsewhere: string;
    let responsibleStaffId: string;

    before(async function () {
      ({ store, close } = await openOrSkip(this, target));
    });
    after(async () => close?.());
    beforeEach(async () => {
      tenantId = newTenantId();
      now = new Date('2026-12-02T09:00:00.000Z');
      source = new JobordreFixtureSource();
      register = new RegisterFixtureSource([]);
      sectionId = randomUUID();
      await store.insertSection(tenantId, { id: sectionId, name: 'Virksomhedsservice Byg' });
      const staff = await store.insertStaff(tenantId, {
        email: 'mette@roskilde.dk',
        name: 'Mette Kjærgaard',
        sectionId,
        isAdmin: true,
      });
      channelHere = `19:byg-${randomUUID()}@thread.tacv2`;
      channelElsewhere = `19:kbh-${randomUUID()}@thread.tacv2`;
      const filters = { topics: [], industryPrefixes: [], keywords: [], createdBy: staff.id };
      await store.insertSubscription(tenantId, { ...filters, conversationId: channelHere, postcodes: ['4000'] });
      await store.insertSubscription(tenantId, { ...filters, conversationId: channelElsewhere, postcodes: ['1620'] });
      deps = {
        store,
        source,
        clock: { now: () => now },
        register: { source: register, municipalityCode: MUNICIPALITY },
        otherMunicipalities: 'skip',
        logger: pino({ level: 'silent' }),
        retry: RETRY,
        leaseMs: 60_000,
        random: () => 1,
      };
      responsibleStaffId = staff.id;
    });

    /** STAR publishes the jobordre (or its new version) and posts the WSB message; the worker runs. */
    async function publish(document: JobordreDocument, message: { occurredAt?: string; messageId?: string } = {}) {
      source.documents.set(document.jobordreIdentifier, document);
      return deliver(
        document.jobordreIdentifier,
        message.occurredAt ?? document.sidstAendretTidspunkt,
        message.messageId,
      );
    }
    async function deliver(jobordreId: string, occurredAt: string, messageId: string = randomUUID()) {
      const message = WsbMessageBody.parse(
        buildWsbMessage({
          beskedIdentifier: messageId,
          eksternIdentifier: jobordreId,
          haendelsestidspunkt: occurredAt,
        }),
      );
      const accepted = await acceptStarMessage(deps, tenantId, message);
      await runStarMessages(deps, tenantId);
      return accepted;
    }
    const vacancyOf = (jobordreId: string) => store.getVacancyByJobordreForUpdate(tenantId, jobordreId);
    const alertsOf = async (vacancyId: string) =>
      (await store.listAlerts(tenantId, { vacancyId, limit: 50 })).map((row) => [row.conversationId, row.kind]).sort();
    const inbox = () => store.starInboxStatus(tenantId);
    async function ourCompany(overrides: Parameters<typeof buildCompany>[0] = {}) {
      return store.insertCompany(tenantId, buildCompany({ responsibleStaffId, ...overrides }));
    }
    const jobordreFor = (cvr: string, overrides: Partial<JobordreDocument> = {}) =>
      buildJobordreDocument({
        virksomhed: { cvrNummer: cvr, produktionsenhedsnummer: null, navn: null },
        ...overrides,
      });

    it('when a new jobordre arrives, then it is a received vacancy of its company with its Jobnet facts, alerted to the matching channel only', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!, { stillingsbetegnelse: 'Tømrer, ring 010190-1234 for info' });
      await publish(document);
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      assert.ok(vacancy);
      assert.equal(vacancy.companyId, company.id);
      assert.equal(vacancy.status, 'received');
      assert.equal(vacancy.createdBy, null);
      assert.equal(vacancy.sectionId, sectionId);
      assert.equal(vacancy.title, 'Tømrer, ring [CPR fjernet] for info');
      assert.deepEqual([vacancy.positions, vacancy.deadline, vacancy.postcode], [2, '2026-12-20', '4000']);
      assert.equal(vacancy.location, 'Algade 12, Roskilde');
      assert.equal(vacancy.jobnet?.jobordreId, document.jobordreIdentifier);
      assert.equal(vacancy.jobnet?.version.toISOString(), '2026-12-01T07:00:00.000Z');
      assert.deepEqual(vacancy.jobnet?.type, { code: '1', label: 'Ordinært job', specialTerms: false });
      const [event] = await store.listVacancyEvents(tenantId, vacancy.id);
      assert.deepEqual(
        [event?.fromStatus, event?.toStatus, event?.actorId, event?.note],
        [null, 'received', null, 'Jobnet'],
      );
      assert.deepEqual(await alertsOf(vacancy.id), [[channelHere, 'post']]);
      assert.equal((await inbox()).done, 1);
    });

    it('when the same version arrives again in another message, then nothing changes and STAR is not asked again', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      await publish(document);
      const before = await vacancyOf(document.jobordreIdentifier);
      const again = await publish(document);
      assert.equal(again.duplicate, false);
      assert.deepEqual(await vacancyOf(document.jobordreIdentifier), before);
      assert.equal(source.reads.length, 1);
      assert.deepEqual(await alertsOf(before!.id), [[channelHere, 'post']]);
      assert.deepEqual([(await inbox()).done, (await inbox()).skipped], [1, 1]);
    });

    it('when STAR delivers one message twice, then it is stored and applied once', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      const messageId = randomUUID();
      const first = await publish(document, { messageId });
      const second = await publish(document, { messageId });
      assert.deepEqual(second, { id: first.id, duplicate: true });
      assert.equal(source.reads.length, 1);
      assert.equal((await inbox()).done, 1);
    });

    it('when an older change arrives after a newer one, then it is stale and changes nothing', async () => {
      const company = await ourCompany();
      const newer = jobordreFor(company.cvr!, {
        sidstAendretTidspunkt: '2026-12-01T10:00:00+01:00',
        antalStillinger: 3,
      });
      await publish(newer);
      await deliver(newer.jobordreIdentifier, '2026-12-01T08:00:00+01:00');
      assert.equal((await vacancyOf(newer.jobordreIdentifier))?.positions, 3);
      assert.equal(source.reads.length, 1);
      assert.equal((await inbox()).skipped, 1);
    });

    it('when a newer message finds STAR still serving the version we show, then it is stale', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      await publish(document);
      await deliver(document.jobordreIdentifier, '2026-12-01T09:00:00+01:00');
      assert.equal(source.reads.length, 2);
      assert.equal((await inbox()).skipped, 1);
    });

    it('when Jobnet later says "besat", then the vacancy is filled by Jobnet and its cards are updated', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      await publish(document);
      await publish({
        ...document,
        sidstAendretTidspunkt: '2026-12-05T14:00:00+01:00',
        jobordrestatus: JOBORDRESTATUS.afsluttetBesat,
      });
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      assert.equal(vacancy?.status, 'filled');
      assert.equal(vacancy?.jobnet?.status, 'filled');
      const events = await store.listVacancyEvents(tenantId, vacancy!.id);
      const last = events.find((event) => event.toStatus === 'filled');
      assert.deepEqual([last?.fromStatus, last?.actorId, last?.note], ['received', null, 'Jobnet: Afsluttet - besat']);
      assert.deepEqual(await alertsOf(vacancy!.id), [
        [channelHere, 'post'],
        [channelHere, 'update'],
      ]);
    });

    it('when only the facts change in Jobnet, then the vacancy shows them and the cards are updated', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      await publish(document);
      await publish({ ...document, sidstAendretTidspunkt: '2026-12-03T08:00:00+01:00', antalStillinger: 5 });
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      assert.deepEqual([vacancy?.status, vacancy?.positions], ['received', 5]);
      assert.deepEqual(await alertsOf(vacancy!.id), [
        [channelHere, 'post'],
        [channelHere, 'update'],
      ]);
    });

    it('when a jobordre first arrives already filled, then its vacancy starts closed and no channel is alerted', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!, { jobordrestatus: JOBORDRESTATUS.afsluttetBesat });
      await publish(document);
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      assert.equal(vacancy?.status, 'filled');
      assert.deepEqual(await alertsOf(vacancy!.id), []);
    });

    it('when only the P-number is ours, then the vacancy goes to that company', async () => {
      const company = await ourCompany({ pNumbers: ['1012345678'] });
      const document = buildJobordreDocument({
        virksomhed: { cvrNummer: null, produktionsenhedsnummer: '1012345678', navn: null },
      });
      await publish(document);
      assert.equal((await vacancyOf(document.jobordreIdentifier))?.companyId, company.id);
    });

    it('when the company is not here yet, then it is created from the register and gets the vacancy', async () => {
      const fromRegister = buildRegisterCompany();
      register.companies.push(fromRegister);
      const document = jobordreFor(fromRegister.cvr);
      await publish(document);
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      const company = vacancy && (await store.getCompany(tenantId, vacancy.companyId));
      assert.equal(company?.cvr, fromRegister.cvr);
      assert.equal(company?.name, fromRegister.name);
      assert.equal(vacancy?.sectionId, null);
      const audit = await store.listAudit(tenantId, { companyId: company!.id, limit: 10 });
      assert.deepEqual(audit.map((entry) => [entry.action, entry.actorId]).sort(), [
        ['company.create', null],
        ['vacancy.create', null],
      ]);
    });

    it('when neither we nor the register know the company, then the message is skipped as company_unknown', async () => {
      const document = jobordreFor('25313763');
      await publish(document);
      assert.equal(await vacancyOf(document.jobordreIdentifier), null);
      assert.equal((await inbox()).skipped, 1);
    });

    it('when the workplace is in another municipality, then the rule decides: skipped, or kept', async () => {
      const company = await ourCompany();
      const away = {
        adresselinje: 'Vesterbrogade 1',
        postnummer: '1620',
        postdistrikt: 'København V',
        kommunekode: '101',
      };
      const skipped = jobordreFor(company.cvr!, { arbejdssted: away });
      await publish(skipped);
      assert.equal(await vacancyOf(skipped.jobordreIdentifier), null);

      deps = { ...deps, otherMunicipalities: 'keep' };
      const kept = jobordreFor(company.cvr!, { arbejdssted: away });
      await publish(kept);
      const vacancy = await vacancyOf(kept.jobordreIdentifier);
      assert.equal(vacancy?.postcode, '1620');
      assert.deepEqual(await alertsOf(vacancy!.id), [[channelElsewhere, 'post']]);
    });

    it('when the register company has no workplace here and the jobordre names none, then it is not imported', async () => {
      const away = buildRegisterPUnit({
        address: {
          street: 'Vesterbrogade 1',
          postcode: '1620',
          city: 'København V',
          municipalityCode: '101',
          countryCode: 'DK',
        },
      });
      const fromRegister = buildRegisterCompany({ pUnits: [away] });
      register.companies.push(fromRegister);
      await publish(jobordreFor(fromRegister.cvr, { arbejdssted: null }));
      assert.deepEqual(await store.findCompaniesByCvrPrefix(tenantId, fromRegister.cvr, 2), []);
      assert.equal((await inbox()).skipped, 1);
    });

    it('when STAR answers 503 once, then the message waits its backoff and then succeeds, once', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      source.failures.push(new JobordreSourceError('UNAVAILABLE', 'STAR answered 503.'));
      await publish(document);
      assert.equal(await vacancyOf(document.jobordreIdentifier), null);
      assert.equal((await inbox()).queued, 1);

      now = new Date(now.getTime() + RETRY.baseMs - 1);
      await runStarMessages(deps, tenantId);
      assert.equal(source.reads.length, 1, 'not before its backoff');

      now = new Date(now.getTime() + 1);
      await runStarMessages(deps, tenantId);
      const vacancy = await vacancyOf(document.jobordreIdentifier);
      assert.ok(vacancy);
      assert.deepEqual(await alertsOf(vacancy.id), [[channelHere, 'post']]);
      assert.equal(source.reads.length, 2);
      assert.equal((await inbox()).done, 1);
    });

    it('when STAR throttles with a Retry-After longer than the backoff, then its Retry-After is waited', async () => {
      const company = await ourCompany();
      source.failures.push(new JobordreSourceError('THROTTLED', 'STAR is throttling us (429).', 120_000));
      await publish(jobordreFor(company.cvr!));
      now = new Date(now.getTime() + 119_999);
      await runStarMessages(deps, tenantId);
      assert.equal(source.reads.length, 1);
      now = new Date(now.getTime() + 1);
      await runStarMessages(deps, tenantId);
      assert.equal((await inbox()).done, 1);
    });

    it('when STAR stays unavailable, then the message is dead-lettered after its last attempt', async () => {
      const company = await ourCompany();
      for (let i = 0; i < RETRY.maxAttempts; i++) source.failures.push(new JobordreSourceError('UNAVAILABLE', '503'));
      const document = jobordreFor(company.cvr!);
      await publish(document);
      for (let i = 1; i < RETRY.maxAttempts; i++) {
        now = new Date(now.getTime() + RETRY.maxMs);
        await runStarMessages(deps, tenantId);
      }
      const status = await inbox();
      assert.deepEqual([status.queued, status.dead], [0, 1]);
      assert.deepEqual(
        status.recentFailures.map((f) => [f.jobordreId, f.errorCode, f.attempts]),
        [[document.jobordreIdentifier, 'UNAVAILABLE', RETRY.maxAttempts]],
      );
    });

    it('when STAR answers something that is not a jobordre, then the message is dead at once', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!, { jobordrestatus: { identifier: 42, navn: 'Ukendt' } });
      await publish(document);
      const status = await inbox();
      assert.deepEqual([status.queued, status.dead], [0, 1]);
      assert.equal(status.recentFailures[0]?.errorCode, 'REJECTED');
      assert.equal(await vacancyOf(document.jobordreIdentifier), null);
    });

    it('when applying a message crashes, then it is an attempt: back in the queue with INTERNAL, and dead once the attempts run out', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      const crashing: JobordreSource = {
        getJobordre: async () => {
          throw new TypeError('a bug');
        },
      };
      deps = { ...deps, source: crashing };
      await publish(document);
      assert.deepEqual([(await inbox()).queued, (await inbox()).dead], [1, 0]);

      deps = { ...deps, source };
      now = new Date(now.getTime() + RETRY.maxMs);
      await runStarMessages(deps, tenantId);
      assert.ok(await vacancyOf(document.jobordreIdentifier), 'taken again after its backoff, not its lease');

      const other = jobordreFor(company.cvr!);
      deps = { ...deps, source: crashing };
      await publish(other);
      for (let i = 1; i < RETRY.maxAttempts; i++) {
        now = new Date(now.getTime() + RETRY.maxMs);
        await runStarMessages(deps, tenantId);
      }
      const status = await inbox();
      assert.equal(status.dead, 1);
      assert.equal(status.recentFailures[0]?.errorCode, 'INTERNAL');
      deps = { ...deps, source };
    });

    it('when the worker is kicked, then it drains the inbox; once stopped it takes nothing more', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      source.documents.set(document.jobordreIdentifier, document);
      const message = WsbMessageBody.parse(buildWsbMessage({ eksternIdentifier: document.jobordreIdentifier }));
      await acceptStarMessage(deps, tenantId, message);
      const worker = startStarWorker(deps, tenantId, 3_600_000);
      try {
        worker.kick();
        await worker.runOnce();
        assert.ok(await vacancyOf(document.jobordreIdentifier));
      } finally {
        await worker.stop();
      }
      await acceptStarMessage(deps, tenantId, { ...message, messageId: randomUUID() });
      worker.kick();
      assert.equal((await inbox()).queued, 1);
    });

    it('when a read fails and its retry falls due before the next tick, then the worker wakes for it by itself', async () => {
      const company = await ourCompany();
      const document = jobordreFor(company.cvr!);
      source.documents.set(document.jobordreIdentifier, document);
      source.failures.push(new JobordreSourceError('UNAVAILABLE', 'STAR answered 503.'));
      const message = WsbMessageBody.parse(buildWsbMessage({ eksternIdentifier: document.jobordreIdentifier }));
      await acceptStarMessage(deps, tenantId, message);
      // An hour between ticks: only the wake-up at the retry's time can take the message again.
      const worker = startStarWorker({ ...deps, retry: { ...RETRY, baseMs: 50, maxMs: 50 } }, tenantId, 3_600_000);
      try {
        await worker.runOnce();
        assert.equal((await inbox()).queued, 1, 'back in the queue after the 503');
        const due = await deps.store.nextStarMessageDue(tenantId);
        assert.ok(due && due > now, 'due later');
        now = new Date(due.getTime());
        for (let waited = 0; !(await vacancyOf(document.jobordreIdentifier)); waited += 20) {
          assert.ok(waited < 10_000, 'taken again without a kick or a tick');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        await worker.stop();
      }
    });

    it('when STAR has no such jobordre, then the message is dead as NOT_FOUND', async () => {
      await deliver(randomUUID(), '2026-12-01T08:00:00+01:00');
      assert.equal((await inbox()).recentFailures[0]?.errorCode, 'NOT_FOUND');
    });
  });
}
