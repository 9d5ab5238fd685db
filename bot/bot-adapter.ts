import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { BotConfig } from '../src/config.js';

/**
 * The Bot Framework adapter. With credentials it authenticates every incoming request (Bot
 * Framework JWT) and signs every reply, single-tenant. Without (demo mode, loopback only) both are
 * off, so the Agents Playground and the tests can talk to it locally.
 */
export function createBotAdapter(bot: BotConfig | null, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(bot ? settings(bot) : {});
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Log the failure's kind only: messages may quote what the user typed.
    logger.error({ type: error.name, activity: context.activity.type }, 'bot turn failed');
    await context.sendActivity('Noget gik galt hos Kontaktspor. Prøv igen om lidt. / Something went wrong; try again shortly.').catch(() => undefined);
  };
  return adapter;
}

function settings(bot: BotConfig): Record<string, string> {
  const base = { MicrosoftAppId: bot.appId, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: bot.tenantId };
  if (bot.credential.kind === 'password') return { ...base, MicrosoftAppPassword: bot.credential.password };
  const pem = readFileSync(bot.credential.path, 'utf8');
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKey = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate || !privateKey) throw new Error('BOT_CERTIFICATE_PATH must hold a PEM certificate and its private key.');
  return {
    ...base,
    CertificateThumbprint: new X509Certificate(certificate).fingerprint.replace(/:/g, ''),
    CertificatePrivateKey: privateKey,
  };
}
