import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './db-schema.js';
import {
  COMPANY_SUMMARY_COLUMNS,
  toCompany,
  toCompanySummary,
  toContact,
  toInteraction,
  toStaff,
  toVacancy,
  toVacancyEvent,
  toConversationRef,
  toSubscription,
} from './row-mappers.js';
import { kpiFacts } from './kpi-queries.js';
import * as privacy from './privacy-queries.js';
import * as neverLog from './never-log-queries.js';
import * as dataSubject from './data-subject-queries.js';
import * as alerts from './alert-queries.js';
import * as tagging from './tagging-queries.js';
import * as staffIdentity from './staff-identity-queries.js';
import type { DeltaFeed, GraphSubscriptionRecord, TagJobOutcome, TagJobStatus } from '../../domain/tagging.js';
import { DomainError } from '../../domain/errors.js';
import { toSearchKey } from '../../domain/search-key.js';
import { OPEN_STATUSES } from '../../domain/vacancy-lifecycle.js';
import type { Topic } from '../../domain/topics.js';
import type {
  AuditEntry,
  ChannelSubscription,
  Company,
  ConversationRef,
  Section,
  Staff,
  SubscriptionFilters,
  VacancyStatus,
} from '../../domain/model.js';
import type {
  CompanyPatch,
  DateRange,
  KpiTarget,
  NewCompany,
  NewContact,
  NewInteraction,
  NewVacancy,
  Store,
  AlertClaimOptions,
  AlertFailure,
  AlertLease,
  AlertStatus,
  TimelineFilter,
  TimelinePosition,
  VacancyFilter,
} from '../../ports/store.js';

/** The Store on Kysely: the same queries for PGlite and PostgreSQL. */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly inTransaction = false,
  ) {}

  async withTransaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((tx: Transaction<Database>) => work(new KyselyStore(tx, true)));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // --- staff, sections, topics -------------------------------------------------------------

  async findStaffByEmail(tenantId: string, email: string): Promise<Staff | null> {
    const row = await this.db
      .selectFrom('staff')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('email', '=', email.toLowerCase())
      // An email may be shared (a reused sign-in name): the earliest row, so the answer is stable.
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row ? toStaff(row) : null;
  }

  async listStaff(tenantId: string, ids?: readonly string[]): Promise<Staff[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db.selectFrom('staff').selectAll().where('tenant_id', '=', tenantId);
    if (ids) query = query.where('id', 'in', [...ids]);
    const rows = await query.orderBy('name').execute();
    return rows.map(toStaff);
  }

  async insertStaff(tenantId: string, staff: Omit<Staff, 'id'> & { id?: string; entraOid?: string | null }): Promise<Staff> {
    const row = await this.db
      .insertInto('staff')
      .values({
        tenant_id: tenantId,
        id: staff.id ?? randomUUID(),
        email: staff.email.toLowerCase(),
        name: staff.name,
        section_id: staff.sectionId,
        is_admin: staff.isAdmin,
        entra_oid: staff.entraOid ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStaff(row);
  }

  upsertStaffIdentity: Store['upsertStaffIdentity'] = (tenantId, identity) => staffIdentity.upsertStaffIdentity(this.db, tenantId, identity);
  listStaffEmailClashes: Store['listStaffEmailClashes'] = (tenantId) => staffIdentity.listStaffEmailClashes(this.db, tenantId);

  async listSections(tenantId: string): Promise<Section[]> {
    return this.db.selectFrom('sections').select(['id', 'name']).where('tenant_id', '=', tenantId).orderBy('name').execute();
  }

  async insertSection(tenantId: string, section: Section): Promise<void> {
    await this.db.insertInto('sections').values({ tenant_id: tenantId, ...section }).execute();
  }

  async listTopics(tenantId: string): Promise<Topic[]> {
    const rows = await this.db
      .selectFrom('topics')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('position')
      .execute();
    return rows.map((row) => ({ key: row.key, da: row.label_da, en: row.label_en, cooperation: row.cooperation }));
  }

  async replaceTopics(tenantId: string, topics: readonly Topic[]): Promise<void> {
    await this.db.deleteFrom('topics').where('tenant_id', '=', tenantId).execute();
    if (topics.length === 0) return;
    await this.db
      .insertInto('topics')
      .values(
        topics.map((topic, position) => ({
          tenant_id: tenantId,
          key: topic.key,
          label_da: topic.da,
          label_en: topic.en,
          cooperation: topic.cooperation,
          position,
        })),
      )
      .execute();
  }

  // --- companies ---------------------------------------------------------------------------

  private summaries(tenantId: string) {
    return this.db.selectFrom('companies').select(COMPANY_SUMMARY_COLUMNS).where('companies.tenant_id', '=', tenantId);
  }

  async searchCompaniesByName(tenantId: string, searchKey: string, limit: number) {
    // Prefix of the name, then prefix of a word, then trigram word similarity (typos, missing
    // letters). The search key holds only letters, digits and spaces, so LIKE needs no escaping.
    const rows = await this.summaries(tenantId)
      .where((eb) =>
        eb.or([
          eb('name_search', 'like', `%${searchKey}%`),
          eb(sql.val(searchKey), sql.raw('<%') as never, eb.ref('name_search')),
        ]),
      )
      .orderBy(sql`name_search like ${`${searchKey}%`}`, 'desc')
      .orderBy(sql`(' ' || name_search) like ${`% ${searchKey}%`}`, 'desc')
      .orderBy(sql`word_similarity(${searchKey}, name_search)`, 'desc')
      .orderBy('name_search')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toCompanySummary);
  }

  async findCompaniesByCvrPrefix(tenantId: string, digits: string, limit: number) {
    const rows = await this.summaries(tenantId)
      .where('cvr', 'like', `${digits.replace(/\D/g, '')}%`)
      .orderBy('cvr')
      .limit(limit)
      .execute();
    return rows.map(toCompanySummary);
  }

  async findCompaniesByPNumber(tenantId: string, pNumber: string, limit: number) {
    const rows = await this.summaries(tenantId)
      .where(sql<boolean>`p_numbers @> array[${pNumber}]::text[]`)
      .orderBy('name_search')
      .limit(limit)
      .execute();
    return rows.map(toCompanySummary);
  }

  async findCompaniesByDomain(tenantId: string, domain: string, limit: number) {
    const rows = await this.summaries(tenantId)
      .innerJoin('company_domains as d', (join) =>
        join.onRef('d.tenant_id', '=', 'companies.tenant_id').onRef('d.company_id', '=', 'companies.id'),
      )
      .where('d.domain', '=', domain.toLowerCase())
      .orderBy('name_search')
      .limit(limit)
      .execute();
    return rows.map(toCompanySummary);
  }

  async listCompanies(tenantId: string, limit: number) {
    const rows = await this.summaries(tenantId).orderBy('name_search').orderBy('id').limit(limit).execute();
    return rows.map(toCompanySummary);
  }

  async getCompanySummaries(tenantId: string, ids: readonly string[]) {
    if (ids.length === 0) return [];
    const rows = await this.summaries(tenantId).where('id', 'in', [...ids]).execute();
    return rows.map(toCompanySummary);
  }

  async getCompany(tenantId: string, id: string): Promise<Company | null> {
    const row = await this.db
      .selectFrom('companies')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return toCompany(row, await this.domainsOf(tenantId, id));
  }

  private async domainsOf(tenantId: string, companyId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('company_domains')
      .select('domain')
      .where('tenant_id', '=', tenantId)
      .where('company_id', '=', companyId)
      .orderBy('domain')
      .execute();
    return rows.map((row) => row.domain);
  }

  async insertCompany(tenantId: string, company: NewCompany): Promise<Company> {
    const id = company.id ?? randomUUID();
    await translateConflicts(() =>
      this.db
        .insertInto('companies')
        .values({
          tenant_id: tenantId,
          id,
          cvr: company.cvr,
          name: company.name,
          name_search: toSearchKey(company.name),
          p_numbers: company.pNumbers,
          address: company.address,
          postcode: company.postcode,
          city: company.city,
          industry_code: company.industryCode,
          employee_band: company.employeeBand,
          blockade: company.blockade,
          do_not_contact: company.doNotContact,
          responsible_staff_id: company.responsibleStaffId,
        })
        .execute(),
    );
    await this.replaceDomains(tenantId, id, company.domains);
    return (await this.getCompany(tenantId, id))!;
  }

  async updateCompany(tenantId: string, id: string, patch: CompanyPatch): Promise<Company | null> {
    const columns = {
      ...(patch.cvr !== undefined && { cvr: patch.cvr }),
      ...(patch.name !== undefined && { name: patch.name, name_search: toSearchKey(patch.name) }),
      ...(patch.pNumbers !== undefined && { p_numbers: patch.pNumbers }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.postcode !== undefined && { postcode: patch.postcode }),
      ...(patch.city !== undefined && { city: patch.city }),
      ...(patch.industryCode !== undefined && { industry_code: patch.industryCode }),
      ...(patch.employeeBand !== undefined && { employee_band: patch.employeeBand }),
      ...(patch.blockade !== undefined && { blockade: patch.blockade }),
      ...(patch.doNotContact !== undefined && { do_not_contact: patch.doNotContact }),
      ...(patch.responsibleStaffId !== undefined && { responsible_staff_id: patch.responsibleStaffId }),
    };
    const updated = await translateConflicts(() =>
      this.db
        .updateTable('companies')
        .set({ ...columns, updated_at: sql<Date>`now()` })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst(),
    );
    if (!updated) return null;
    if (patch.domains !== undefined) await this.replaceDomains(tenantId, id, patch.domains);
    return this.getCompany(tenantId, id);
  }

  private async replaceDomains(tenantId: string, companyId: string, domains: readonly string[]): Promise<void> {
    await this.db.deleteFrom('company_domains').where('tenant_id', '=', tenantId).where('company_id', '=', companyId).execute();
    const unique = [...new Set(domains.map((domain) => domain.toLowerCase()))];
    if (unique.length === 0) return;
    await this.db
      .insertInto('company_domains')
      .values(unique.map((domain) => ({ tenant_id: tenantId, domain, company_id: companyId })))
      .execute();
  }

  // --- contacts and address matching -------------------------------------------------------

  async findContactsByEmails(tenantId: string, emails: readonly string[]) {
    if (emails.length === 0) return [];
    const rows = await this.db
      .selectFrom('contacts')
      .select(['email', 'company_id'])
      .where('tenant_id', '=', tenantId)
      .where('email', 'in', emails.map((email) => email.toLowerCase()))
      .execute();
    return rows.map((row) => ({ email: row.email!, companyId: row.company_id }));
  }

  async findDomainHits(tenantId: string, domains: readonly string[]) {
    if (domains.length === 0) return [];
    const rows = await this.db
      .selectFrom('company_domains')
      .select(['domain', 'company_id'])
      .where('tenant_id', '=', tenantId)
      .where('domain', 'in', domains.map((domain) => domain.toLowerCase()))
      .execute();
    return rows.map((row) => ({ domain: row.domain, companyId: row.company_id }));
  }

  async listContacts(tenantId: string, companyId: string) {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('company_id', '=', companyId)
      .orderBy('name')
      .execute();
    return rows.map(toContact);
  }

  async insertContact(tenantId: string, contact: NewContact) {
    const row = await translateConflicts(() =>
      this.db
        .insertInto('contacts')
        .values({
          tenant_id: tenantId,
          id: contact.id ?? randomUUID(),
          company_id: contact.companyId,
          name: contact.name,
          email: contact.email?.toLowerCase() ?? null,
          phone: contact.phone,
          title: contact.title,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toContact(row);
  }

  async assignContactEmail(
    tenantId: string,
    input: { companyId: string; email: string; name: string | null; phone?: string | null; title?: string | null },
  ) {
    const email = input.email.toLowerCase();
    const existing = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('email', '=', email)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) {
      const contact = await this.insertContact(tenantId, {
        companyId: input.companyId,
        email,
        name: input.name,
        phone: input.phone ?? null,
        title: input.title ?? null,
      });
      return { contact, previousCompanyId: null };
    }
    const row = await this.db
      .updateTable('contacts')
      .set({
        company_id: input.companyId,
        name: input.name ?? existing.name,
        phone: input.phone ?? existing.phone,
        title: input.title ?? existing.title,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { contact: toContact(row), previousCompanyId: existing.company_id === input.companyId ? null : existing.company_id };
  }

  // --- interactions ------------------------------------------------------------------------

  private entries(tenantId: string) {
    return this.db
      .selectFrom('interactions as i')
      .leftJoin('staff as s', (join) => join.onRef('s.tenant_id', '=', 'i.tenant_id').onRef('s.id', '=', 'i.logged_by'))
      .selectAll('i')
      .select('s.name as logged_by_name')
      .select(
        sql<string[]>`coalesce((select array_agg(l.staff_id::text order by l.logged_at) from interaction_loggers l
          where l.tenant_id = i.tenant_id and l.interaction_id = i.id), '{}')`.as('loggers'),
      )
      .where('i.tenant_id', '=', tenantId);
  }

  async getInteractionEntry(tenantId: string, id: string) {
    const row = await this.entries(tenantId).where('i.id', '=', id).executeTakeFirst();
    return row ? { ...toInteraction(row), loggedByName: row.logged_by_name, loggers: row.loggers } : null;
  }

  async listInteractions(
    tenantId: string,
    companyId: string,
    filter: TimelineFilter,
    after: TimelinePosition | null,
    limit: number,
  ) {
    let query = this.entries(tenantId).where('i.company_id', '=', companyId);
    if (filter.kinds?.length) query = query.where('i.kind', 'in', filter.kinds);
    if (filter.topics?.length) query = query.where(sql<boolean>`i.topics && ${sql.val(filter.topics)}::text[]`);
    if (filter.staffId) {
      const staffId = filter.staffId;
      query = query.where((eb) =>
        eb.or([
          eb('i.logged_by', '=', staffId),
          eb.exists(
            eb
              .selectFrom('interaction_loggers as l')
              .select('l.staff_id')
              .whereRef('l.tenant_id', '=', 'i.tenant_id')
              .whereRef('l.interaction_id', '=', 'i.id')
              .where('l.staff_id', '=', staffId),
          ),
        ]),
      );
    }
    if (filter.sectionId) query = query.where('i.section_id', '=', filter.sectionId);
    if (filter.from) query = query.where('i.occurred_at', '>=', filter.from);
    if (filter.to) query = query.where('i.occurred_at', '<', filter.to);
    if (after) {
      query = query.where(sql<boolean>`(i.occurred_at, i.id) < (${after.occurredAt}, ${after.id}::uuid)`);
    }
    const rows = await query.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
    return rows.map((row) => ({ ...toInteraction(row), loggedByName: row.logged_by_name, loggers: row.loggers }));
  }

  async countInteractionsByTopic(tenantId: string, companyId: string, since: Date) {
    const result = await sql<{ topic: string; count: number }>`
      select t.topic, count(*)::int as count
      from interactions i cross join lateral unnest(i.topics) as t(topic)
      where i.tenant_id = ${tenantId} and i.company_id = ${companyId} and i.occurred_at >= ${since}
      group by t.topic order by count desc, t.topic`.execute(this.db);
    return result.rows;
  }

  async insertInteraction(tenantId: string, interaction: NewInteraction) {
    const id = interaction.id ?? randomUUID();
    const row = await translateConflicts(() =>
      this.db
        .insertInto('interactions')
        .values({
          tenant_id: tenantId,
          id,
          company_id: interaction.companyId,
          kind: interaction.kind,
          occurred_at: interaction.occurredAt,
          subject: interaction.subject,
          summary: interaction.summary,
          excerpt: interaction.excerpt,
          attachment_names: interaction.attachmentNames ?? [],
          topics: interaction.topics,
          direction: interaction.direction,
          participants: JSON.stringify(interaction.participants),
          source: interaction.source,
          source_key: interaction.sourceKey,
          visibility: interaction.visibility,
          logged_by: interaction.loggedBy,
          section_id: interaction.sectionId,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    const loggers = [...new Set([interaction.loggedBy, ...(interaction.coLoggers ?? [])])];
    await this.db
      .insertInto('interaction_loggers')
      .values(loggers.map((staffId) => ({ tenant_id: tenantId, interaction_id: id, staff_id: staffId })))
      .execute();
    return toInteraction(row);
  }

  async addInteractionLogger(tenantId: string, interactionId: string, staffId: string): Promise<void> {
    await this.db
      .insertInto('interaction_loggers')
      .values({ tenant_id: tenantId, interaction_id: interactionId, staff_id: staffId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async companyOfInteraction(tenantId: string, interactionId: string) {
    const row = await this.db
      .selectFrom('interactions')
      .select('company_id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', interactionId)
      .executeTakeFirst();
    return row?.company_id ?? null;
  }

  async findLoggedItem(tenantId: string, sourceKey: string) {
    const rows = await this.db
      .selectFrom('interactions as i')
      .innerJoin('interaction_loggers as l', (join) =>
        join.onRef('l.tenant_id', '=', 'i.tenant_id').onRef('l.interaction_id', '=', 'i.id'),
      )
      .leftJoin('staff as s', (join) => join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.staff_id'))
      .select(['i.id', 'i.company_id', 'l.staff_id', 's.name'])
      .where('i.tenant_id', '=', tenantId)
      .where('i.source_key', '=', sourceKey)
      .orderBy('l.logged_at')
      .execute();
    const first = rows[0];
    if (!first) return null;
    return {
      interactionId: first.id,
      companyId: first.company_id,
      loggedBy: rows.map((row) => ({ id: row.staff_id, name: row.name })),
    };
  }

  // --- vacancies ---------------------------------------------------------------------------

  async listVacancies(tenantId: string, filter: VacancyFilter) {
    let query = this.db
      .selectFrom('vacancies as v')
      .innerJoin('companies as c', (join) => join.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.company_id'))
      .selectAll('v')
      .select('c.name as company_name')
      .where('v.tenant_id', '=', tenantId);
    if (filter.statuses?.length) query = query.where('v.status', 'in', filter.statuses);
    if (filter.sectionId) query = query.where('v.section_id', '=', filter.sectionId);
    if (filter.companyId) query = query.where('v.company_id', '=', filter.companyId);
    const rows = await query.orderBy('v.created_at', 'desc').orderBy('v.id').limit(filter.limit).execute();
    return rows.map(toVacancy);
  }

  async getVacancyForUpdate(tenantId: string, id: string) {
    const row = await this.db
      .selectFrom('vacancies')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    return row ? toVacancy(row) : null;
  }

  async insertVacancy(tenantId: string, vacancy: NewVacancy) {
    const row = await this.db
      .insertInto('vacancies')
      .values({
        tenant_id: tenantId,
        id: vacancy.id ?? randomUUID(),
        company_id: vacancy.companyId,
        title: vacancy.title,
        positions: vacancy.positions,
        deadline: vacancy.deadline,
        location: vacancy.location,
        postcode: vacancy.postcode,
        topics: vacancy.topics,
        status: vacancy.status,
        claimed_by: vacancy.claimedBy,
        section_id: vacancy.sectionId,
        interaction_id: vacancy.interactionId,
        created_by: vacancy.createdBy,
        ...(vacancy.createdAt && { created_at: vacancy.createdAt, updated_at: vacancy.createdAt }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toVacancy(row);
  }

  async updateVacancyStatus(tenantId: string, id: string, status: VacancyStatus, claimedBy: string | null) {
    const row = await this.db
      .updateTable('vacancies')
      .set({ status, claimed_by: claimedBy, updated_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toVacancy(row);
  }

  async insertVacancyEvent(tenantId: string, event: Parameters<Store['insertVacancyEvent']>[1]) {
    const row = await this.db
      .insertInto('vacancy_events')
      .values({
        tenant_id: tenantId,
        id: randomUUID(),
        vacancy_id: event.vacancyId,
        from_status: event.fromStatus,
        to_status: event.toStatus,
        actor_id: event.actorId,
        note: event.note,
        ...(event.at && { at: event.at }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toVacancyEvent(row);
  }

  async listVacanciesPastDeadline(tenantId: string, today: string, limit: number) {
    const rows = await this.db
      .selectFrom('vacancies')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('deadline', 'is not', null)
      .where('deadline', '<', today)
      .where('status', 'in', [...OPEN_STATUSES])
      .orderBy('deadline')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  async listVacancyEvents(tenantId: string, vacancyId: string) {
    const rows = await this.db
      .selectFrom('vacancy_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('vacancy_id', '=', vacancyId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(toVacancyEvent);
  }

  // --- strategy metrics, audit -------------------------------------------------------------

  kpiFacts(tenantId: string, range: DateRange, sectionId: string | null, cooperationTopics: readonly string[]) {
    return kpiFacts(this.db, tenantId, range, sectionId, cooperationTopics);
  }

  async listKpiTargets(tenantId: string, sectionId: string | null) {
    const rows = await this.db
      .selectFrom('kpi_targets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('section_id', '=', sectionId ?? '')
      .orderBy('metric')
      .orderBy('period')
      .execute();
    return rows.map((row) => ({ metric: row.metric, sectionId: row.section_id || null, period: row.period, value: row.value }));
  }

  async upsertKpiTargets(tenantId: string, targets: readonly KpiTarget[]): Promise<void> {
    if (targets.length === 0) return;
    await this.db
      .insertInto('kpi_targets')
      .values(
        targets.map((t) => ({ tenant_id: tenantId, metric: t.metric, section_id: t.sectionId ?? '', period: t.period, value: t.value })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'metric', 'section_id', 'period']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
  }

  async findStaffByOid(tenantId: string, oid: string): Promise<Staff | null> {
    const row = await this.db
      .selectFrom('staff')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('entra_oid', '=', oid)
      .executeTakeFirst();
    return row ? toStaff(row) : null;
  }

  // --- Teams conversations and channel subscriptions ----------------------------------------

  async saveConversationRef(tenantId: string, ref: ConversationRef): Promise<void> {
    const values = {
      kind: ref.kind,
      team_id: ref.teamId,
      channel_id: ref.channelId,
      service_url: ref.serviceUrl,
      user_oid: ref.userOid,
      reference: JSON.stringify(ref.reference),
    };
    await this.db
      .insertInto('conversation_refs')
      .values({ tenant_id: tenantId, conversation_id: ref.conversationId, ...values })
      .onConflict((oc) => oc.columns(['tenant_id', 'conversation_id']).doUpdateSet({ ...values, updated_at: sql<Date>`now()` }))
      .execute();
  }

  async getConversationRef(tenantId: string, conversationId: string): Promise<ConversationRef | null> {
    const row = await this.db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row ? toConversationRef(row) : null;
  }

  async deleteConversationRefs(tenantId: string, where: { conversationId: string } | { teamId: string }): Promise<number> {
    const result = await this.db
      .deleteFrom('conversation_refs')
      .where('tenant_id', '=', tenantId)
      .where((eb) => ('teamId' in where ? eb('team_id', '=', where.teamId) : eb('conversation_id', '=', where.conversationId)))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async listSubscriptions(tenantId: string, conversationId?: string): Promise<ChannelSubscription[]> {
    let query = this.db.selectFrom('channel_subscriptions').selectAll().where('tenant_id', '=', tenantId);
    if (conversationId) query = query.where('conversation_id', '=', conversationId);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map(toSubscription);
  }

  async insertSubscription(tenantId: string, input: SubscriptionFilters & { conversationId: string; createdBy: string }) {
    const row = await this.db
      .insertInto('channel_subscriptions')
      .values({
        tenant_id: tenantId,
        id: randomUUID(),
        conversation_id: input.conversationId,
        topics: input.topics,
        industry_prefixes: input.industryPrefixes,
        postcodes: input.postcodes,
        keywords: input.keywords,
        created_by: input.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSubscription(row);
  }

  async deleteSubscriptions(tenantId: string, where: { id: string } | { conversationId: string }): Promise<number> {
    const result = await this.db
      .deleteFrom('channel_subscriptions')
      .where('tenant_id', '=', tenantId)
      .where((eb) => ('id' in where ? eb('id', '=', where.id) : eb('conversation_id', '=', where.conversationId)))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async appendAudit(tenantId: string, entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        tenant_id: tenantId,
        actor_id: entry.actorId,
        action: entry.action,
        company_id: entry.companyId ?? null,
        target_id: entry.targetId ?? null,
        criteria: entry.criteria ? JSON.stringify(entry.criteria) : null,
      })
      .execute();
  }

  async listAudit(tenantId: string, options: { companyId?: string; limit: number }) {
    let query = this.db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
    if (options.companyId) query = query.where('company_id', '=', options.companyId);
    const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
    return rows.map((row) => ({
      at: row.at,
      actorId: row.actor_id,
      action: row.action,
      companyId: row.company_id,
      targetId: row.target_id,
      criteria: row.criteria as Record<string, unknown> | null,
    }));
  }

  // --- privacy by design (issue 11): one-liners over the query files ---------------------------

  getPrivacySettings: Store['getPrivacySettings'] = (tenantId) => privacy.getPrivacySettings(this.db, tenantId);
  savePrivacySettings: Store['savePrivacySettings'] = (tenantId, settings, by) => privacy.savePrivacySettings(this.db, tenantId, settings, by);
  listTenantIds: Store['listTenantIds'] = () => privacy.listTenantIds(this.db);
  decayInteractions: Store['decayInteractions'] = (tenantId, cutoffs) => privacy.decayInteractions(this.db, tenantId, cutoffs);
  deleteExpiredInteractions: Store['deleteExpiredInteractions'] = (tenantId, before) => privacy.deleteExpiredInteractions(this.db, tenantId, before);
  deleteAuditBefore: Store['deleteAuditBefore'] = (tenantId, before) => privacy.deleteAuditBefore(this.db, tenantId, before);

  listNeverLogEntries: Store['listNeverLogEntries'] = (tenantId, owner) => neverLog.listNeverLogEntries(this.db, tenantId, owner);
  neverLogRulesFor: Store['neverLogRulesFor'] = (tenantId, staffId) => neverLog.neverLogRulesFor(this.db, tenantId, staffId);
  insertNeverLogEntry: Store['insertNeverLogEntry'] = (tenantId, entry) =>
    translateConflicts(() => neverLog.insertNeverLogEntry(this.db, tenantId, entry));
  deleteNeverLogEntry: Store['deleteNeverLogEntry'] = (tenantId, owner, id) => neverLog.deleteNeverLogEntry(this.db, tenantId, owner, id);
  purgeNeverLogged: Store['purgeNeverLogged'] = (tenantId, rules, options) => neverLog.purgeNeverLogged(this.db, tenantId, rules, options);

  findDataSubject: Store['findDataSubject'] = (tenantId, email) => dataSubject.findDataSubject(this.db, tenantId, email);
  namesOfDataSubject: Store['namesOfDataSubject'] = (tenantId, email) => dataSubject.namesOfDataSubject(this.db, tenantId, email);
  eraseDataSubject: Store['eraseDataSubject'] = (tenantId, email, terms, placeholder) =>
    dataSubject.eraseDataSubject(this.db, tenantId, email, terms, placeholder);
  // --- vacancy alerts (issue 7): see alert-queries.ts -----------------------------------------

  enqueueAlertPosts(tenantId: string, vacancyId: string, conversationIds: readonly string[], now: Date) {
    return alerts.enqueueAlertPosts(this.db, tenantId, vacancyId, conversationIds, now);
  }
  enqueueAlertUpdates(tenantId: string, vacancyId: string, now: Date) {
    return alerts.enqueueAlertUpdates(this.db, tenantId, vacancyId, now);
  }
  claimDueAlerts(tenantId: string, options: AlertClaimOptions) {
    if (this.inTransaction) return alerts.claimDueAlerts(this.db, tenantId, options);
    return this.db.transaction().execute((tx) => alerts.claimDueAlerts(tx, tenantId, options));
  }
  completeAlert(tenantId: string, lease: AlertLease, sent: { activityId: string | null; postedConversationId: string | null }, now: Date) {
    return alerts.completeAlert(this.db, tenantId, lease, sent, now);
  }
  failAlert(tenantId: string, lease: AlertLease, failure: AlertFailure, now: Date) {
    return alerts.failAlert(this.db, tenantId, lease, failure, now);
  }
  conversationPausedUntil(tenantId: string, conversationId: string) {
    return alerts.conversationPausedUntil(this.db, tenantId, conversationId);
  }
  deferAlert(tenantId: string, lease: AlertLease, until: Date) {
    return alerts.deferAlert(this.db, tenantId, lease, until);
  }
  getAlertPost(tenantId: string, vacancyId: string, conversationId: string) {
    return alerts.getAlertPost(this.db, tenantId, vacancyId, conversationId);
  }
  listAlerts(tenantId: string, filter: { status?: AlertStatus; vacancyId?: string; limit: number }) {
    return alerts.listAlerts(this.db, tenantId, filter);
  }
  retryDeadAlert(tenantId: string, id: string, now: Date) {
    return alerts.retryDeadAlert(this.db, tenantId, id, now);
  }
  getAlertVacancy(tenantId: string, vacancyId: string) {
    return alerts.getAlertVacancy(this.db, tenantId, vacancyId);
  }
  // --- "Kontaktspor" category flow (issue 8): see tagging-queries.ts ---------------------------

  upsertMailboxWatch = (tenantId: string, staffId: string) => tagging.upsertMailboxWatch(this.db, tenantId, staffId);
  getMailboxWatch = (tenantId: string, staffId: string) => tagging.getMailboxWatch(this.db, tenantId, staffId);
  listMailboxWatches = (tenantId: string) => tagging.listMailboxWatches(this.db, tenantId);
  deleteMailboxWatch = (tenantId: string, staffId: string) => tagging.deleteMailboxWatch(this.db, tenantId, staffId);
  saveGraphSubscription = (tenantId: string, record: GraphSubscriptionRecord) => tagging.saveGraphSubscription(this.db, tenantId, record);
  getGraphSubscription = (tenantId: string, id: string) => tagging.getGraphSubscription(this.db, tenantId, id);
  listGraphSubscriptions = (tenantId: string, where: { staffId: string } | { expiringBefore: Date }) =>
    tagging.listGraphSubscriptions(this.db, tenantId, where);
  deleteGraphSubscription = (tenantId: string, id: string) => tagging.deleteGraphSubscription(this.db, tenantId, id);
  getDeltaLink = (tenantId: string, staffId: string, feed: DeltaFeed) => tagging.getDeltaLink(this.db, tenantId, staffId, feed);
  saveDeltaLink = (tenantId: string, staffId: string, feed: DeltaFeed, link: string, at: Date) =>
    tagging.saveDeltaLink(this.db, tenantId, staffId, feed, link, at);
  enqueueTagJob = (tenantId: string, job: { staffId: string; kind: 'email' | 'meeting'; graphId: string }, now: Date) =>
    tagging.enqueueTagJob(this.db, tenantId, job, now);
  claimTagJobs = (tenantId: string, now: Date, leaseUntil: Date, limit: number) => tagging.claimTagJobs(this.db, tenantId, now, leaseUntil, limit);
  finishTagJob = (tenantId: string, id: string, outcome: TagJobOutcome, now: Date) => tagging.finishTagJob(this.db, tenantId, id, outcome, now);
  deleteTagJob = (tenantId: string, id: string) => tagging.deleteTagJob(this.db, tenantId, id);
  getTagJob = (tenantId: string, id: string) => tagging.getTagJob(this.db, tenantId, id);
  listTagJobs = (tenantId: string, staffId: string, statuses: readonly TagJobStatus[], limit: number) =>
    tagging.listTagJobs(this.db, tenantId, staffId, statuses, limit);
  findPersonalConversationRef = (tenantId: string, userOid: string) => tagging.findPersonalConversationRef(this.db, tenantId, userOid);
}

/** A unique violation is the caller's conflict, not a server fault. */
async function translateConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') {
      throw new DomainError('CONFLICT', 'A record with the same unique key already exists.');
    }
    throw error;
  }
}
