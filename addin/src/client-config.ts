import type { ClientConfig } from './api-types.js';
import { parseClientConfig } from './pane-logic.js';

/** The config the server injected as <script type="application/json" id="kontaktspor-config">; null if absent. */
export function readClientConfig(doc: Document = document): ClientConfig | null {
  return parseClientConfig(doc.getElementById('kontaktspor-config')?.textContent);
}
