import type { AuditStore, PrivacyStore, Transactional } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { DomainError } from '../domain/errors.js';
import { DEFAULT_PRIVACY_SETTINGS, privacySettingsProblem, type PrivacySettings } from '../domain/privacy-policy.js';
import { AUDIT } from './audit-actions.js';
import { assertAdmin } from './admin.js';

/** The tenant's privacy settings, the defaults until an admin changes them. */
export async function privacySettingsOf(
  store: Pick<PrivacyStore, 'getPrivacySettings'>,
  tenantId: string,
): Promise<PrivacySettings> {
  return (await store.getPrivacySettings(tenantId)) ?? { ...DEFAULT_PRIVACY_SETTINGS };
}

export async function readPrivacySettings(
  { store }: { store: Pick<PrivacyStore, 'getPrivacySettings'> },
  actor: Actor,
): Promise<PrivacySettings> {
  assertAdmin(actor);
  return privacySettingsOf(store, actor.tenantId);
}

/** Changes the ages at which text decays and rows are deleted (admins). Audited with old and new values. */
export async function updatePrivacySettings(
  { store }: { store: Transactional<PrivacyStore & AuditStore> },
  actor: Actor,
  settings: PrivacySettings,
): Promise<PrivacySettings> {
  assertAdmin(actor);
  const problem = privacySettingsProblem(settings);
  if (problem) throw new DomainError('VALIDATION_FAILED', problem);
  return store.withTransaction(async (tx) => {
    const before = await privacySettingsOf(tx, actor.tenantId);
    await tx.savePrivacySettings(actor.tenantId, settings, actor.staffId);
    await tx.appendAudit(actor.tenantId, {
      actorId: actor.staffId,
      action: AUDIT.privacySettingsSet,
      criteria: { before: { ...before }, after: { ...settings } },
    });
    return privacySettingsOf(tx, actor.tenantId);
  });
}
