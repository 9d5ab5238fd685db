/** The unified manifest's ids (app, bot, webApplicationInfo) and version against the package configuration. */
import type { PackageConfig } from '../package-config.js';
import { sameId } from './json.js';
import type { UnifiedManifest } from './unified-manifest.js';

export function idErrors(m: UnifiedManifest, config: PackageConfig): string[] {
  const errors: string[] = [];
  if (!sameId(m.id, config.teamsAppId))
    errors.push(`manifest.json /id: ${m.id ?? '(none)'} is not the configured TEAMS_APP_ID ${config.teamsAppId}`);
  if (m.version !== config.version)
    errors.push(`manifest.json /version: ${m.version ?? '(none)'} is not the app version ${config.version}`);
  if (!m.bots?.length) errors.push('manifest.json /bots: the bot is missing');
  (m.bots ?? []).forEach((bot, i) => {
    if (!sameId(bot.botId, config.botAppId))
      errors.push(
        `manifest.json /bots/${i}/botId: ${bot.botId ?? '(none)'} is not the configured BOT_APP_ID ${config.botAppId}`,
      );
  });
  (m.composeExtensions ?? []).forEach((extension, i) => {
    if (!sameId(extension.botId, config.botAppId)) {
      errors.push(
        `manifest.json /composeExtensions/${i}/botId: ${extension.botId ?? '(none)'} is not the configured BOT_APP_ID ${config.botAppId}`,
      );
    }
  });
  const app = m.webApplicationInfo;
  if (!app) errors.push('manifest.json /webApplicationInfo: missing (Teams SSO and Outlook sign-in need it)');
  else {
    if (!sameId(app.id, config.clientId))
      errors.push(
        `manifest.json /webApplicationInfo/id: ${app.id ?? '(none)'} is not the configured ENTRA_CLIENT_ID ${config.clientId}`,
      );
    if (app.resource !== config.appIdUri) {
      errors.push(
        `manifest.json /webApplicationInfo/resource: ${app.resource ?? '(none)'} is not the configured ENTRA_APP_ID_URI ${config.appIdUri}`,
      );
    }
  }
  // Teams tab SSO accepts only api://<fully qualified domain of the tab>/<client id>.
  const expectedUri = `api://${config.publicHost}/${config.clientId}`;
  if (config.appIdUri.toLowerCase() !== expectedUri.toLowerCase()) {
    errors.push(
      `ENTRA_APP_ID_URI: ${config.appIdUri} must be ${expectedUri} (Teams SSO needs api://<public host>/<client id>, the same URI the API exposes)`,
    );
  }
  return errors;
}
