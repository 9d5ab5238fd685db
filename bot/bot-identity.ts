import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../src/ports/store.js';
import type { Actor } from '../src/domain/model.js';
import { actorOf, findDemoStaff, identifyStaff, type StaffIdentity } from '../src/app/identify-staff.js';

/** The tenant an activity comes from, as Teams states it. */
export function tenantOf(context: TurnContext): string | null {
  const activity = context.activity;
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const tenant = activity.conversation?.tenantId ?? channelData?.tenant?.id;
  return tenant ? tenant.toLowerCase() : null;
}

/**
 * Who is asking: the Teams user (tenant + Entra object id) as a staff member. A user seen for the
 * first time is looked up in Teams for name and email and gets a staff row.
 */
export type BotIdentity = (context: TurnContext) => Promise<Actor | null>;

export function teamsIdentity(
  store: Pick<Store, 'findStaffByOid' | 'upsertStaffIdentity'>,
  logger?: Pick<Logger, 'warn'>,
): BotIdentity {
  return async (context) => {
    const tenantId = tenantOf(context);
    const oid = context.activity.from?.aadObjectId;
    if (!tenantId || !oid) return null;
    return identifyStaff({ store }, tenantId, oid, () => teamsMember(context, logger));
  };
}

/**
 * A newcomer's name and email from Teams. The rule: a user Teams cannot tell us about is not let in
 * (the bot answers FORBIDDEN and they may ask again), so a failed lookup is no answer; it is logged
 * with its kind (never the member's data), so a Teams outage or a missing permission shows.
 */
async function teamsMember(
  context: TurnContext,
  logger: Pick<Logger, 'warn'> | undefined,
): Promise<StaffIdentity | null> {
  let member: Awaited<ReturnType<typeof TeamsInfo.getMember>>;
  try {
    member = await TeamsInfo.getMember(context, context.activity.from.id);
  } catch (error) {
    const log = { code: 'TEAMS_MEMBER_UNAVAILABLE', type: (error as Error).name };
    logger?.warn(log, 'Teams member lookup failed: user not let in');
    return null;
  }
  const email = member?.userPrincipalName ?? member?.email;
  return email ? { email, name: member?.name ?? email, sectionId: null } : null;
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
    const who = { oid: oid && UUID.test(oid) ? oid : undefined, email: options.defaultEmail };
    const staff = await findDemoStaff(options, options.tenantId, who);
    return staff ? actorOf(options.tenantId, staff) : null;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
