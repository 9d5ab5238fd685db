import { randomUUID } from 'node:crypto';
import type { Store } from '../../../src/ports/store.js';
import type { SubscriptionFilters } from '../../../src/domain/model.js';
import { DEFAULT_TOPICS } from '../../../src/domain/topics.js';
import { buildActor, buildCompany } from '../../support/factories.js';

const NO_FILTERS: SubscriptionFilters = { topics: [], industryPrefixes: [], postcodes: [], keywords: [] };

/**
 * A tenant ready for alerts: topics, a section, staff (the first an admin), one company, and
 * `channels` section channels installed with the bot (their serviceUrl the local connector), each
 * subscribed with the given filters (none: every vacancy).
 */
export async function alertTenant(
  store: Store,
  tenantId: string,
  options: { serviceUrl: string; channels: number; staff?: number; filters?: (index: number) => SubscriptionFilters },
) {
  await store.replaceTopics(tenantId, DEFAULT_TOPICS);
  await store.insertSection(tenantId, { id: 'virksomhedsservice', name: 'Virksomhedsservice' });
  const staff = [];
  for (let i = 0; i < (options.staff ?? 1); i++) {
    staff.push(
      await store.insertStaff(tenantId, {
        email: `medarbejder${i}@roskilde.dk`,
        name: `Medarbejder ${i}`,
        sectionId: 'virksomhedsservice',
        isAdmin: i === 0,
      }),
    );
  }
  const actors = staff.map((s) =>
    buildActor(tenantId, s.id, { name: s.name, email: s.email, sectionId: s.sectionId, isAdmin: s.isAdmin }),
  );
  const company = await store.insertCompany(
    tenantId,
    buildCompany({ name: 'Østergaard Byg A/S', industryCode: '412000', postcode: '4000' }),
  );
  const channelIds: string[] = [];
  for (let i = 0; i < options.channels; i++) {
    const channelId = `19:kanal-${i}-${randomUUID().slice(0, 8)}@thread.tacv2`;
    channelIds.push(channelId);
    await store.saveConversationRef(tenantId, {
      conversationId: channelId,
      kind: 'channel',
      teamId: '19:team@thread.tacv2',
      channelId,
      serviceUrl: options.serviceUrl,
      userOid: null,
      reference: {
        channelId: 'msteams',
        serviceUrl: options.serviceUrl,
        bot: { id: 'bot-1', name: 'Kontaktspor' },
        conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId },
      },
    });
    await store.insertSubscription(tenantId, {
      conversationId: channelId,
      createdBy: staff[0]!.id,
      ...(options.filters?.(i) ?? NO_FILTERS),
    });
  }
  return { actors, actor: actors[0]!, company, channelIds };
}

export const vacancyInput = (companyId: string, n: number) => ({
  companyId,
  title: `Lagermedarbejder ${n}`,
  positions: 2,
  deadline: '2027-01-31',
  location: 'Roskilde',
  postcode: '4000',
  topics: ['rekruttering'],
});
