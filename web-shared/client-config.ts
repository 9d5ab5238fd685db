/** The config the server puts into each front end's page, read the same way by the tab and the add-in. */

/** What the server puts into the page as #kontaktspor-config (see src/http/front-end-pages.ts). */
export interface ClientConfig {
  mode: 'demo' | 'production';
  auth: { clientId: string; apiScope: string; authority: string } | null;
}

/** The config the server put into the page; null when it is missing or malformed. */
export function parseClientConfig(text: string | null | undefined): ClientConfig | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { mode, auth } = raw as { mode?: unknown; auth?: unknown };
  if (mode === 'demo') return { mode, auth: null };
  if (mode !== 'production' || typeof auth !== 'object' || auth === null) return null;
  const { clientId, apiScope, authority } = auth as Record<string, unknown>;
  if (typeof clientId !== 'string' || typeof apiScope !== 'string' || typeof authority !== 'string') return null;
  if (!clientId || !apiScope || !authority) return null;
  return { mode, auth: { clientId, apiScope, authority } };
}

/** Where the page keeps it: the document (typed by shape, so this file needs no DOM typings). */
interface ConfigPage {
  getElementById(id: string): { textContent: string | null } | null;
}

/** The config the server injected as <script type="application/json" id="kontaktspor-config">; null if absent. */
export function readClientConfig(doc: ConfigPage): ClientConfig | null {
  return parseClientConfig(doc.getElementById('kontaktspor-config')?.textContent);
}
