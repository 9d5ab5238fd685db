/** How the CVR register sync is doing, for the admin page's notice. */
import type { RegisterStore } from '../ports/store.js';
import type { Actor } from '../domain/model.js';
import { assertAdmin } from './admin.js';

export type RegisterNotice = 'not_configured' | 'never_imported' | 'failing' | null;

export interface RegisterStatus {
  municipalityCode: string | null;
  source: string | null;
  importCompletedAt: Date | null;
  lastSuccessAt: Date | null;
  lastAttemptAt: Date | null;
  failures: number;
  lastErrorCode: string | null;
  /** What the admin must know: nothing (null), or why the companies may be out of date. */
  notice: RegisterNotice;
}

export async function readRegisterStatus(
  deps: { store: Pick<RegisterStore, 'getRegisterSync'>; register?: { municipalityCode: string } },
  actor: Actor,
): Promise<RegisterStatus> {
  assertAdmin(actor);
  const state = await deps.store.getRegisterSync(actor.tenantId);
  const notice: RegisterNotice = !deps.register
    ? 'not_configured'
    : (state?.failures ?? 0) > 0
      ? 'failing'
      : state?.importCompletedAt
        ? null
        : 'never_imported';
  return {
    municipalityCode: deps.register?.municipalityCode ?? null,
    source: state?.source ?? null,
    importCompletedAt: state?.importCompletedAt ?? null,
    lastSuccessAt: state?.lastSuccessAt ?? null,
    lastAttemptAt: state?.lastAttemptAt ?? null,
    failures: state?.failures ?? 0,
    lastErrorCode: state?.lastErrorCode ?? null,
    notice,
  };
}
