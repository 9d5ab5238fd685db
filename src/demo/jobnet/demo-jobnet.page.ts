/**
 * Demo mode's stand-in for Jobnet for Arbejdsgivere: the STAR emulator's jobordrer, a button that
 * registers a new one as an employer would, and buttons that change a jobordre's status in Jobnet.
 * Plain server-rendered HTML with forms: no script runs on it.
 */
import type { JobordreDocument } from '../../adapters/star/star-documents.js';
import type { StarInboxStatus } from '../../ports/store.js';
import { escapeHtml } from '../../http/escape-html.js';

/** The status changes an employer or the jobcenter makes in Jobnet, as the page offers them. */
export const JOBNET_ACTIONS = [
  { key: 'afsluttetBesat', label: 'Besat' },
  { key: 'inaktiveret', label: 'Inaktivér' },
  { key: 'aktiv', label: 'Aktivér' },
  { key: 'annulleret', label: 'Annullér' },
] as const;
export type JobnetAction = (typeof JOBNET_ACTIONS)[number]['key'];

const STYLE = `
  body { margin: 0; background: #f5f5f5; color: #242424; line-height: 1.45;
    font-family: "Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
  main { max-width: 64rem; margin: 1.5rem auto; padding: 1rem 1.5rem; background: #fff; border-radius: 8px;
    box-shadow: 0 0 2px rgba(0,0,0,.12), 0 2px 4px rgba(0,0,0,.14); }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; } .en { color: #616161; font-size: .875rem; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; font-size: .875rem; }
  th, td { text-align: left; padding: .375rem .5rem; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
  form { display: inline; } button { font: inherit; padding: .25rem .75rem; margin: 0 .25rem .25rem 0; cursor: pointer;
    border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; }
  button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
  .inbox { background: #f0f6ff; border: 1px solid #b4d6fa; border-radius: 4px; padding: .5rem 1rem; margin: 1rem 0; }
`;

export function renderJobnetPage(view: { jobordrer: readonly JobordreDocument[]; inbox: StarInboxStatus }): string {
  const rows = view.jobordrer
    .map(
      (jobordre) => `
      <tr data-jobordre="${escapeHtml(jobordre.jobordreIdentifier)}">
        <td>${escapeHtml(jobordre.stillingsbetegnelse)}<br><small>${escapeHtml(jobordre.jobordreIdentifier)}</small></td>
        <td>${escapeHtml(jobordre.virksomhed.navn ?? '')}<br><small>CVR ${escapeHtml(jobordre.virksomhed.cvrNummer ?? '–')}</small></td>
        <td>${escapeHtml(jobordre.jobordretype.navn)}</td>
        <td>${jobordre.antalStillinger}</td>
        <td data-status>${escapeHtml(jobordre.jobordrestatus.navn)}</td>
        <td>${JOBNET_ACTIONS.map(
          (action) =>
            `<form method="post" action="/dev/jobnet/jobordrer/${encodeURIComponent(jobordre.jobordreIdentifier)}/status">` +
            `<input type="hidden" name="status" value="${action.key}"><button type="submit">${action.label}</button></form>`,
        ).join('')}</td>
      </tr>`,
    )
    .join('');
  const inbox = view.inbox;
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jobnet for Arbejdsgivere (demo)</title><style>${STYLE}</style></head>
<body><main>
  <h1>Jobnet for Arbejdsgivere (demo)</h1>
  <p class="en">A stand-in for Jobnet: each change is sent by the local STAR emulator to Kontaktspor as a WSB message over mutual TLS.</p>
  <form method="post" action="/dev/jobnet/jobordrer"><button class="primary" type="submit" data-testid="publish">Opret jobordre</button></form>
  <div class="inbox" role="status" data-testid="inbox">Kontaktspors indbakke fra STAR: ${inbox.done} behandlet ·
    ${inbox.queued} i kø · ${inbox.skipped} sprunget over · ${inbox.dead} fejlet</div>
  <table><thead><tr><th>Stilling</th><th>Virksomhed</th><th>Type</th><th>Antal</th><th>Status i Jobnet</th><th></th></tr></thead>
  <tbody>${rows || '<tr><td colspan="6">Ingen jobordrer endnu.</td></tr>'}</tbody></table>
</main></body></html>`;
}
