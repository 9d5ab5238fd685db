/** Function commands (commands.html): binds the ribbon's logToKontaktspor. No React, no Fluent. */
import { createApi } from './api.js';
import { createAuth } from './auth.js';
import { readClientConfig } from '../../web-shared/client-config.js';
import { pickLanguage } from '../../web-shared/lang.js';
import { stringsFor } from './i18n.js';
import { createOfficeHost, type CommandEvent } from './office-host.js';
import { runQuickAction } from './quick-action.js';

const host = createOfficeHost();

// Bound first, synchronously, as the module starts: Outlook may call the command as soon as this
// page has loaded, and an action not associated by then fails. Associating needs no Office.onReady;
// everything else (config, sign-in, the API) happens when the command runs.
host.associate('logToKontaktspor', (event) => void logToKontaktspor(event));

async function logToKontaktspor(event: CommandEvent): Promise<void> {
  try {
    await host.ready();
    const lang = pickLanguage(host.displayLanguage());
    const config = readClientConfig(document);
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
