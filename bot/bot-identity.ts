import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Store } from '../src/ports/store.js';
import type { Actor, Staff } from '../src/domain/model.js';

/** The tenant an activity comes from, as Teams states it. */
export function tenantOf(context: TurnContext): string | null {
  const activity = context.activity;
  const tenant = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return tenant ? tenant.toLowerCase() : null;
}

/**
 * Who is asking: the Teams user (tenant + Entra object id) as a staff member. A user seen for the
 * first time is looked up in Teams for name and email and gets a staff row.
 */
export type BotIdentity = (context: TurnContext) => Promise<Actor | null>;

export function teamsIdentity(store: Pick<Store, 'findStaffByOid' | 'upsertStaffIdentity'>): BotIdentity {
  return async (context) => {
    const tenantId = tenantOf(context);
    const oid = context.activity.from?.aadObjectId;
    if (!tenantId || !oid) return null;
    let staff = await store.findStaffByOid(tenantId, oid);
    if (!staff) {
      const member = await TeamsInfo.getMember(context, context.activity.from.id).catch(() => null);
      const email = member?.userPrincipalName ?? member?.email;
      if (!email) return null;
      staff = await store.upsertStaffIdentity(tenantId, { oid, email, name: member?.name ?? email, sectionId: null });
    }
    return toActor(tenantId, staff);
  };
}

/**
 * Demo: the user is found by object id as in production (a seeded colleague's fake oid, see
 * demo-directory.ts); a row provisioned without one is found by its id, which stands in for it;
 * anyone else talking to the bot (the Agents Playground's user) is the demo user.
 */
export function demoBotIdentity(options: {
  store: Pick<Store, 'findStaffByEmail' | 'findStaffByOid' | 'listStaff'>;
  tenantId: string;
  defaultEmail: string;
}): BotIdentity {
  return async (context) => {
    const oid = context.activity.from?.aadObjectId?.toLowerCase();
    const known = oid && UUID.test(oid) ? await byObjectId(options, oid) : undefined;
    const staff = known ?? (await options.store.findStaffByEmail(options.tenantId, options.defaultEmail));
    return staff ? toActor(options.tenantId, staff) : null;
  };
}

async function byObjectId(options: { store: Pick<Store, 'findStaffByOid' | 'listStaff'>; tenantId: string }, oid: string): Promise<Staff | undefined> {
  return (await options.store.findStaffByOid(options.tenantId, oid)) ?? (await options.store.listStaff(options.tenantId, [oid]))[0];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function toActor(tenantId: string, staff: Staff): Actor {
  return { tenantId, staffId: staff.id, name: staff.name, email: staff.email, sectionId: staff.sectionId, isAdmin: staff.isAdmin };
}
