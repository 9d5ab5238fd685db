import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import {
  ActivityEventNames,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { BotConfig } from '../src/config.js';

export const BOT_ERROR_REPLY =
  'Noget gik galt hos Kontaktspor. Prøv igen om lidt. / Something went wrong; try again shortly.';

/**
 * The Bot Framework adapter, one per process: the bot endpoint and every proactive sender (alerts,
 * tag notices) use this same configuration. With credentials it authenticates every incoming
 * request (Bot Framework JWT) and signs every reply, single-tenant. Without (demo mode, loopback
 * only) both are off, so the Agents Playground and the tests can talk to it locally.
 */
export function createBotAdapter(bot: BotConfig | null, logger: Logger): KontaktsporAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(bot ? settings(bot) : {});
  const adapter = new KontaktsporAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // A proactive turn (alert post, tag notice) has no user to answer: its sender decides whether
    // to retry or dead-letter, so the error goes back to it, and nothing is written into the chat.
    if (isProactiveTurn(context)) throw error;
    // Log the failure's kind only: messages may quote what the user typed.
    logger.error({ type: error.name, activity: context.activity.type }, 'bot turn failed');
    await context.sendActivity(BOT_ERROR_REPLY).catch((replyError: Error) => {
      logger.warn({ type: replyError.name }, 'bot error reply could not be sent');
    });
  };
  return adapter;
}

/**
 * CloudAdapter with its activity processing open to the bot endpoint: CloudAdapter.process answers
 * bad input with 500 and its own text bodies, so the endpoint validates and answers instead.
 */
export class KontaktsporAdapter extends CloudAdapter {
  /** Authenticates the request's Bot Framework token (none in demo mode) and runs the turn. */
  runActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** The turn CloudAdapter.continueConversationAsync runs: an event named ContinueConversation. */
export function isProactiveTurn(context: TurnContext): boolean {
  return (
    context.activity.type === ActivityTypes.Event && context.activity.name === ActivityEventNames.ContinueConversation
  );
}

function settings(bot: BotConfig): Record<string, string> {
  const base = { MicrosoftAppId: bot.appId, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: bot.tenantId };
  if (bot.credential.kind === 'password') return { ...base, MicrosoftAppPassword: bot.credential.password };
  const pem = readFileSync(bot.credential.path, 'utf8');
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKey = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate || !privateKey)
    throw new Error('BOT_CERTIFICATE_PATH must hold a PEM certificate and its private key.');
  return {
    ...base,
    CertificateThumbprint: new X509Certificate(certificate).fingerprint.replace(/:/g, ''),
    CertificatePrivateKey: privateKey,
  };
}
