/** Content-Security-Policy for each kind of response the service sends: API answers and each kind of page. */

/**
 * Who may frame the tab and the add-in: exactly Microsoft's documented hosts for Teams, Outlook and
 * Microsoft 365 ("Set Content Security Policy headers to allow Teams and any other host
 * applications of your app"), https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 * No wider wildcard: `*.microsoft.com` or `*.live.com` would let any page on those domains frame us.
 */
export const MICROSOFT_365_FRAME_ANCESTORS: readonly string[] = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** API answers: JSON needs nothing loaded, and nobody frames it. */
export const API_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The tab and the add-in pages (Vite builds: module scripts from this origin, a JSON data block,
 * styles put in by Fluent at run time). Scripts come from here and, for the add-in, office.js's
 * host. In demo mode our own pages frame them too (the Outlook stand-in; a test host page).
 */
export function hostedPagePolicy(options: { mode: 'demo' | 'production'; officeJsUrl: string | null }): string {
  const officeJsOrigin = options.officeJsUrl ? absoluteOrigin(options.officeJsUrl) : null;
  const ancestors =
    options.mode === 'demo' ? ["'self'", ...MICROSOFT_365_FRAME_ANCESTORS] : MICROSOFT_365_FRAME_ANCESTORS;
  return [
    `script-src 'self'${officeJsOrigin ? ` ${officeJsOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

/**
 * The server-rendered pages (landing, privacy, terms): no script at all, their one inline style
 * block, a `data:` icon. The landing page is never framed; the privacy statement and terms are
 * linked from the Teams app package, so Microsoft's hosts may show them.
 */
export function serverPagePolicy(framing: 'none' | 'microsoft-365'): string {
  const ancestors = framing === 'none' ? "'none'" : MICROSOFT_365_FRAME_ANCESTORS.join(' ');
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** `https://host[:port]` of an absolute URL; a relative one is this origin, already allowed. */
function absoluteOrigin(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return new URL(url).origin;
}
