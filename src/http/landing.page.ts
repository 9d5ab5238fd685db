/** The page the service answers at `/`: what this is and where the front ends live. Self-contained. */
import { escapeHtml } from './escape-html.js';

const STYLE = `
  body { margin: 0; background: #f5f5f5; color: #242424; line-height: 1.5;
    font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
  main { max-width: 42rem; margin: 2rem auto; padding: 1.5rem 2rem; background: #fff; border-radius: 8px;
    box-shadow: 0 0 2px rgba(0,0,0,.12), 0 2px 4px rgba(0,0,0,.14); }
  h1 { font-size: 1.75rem; font-weight: 600; margin: 0 0 .5rem; }
  h2 { font-size: 1.125rem; font-weight: 600; margin: 1.5rem 0 .25rem; }
  p { margin: .5rem 0; }
  .en { color: #616161; font-size: .875rem; margin-top: 0; }
  a { color: #0f6cbd; } a:hover { color: #115ea3; }
  code { font-family: Consolas, "Courier New", monospace; background: #f0f0f0; padding: 0 .25rem; border-radius: 4px; }
  ul { padding-left: 1.25rem; }
  .notice { background: #fff9f5; border: 1px solid #fdcfb4; border-radius: 4px; padding: .5rem 1rem; }
  footer { color: #616161; font-size: .75rem; margin-top: 1.5rem; }
`;

/** `origin`: where the caller reached us (`http://127.0.0.1:3978`), so the page names this instance's address. */
export function renderLandingPage(options: { demo: boolean; version: string; origin: string }): string {
  const messages = `${escapeHtml(options.origin)}/api/messages`;
  const demo = options.demo
    ? `
  <section class="notice" role="note">
    <p><strong>Demo-tilstand: fiktive data, demo-bruger.</strong>
      Anmodninger uden token gælder demo-brugeren; send headeren <code>X-Demo-User: &lt;e-mailadresse&gt;</code>
      for at optræde som en anden af de seedede medarbejdere.</p>
    <p class="en">Demo mode: fictitious data, demo user. Requests without a token act as the demo user; send the
      <code>X-Demo-User: &lt;email&gt;</code> header to act as another seeded staff member.</p>
    <p>Demo-sider: <a href="/dev/outlook">Outlook med Kontaktspor-ruden</a> ·
      <a href="/dev/jobnet">Jobnet for Arbejdsgivere (jobordrer fra STAR)</a></p>
    <p class="en">Demo pages: Outlook with the Kontaktspor pane, and a Jobnet stand-in whose jobordrer reach
      Kontaktspor as STAR's messages.</p>
  </section>`
    : '';

  return `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Kontaktspor</title>
  <style>${STYLE}</style>
</head>
<body>
<main>
  <h1>Kontaktspor</h1>
  <p>Kontaktspor samler jobcentrets kontakter med virksomheder – e-mails, møder, opkald og jobordrer – i én fælles
    historik pr. virksomhed. Historikken vises direkte i Outlook og Teams, hvor medarbejderne allerede arbejder.</p>
  <p class="en">Kontaktspor keeps one shared employer-contact history per company and shows it inside Outlook and Teams.</p>
${demo}
  <h2>Indgange</h2>
  <ul>
    <li><a href="/tab/">Teams-fanen</a> <span class="en">– the Teams tab</span></li>
    <li><a href="/addin/">Outlook-tilføjelsens rude</a> <span class="en">– the Outlook add-in task pane</span></li>
    <li><a href="/api/openapi.json">API-beskrivelse (OpenAPI)</a> <span class="en">– the API description</span></li>
  </ul>

  <h2>Botten</h2>
  <p>Teams-botten svarer på <code>${messages}</code>: spørg den fx <code>historik Østergaard Byg</code> i den
    personlige chat, eller abonnér en sektionskanal på nye jobordrer med <code>@Kontaktspor abonner</code>.
    I demo-tilstand kan Microsoft 365 Agents Playground pege på den adresse (<code>npm run playground</code>).</p>
  <p class="en">The Teams bot answers at <code>${messages}</code>; in demo mode, <code>npm run playground</code>
    points Microsoft 365 Agents Playground at it.</p>

  <footer>Kontaktspor ${escapeHtml(options.version)}</footer>
</main>
</body>
</html>
`;
}
