import type { InteractionKind } from '../../../web-shared/api-types.js';
/**
 * The tab's hash routes as pure functions: `#/` search, `#/companies/<id>` with the timeline's filters,
 * `#/companies/new` (a company from the CVR register, or by hand without CVR),
 * `#/dashboard`, `#/channel` and `#/channel-config` (the channel tab's configuration page in Teams),
 * `#/privacy` (every user's own never-log list) and `#/admin` (admins).
 * Filters and the period live in the hash, so reload and Back keep them.
 */

export const INTERACTION_KINDS: readonly InteractionKind[] = ['email', 'meeting', 'call', 'visit', 'note'];

/** The timeline's filters; dates are calendar days 'YYYY-MM-DD' (both inclusive). */
export interface TimelineFilter {
  kind: InteractionKind | null;
  topic: string | null;
  staff: string | null;
  section: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTER: TimelineFilter = Object.freeze({
  kind: null,
  topic: null,
  staff: null,
  section: null,
  from: null,
  to: null,
});

export type Route =
  | { page: 'search'; q: string }
  | { page: 'company'; id: string; filter: TimelineFilter }
  | { page: 'new-company'; q: string; mode: NewCompanyMode }
  | { page: 'dashboard'; from: string | null; to: string | null; section: string | null }
  | { page: 'channel'; section: string | null }
  | { page: 'channel-config' }
  | { page: 'privacy' }
  | { page: 'admin' }
  | { page: 'not-found'; path: string };

/** "Ny virksomhed": look it up in the CVR register, or type it by hand without CVR. */
export type NewCompanyMode = 'register' | 'manual';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT_MAX = 60;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A real calendar day written 'YYYY-MM-DD' (1900 to 8999, as the service accepts). */
export function isCalendarDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === value &&
    value >= '1900-01-01' &&
    value < '9000-01-01'
  );
}

function shortText(value: string | null): string | null {
  const text = value?.trim();
  return text && text.length <= TEXT_MAX ? text : null;
}

export function parseFilter(params: URLSearchParams): TimelineFilter {
  const kind = params.get('kind');
  const staff = params.get('staff');
  const from = params.get('from');
  const to = params.get('to');
  return {
    kind: kind && (INTERACTION_KINDS as readonly string[]).includes(kind) ? (kind as InteractionKind) : null,
    topic: shortText(params.get('topic')),
    staff: staff && isUuid(staff) ? staff.toLowerCase() : null,
    section: shortText(params.get('section')),
    from: isCalendarDate(from) ? from : null,
    to: isCalendarDate(to) ? to : null,
  };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The route a location hash names; unknown paths are 'not-found', never an exception. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const cut = raw.indexOf('?');
  const path = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  if (path === '/' || path === '') return { page: 'search', q: params.get('q')?.slice(0, 200) ?? '' };
  if (path === '/companies/new')
    return {
      page: 'new-company',
      q: params.get('q')?.slice(0, 100) ?? '',
      mode: params.get('mode') === 'manual' ? 'manual' : 'register',
    };
  const company = /^\/companies\/([^/]+)$/.exec(path);
  if (company) {
    const id = decode(company[1]!);
    return isUuid(id)
      ? { page: 'company', id: id.toLowerCase(), filter: parseFilter(params) }
      : { page: 'not-found', path };
  }
  if (path === '/dashboard') {
    const from = params.get('from');
    const to = params.get('to');
    return {
      page: 'dashboard',
      from: isCalendarDate(from) ? from : null,
      to: isCalendarDate(to) ? to : null,
      section: shortText(params.get('section')),
    };
  }
  if (path === '/channel') return { page: 'channel', section: shortText(params.get('section')) };
  if (path === '/channel-config') return { page: 'channel-config' };
  if (path === '/privacy') return { page: 'privacy' };
  if (path === '/admin') return { page: 'admin' };
  return { page: 'not-found', path: path.slice(0, 100) };
}

function withQuery(path: string, values: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

/** The hash for a route (the inverse of parseHash). */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'search':
      return withQuery('/', { q: route.q.trim() || null });
    case 'company':
      return withQuery(`/companies/${encodeURIComponent(route.id)}`, { ...route.filter });
    case 'new-company':
      return withQuery('/companies/new', {
        q: route.q.trim() || null,
        mode: route.mode === 'manual' ? 'manual' : null,
      });
    case 'dashboard':
      return withQuery('/dashboard', { from: route.from, to: route.to, section: route.section });
    case 'channel':
      return withQuery('/channel', { section: route.section });
    case 'channel-config':
      return '#/channel-config';
    case 'privacy':
      return '#/privacy';
    case 'admin':
      return '#/admin';
    case 'not-found':
      return `#${route.path}`;
  }
}

export function companyRoute(id: string, filter: TimelineFilter = NO_FILTER): Route {
  return { page: 'company', id, filter };
}

/** The company a Teams sub-page id ("company:<id>", from a deep link) points to, or null. */
export function companyIdFromSubPage(subPageId: string | null | undefined): string | null {
  const match = /^company:([0-9a-f-]{36})$/i.exec(subPageId?.trim() ?? '');
  return match && isUuid(match[1]!) ? match[1]!.toLowerCase() : null;
}

/**
 * Where the tab opens. An address that names a page wins; a bare address opens the deep link's
 * company (Teams sub-page id), else the channel page in a channel, else the search.
 */
export function initialRoute(hash: string, host: { subPageId: string | null; channel: unknown | null }): Route {
  const route = parseHash(hash);
  const bare = route.page === 'search' && route.q === '';
  if (!bare) return route;
  const companyId = companyIdFromSubPage(host.subPageId);
  if (companyId) return companyRoute(companyId);
  if (host.channel) return { page: 'channel', section: null };
  return route;
}
