/**
 * The ribbon's "Log til Kontaktspor" without the pane: logs to the company when it is beyond doubt,
 * otherwise opens the pane so the user chooses. Always ends with a notification on the item.
 */
import type { KontaktsporApi } from './api.js';
import { stringsFor, type Lang } from './i18n.js';
import { HostError, type OfficeHost } from './office-host.js';
import { chooseAddresses } from './item-reading.js';
import { errorMessage, toPaneFailure } from './pane-failures.js';
import { decideQuickAction, quickActionMessage } from './quick-decision.js';

export type QuickOutcome = 'logged' | 'already-logged' | 'opened-pane' | 'no-item' | 'failed';

export async function runQuickAction(deps: {
  host: Pick<OfficeHost, 'readItem' | 'itemRef' | 'notify' | 'showAsTaskpane'>;
  api: Pick<KontaktsporApi, 'me' | 'context' | 'logItem'>;
  lang: Lang;
}): Promise<QuickOutcome> {
  const { host, api, lang } = deps;
  const t = stringsFor(lang);
  try {
    const [item, me] = await Promise.all([host.readItem(), api.me()]);
    if (!item) {
      await host.notify('error', t.quick.failed(t.noItem));
      return 'no-item';
    }
    const addresses = chooseAddresses(item, me.email);
    const decision =
      addresses.length > 0 ? decideQuickAction(await api.context(addresses, item.internetMessageId)) : null;
    if (!decision || decision.kind === 'open-pane') {
      await host.notify('info', t.quick.choose);
      await host.showAsTaskpane();
      return 'opened-pane';
    }
    const ref = await host.itemRef({ save: true });
    if (!ref) throw new HostError('no item id');
    // No topics and the service's default visibility: the quick action asks nothing.
    const result = await api.logItem(item.kind, { ...ref, companyId: decision.companyId, topics: [] });
    await host.notify('info', quickActionMessage(result, decision.company, lang));
    return result.status === 'logged' ? 'logged' : 'already-logged';
  } catch (error) {
    await host.notify('error', t.quick.failed(errorMessage(toPaneFailure(error), lang)));
    return 'failed';
  }
}
