/**
 * Teams deep links to a company page in the personal tab "Virksomheder". The tab reads the
 * sub-entity id ("company:<id>") from its context and opens that company.
 */
export const COMPANIES_TAB_ENTITY_ID = 'companies';

export function companyDeepLink(options: {
  teamsAppId: string;
  publicUrl: string;
  companyId: string;
  label: string;
}): string {
  const context = JSON.stringify({ subEntityId: `company:${options.companyId}` });
  const webUrl = `${options.publicUrl}/tab/#/companies/${options.companyId}`;
  const query = new URLSearchParams({ webUrl, label: options.label, context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/${COMPANIES_TAB_ENTITY_ID}?${query.toString()}`;
}

/** The company id in a deep link or a tab URL, or null. */
export function companyIdFromLink(url: string): string | null {
  const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return null;
  }
  const match = new RegExp(`(?:company:|/companies/)${uuid}`, 'i').exec(decoded);
  return match ? match[1]!.toLowerCase() : null;
}
