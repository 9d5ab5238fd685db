/** Function commands (commands.html): binds the ribbon's logToKontaktspor. No React, no Fluent. */
import { createApi } from './api.js';
import { createAuth } from './auth.js';
import { readClientConfig } from './client-config.js';
import { pickLanguage, stringsFor } from './i18n.js';
import { createOfficeHost, type CommandEvent } from './office-host.js';
import { runQuickAction } from './quick-action.js';

const host = createOfficeHost();
const config = readClientConfig();

async function logToKontaktspor(event: CommandEvent): Promise<void> {
  try {
    await host.ready();
    const lang = pickLanguage(host.displayLanguage());
    if (!config) {
      await host.notify('error', stringsFor(lang).quick.failed(stringsFor(lang).errors.CONFIG));
      return;
    }
    await runQuickAction({ host, api: createApi({ auth: createAuth(config, host) }), lang });
  } finally {
    // Office keeps the command spinning until this is called, success or not.
    event.completed();
  }
}

// Bound at load, as Office expects: the command may fire as soon as this page has loaded.
host.associate('logToKontaktspor', (event) => void logToKontaktspor(event));
