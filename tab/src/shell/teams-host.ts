/**
 * The only file that touches Microsoft Teams (@microsoft/teams-js). Everything else takes a
 * `TeamsHost` and runs the same inside Teams and in a plain browser.
 *
 * Inside Teams: `app.initialize()` raced against a short timeout, the context (theme, locale,
 * sub-page id for deep links, channel), and the SSO token from `authentication.getAuthToken`, also
 * timeout-guarded. Outside Teams (demo, tests, a plain browser) the tab runs standalone and never
 * waits on teams-js: the theme, language, section and conversation come from the address.
 *
 * teams-js is loaded on demand, and only where Teams can be the host (the page is framed, or a
 * Teams mobile web view): a plain browser tab neither downloads nor waits for it. The SDK is typed
 * by the few members used here, so tests drive this module with a fake.
 */
import { standaloneSettings, themeName, withTimeout, type ThemeName } from './host-logic.js';

/** The members of teams-js v2 this tab uses. */
export interface TeamsSdk {
  app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    getContext(): Promise<TeamsContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess(): unknown;
  };
  authentication: {
    getAuthToken(request?: { claims?: string[]; silent?: boolean }): Promise<string>;
  };
  pages?: {
    config: {
      setValidityState(valid: boolean): void;
      registerOnSaveHandler(
        handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void,
      ): void;
      setConfig(config: {
        contentUrl: string;
        websiteUrl?: string;
        entityId?: string;
        suggestedDisplayName?: string;
      }): Promise<void>;
    };
  };
}

/** The parts of teams-js's `app.Context` read here. */
export interface TeamsContext {
  app?: { locale?: string; theme?: string };
  page?: { id?: string; subPageId?: string; frameContext?: string };
  channel?: { id?: string; displayName?: string };
  team?: { internalId?: string; groupId?: string; displayName?: string };
}

export interface HostContext {
  /** 'teams' once teams-js initialized; 'standalone' in a plain browser. */
  kind: 'teams' | 'standalone';
  theme: ThemeName;
  locale: string | null;
  /** Teams deep links carry "company:<id>" here (subEntityId before teams-js v2). */
  subPageId: string | null;
  /** 'content', or 'settings' while a channel tab is being configured; null standalone. */
  frameContext: string | null;
  /** The channel tab's channel: its id is the conversation id the alert subscriptions use. */
  channel: { conversationId: string; name: string | null; teamId: string | null } | null;
  /** The section the channel tab was configured for (`?section=` on its content URL). */
  section: string | null;
}

/** What a channel tab's configuration saves: the section whose vacancies it shows. */
export interface ChannelTabConfig {
  sectionId: string;
  sectionName: string;
}

export interface TeamsHost {
  /** Never rejects: resolves standalone when teams-js is missing, fails or does not answer in time. */
  start(): Promise<HostContext>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** The Teams SSO token for the service (rejects standalone and on timeout). */
  getAuthToken(request?: { claims?: string }): Promise<string>;
  /** Channel tab configuration (Teams' settings frame): what Save stores; null disables Save. */
  setChannelTabConfig(config: ChannelTabConfig | null): void;
}

/** A host call failed; the message is safe to show. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

export const INIT_TIMEOUT_MS = 3_000;
export const TOKEN_TIMEOUT_MS = 15_000;

type Scope = { microsoftTeams?: Partial<TeamsSdk>; parent?: unknown; opener?: unknown; nativeInterface?: unknown };

/**
 * teams-js where Teams may be the host, else null (standalone, nothing loaded). A page that already
 * has teams-js as the UMD global `microsoftTeams` (MicrosoftTeams.min.js, or a test's stand-in) uses that.
 */
export async function loadTeamsSdk(
  scope: object = globalThis,
  importSdk: () => Promise<TeamsSdk> = async () => await import('./teams-sdk.js'),
): Promise<TeamsSdk | null> {
  const page = scope as Scope;
  const global = page.microsoftTeams;
  if (typeof global?.app?.initialize === 'function' && typeof global.authentication?.getAuthToken === 'function')
    return global as TeamsSdk;
  if (global !== undefined) return null;
  const framed = page.parent !== undefined && page.parent !== scope;
  const teamsWebView = page.nativeInterface !== undefined || (page.opener !== undefined && page.opener !== null);
  return framed || teamsWebView ? importSdk() : null;
}

export function createTeamsHost(
  options: {
    loadSdk?: () => Promise<TeamsSdk | null>;
    location?: { search: string; origin: string };
    navigatorLanguage?: string | null;
    initTimeoutMs?: number;
    tokenTimeoutMs?: number;
  } = {},
): TeamsHost {
  const loadSdk = options.loadSdk ?? (() => loadTeamsSdk());
  const browser = globalThis as { location?: { search: string; origin: string }; navigator?: { language?: string } };
  const where = options.location ?? browser.location ?? { search: '', origin: '' };
  const language =
    options.navigatorLanguage === undefined ? (browser.navigator?.language ?? null) : options.navigatorLanguage;
  const initTimeout = options.initTimeoutMs ?? INIT_TIMEOUT_MS;
  const tokenTimeout = options.tokenTimeoutMs ?? TOKEN_TIMEOUT_MS;
  const url = standaloneSettings(where.search, language);

  let teams: TeamsSdk | null = null;
  let channelConfig: ChannelTabConfig | null = null;
  let saveHandlerRegistered = false;
  const themeHandlers: ((theme: ThemeName) => void)[] = [];

  const standalone = (): HostContext => ({
    kind: 'standalone',
    theme: url.theme,
    locale: url.locale,
    subPageId: null,
    frameContext: null,
    channel: url.conversationId ? { conversationId: url.conversationId, name: null, teamId: null } : null,
    section: url.section,
  });

  async function startInTeams(sdk: TeamsSdk): Promise<HostContext> {
    await withTimeout(sdk.app.initialize(), initTimeout, 'Teams (app.initialize)');
    const context = await withTimeout(sdk.app.getContext(), initTimeout, 'Teams (app.getContext)');
    teams = sdk;
    sdk.app.registerOnThemeChangeHandler((theme) => {
      for (const handler of themeHandlers) handler(themeName(theme));
    });
    void Promise.resolve()
      .then(() => sdk.app.notifySuccess())
      .catch(() => undefined);
    const channelId = context.channel?.id?.trim();
    return {
      kind: 'teams',
      theme: themeName(context.app?.theme),
      locale: context.app?.locale ?? language,
      subPageId: context.page?.subPageId?.trim() || null,
      frameContext: context.page?.frameContext ?? 'content',
      channel: channelId
        ? {
            conversationId: channelId,
            name: context.channel?.displayName ?? null,
            teamId: context.team?.groupId ?? context.team?.internalId ?? null,
          }
        : null,
      section: url.section,
    };
  }

  return {
    async start() {
      let sdk: TeamsSdk | null = null;
      try {
        sdk = await loadSdk();
      } catch {
        sdk = null;
      }
      if (!sdk) return standalone();
      try {
        return await startInTeams(sdk);
      } catch {
        // Top level outside Teams initialize rejects at once; in a foreign frame it would hang: both mean standalone.
        return standalone();
      }
    },
    onThemeChange(handler) {
      themeHandlers.push(handler);
    },
    async getAuthToken(request = {}) {
      if (!teams) throw new HostError('Not running inside Microsoft Teams.');
      try {
        return await withTimeout(
          teams.authentication.getAuthToken(request.claims ? { claims: [request.claims] } : {}),
          tokenTimeout,
          'Teams (authentication.getAuthToken)',
        );
      } catch (error) {
        const message = (error as { message?: unknown } | null)?.message;
        throw new HostError(typeof message === 'string' && message ? message : String(error));
      }
    },
    setChannelTabConfig(config) {
      channelConfig = config;
      const pages = teams?.pages?.config;
      if (!pages) return;
      if (!saveHandlerRegistered) {
        saveHandlerRegistered = true;
        pages.registerOnSaveHandler((event) => {
          const chosen = channelConfig;
          if (!chosen) {
            event.notifyFailure('No section chosen');
            return;
          }
          const contentUrl = `${where.origin}/tab/?section=${encodeURIComponent(chosen.sectionId)}#/channel`;
          pages
            .setConfig({
              contentUrl,
              websiteUrl: contentUrl,
              entityId: `channel-${chosen.sectionId}`,
              suggestedDisplayName: `Kontaktspor – ${chosen.sectionName}`,
            })
            .then(
              () => event.notifySuccess(),
              (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
            );
        });
      }
      pages.setValidityState(config !== null);
    },
  };
}
