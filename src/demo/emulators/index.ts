/**
 * Starts the local emulators together: one certificate, the identity emulator (with the demo app
 * registered) and the Graph emulator (with the demo mailboxes when a seed is given). Tests and demo
 * mode (`npm start`) use the same code.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../config.js';
import type { SeedData } from '../seed-data.js';
import { demoMailboxes } from './demo-mailboxes.js';
import { demoSharedMailbox } from './demo-mailboxes/shared-mailbox.js';
import { createDevTls, type DevTls } from './dev-tls.js';
import { startGraphEmulator, type GraphEmulator } from './graph-emulator.js';
import { startIdentityEmulator, type IdentityEmulator } from './identity-emulator.js';

export type { DevTls } from './dev-tls.js';
export type { GraphEmulator } from './graph-emulator.js';
export type { IdentityEmulator } from './identity-emulator.js';

/** The demo app registration in the identity emulator (our API and the Graph client in one). */
export const DEMO_CLIENT_ID = '6b1f3e2a-9c4d-4e8f-a1b2-c3d4e5f6a7b8';

export interface Emulators {
  tls: DevTls;
  identity: IdentityEmulator;
  graph: GraphEmulator;
  tenantId: string;
  /** Registered in `identity`; the secret is new on every start. */
  app: { clientId: string; clientSecret: string; appIdUri: string };
  close(): Promise<void>;
}

export async function startEmulators(
  options: {
    seed?: SeedData;
    now?: Date;
    tenantId?: string;
    identityPort?: number;
    graphPort?: number;
  } = {},
): Promise<Emulators> {
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const tls = await createDevTls();
  const identity = await startIdentityEmulator({
    tls,
    ...(options.identityPort === undefined ? {} : { port: options.identityPort }),
  });
  let graph: GraphEmulator;
  try {
    graph = await startGraphEmulator({
      tls,
      identity,
      ...(options.graphPort === undefined ? {} : { port: options.graphPort }),
    });
  } catch (error) {
    await identity.close();
    throw error;
  }
  const app = {
    clientId: DEMO_CLIENT_ID,
    clientSecret: randomBytes(24).toString('base64url'),
    appIdUri: `api://localhost/${DEMO_CLIENT_ID}`,
  };
  identity.registerApp({ tenantId, ...app, displayName: 'Kontaktspor (demo)' });
  if (options.seed) {
    const now = options.now ?? new Date();
    for (const mailbox of [...demoMailboxes(options.seed, now), demoSharedMailbox(options.seed, now)]) {
      graph.addMailbox(mailbox.user, { messages: mailbox.messages, events: mailbox.events });
    }
  }
  return {
    tls,
    identity,
    graph,
    tenantId,
    app,
    close: async () => {
      await Promise.allSettled([graph.close(), identity.close()]);
    },
  };
}
