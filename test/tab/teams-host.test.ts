import assert from 'node:assert/strict';
import {
  HostError,
  createTeamsHost,
  loadTeamsSdk,
  type TeamsContext,
  type TeamsSdk,
} from '../../tab/src/shell/teams-host.js';

const LOCATION = { search: '?section=virksomhedsservice', origin: 'https://kontaktspor.example' };

/** teams-js as Teams shapes it, recording calls; each behaviour can hang, fail or answer. */
function fakeTeams(
  options: {
    initialize?: 'ok' | 'hang' | 'reject';
    context?: TeamsContext;
    token?: 'ok' | 'hang' | 'reject';
    withPages?: boolean;
  } = {},
) {
  const calls = {
    initialize: 0,
    notifySuccess: 0,
    tokenRequests: [] as unknown[],
    validity: [] as boolean[],
    configs: [] as unknown[],
  };
  let themeHandler: ((theme: string) => void) | null = null;
  let saveHandler: ((event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void) | null = null;
  const sdk: TeamsSdk = {
    app: {
      initialize: () => {
        calls.initialize++;
        if (options.initialize === 'hang') return new Promise(() => undefined);
        if (options.initialize === 'reject') return Promise.reject(new Error('No Parent window found'));
        return Promise.resolve();
      },
      getContext: async () => options.context ?? {},
      registerOnThemeChangeHandler: (handler) => void (themeHandler = handler),
      notifySuccess: () => void calls.notifySuccess++,
    },
    authentication: {
      getAuthToken: (request) => {
        calls.tokenRequests.push(request);
        if (options.token === 'hang') return new Promise(() => undefined);
        if (options.token === 'reject') return Promise.reject(new Error('resourceRequiresConsent'));
        return Promise.resolve('teams-sso-token');
      },
    },
    ...(options.withPages
      ? {
          pages: {
            config: {
              setValidityState: (valid: boolean) => void calls.validity.push(valid),
              registerOnSaveHandler: (handler) => void (saveHandler = handler),
              setConfig: async (config) => void calls.configs.push(config),
            },
          },
        }
      : {}),
  };
  return {
    sdk,
    calls,
    changeTheme: (theme: string) => themeHandler?.(theme),
    save: (event: Parameters<NonNullable<typeof saveHandler>>[0]) => saveHandler?.(event),
  };
}

const hostWith = (sdk: TeamsSdk | null, extra: Parameters<typeof createTeamsHost>[0] = {}) =>
  createTeamsHost({
    loadSdk: async () => sdk,
    location: LOCATION,
    navigatorLanguage: 'da-DK',
    initTimeoutMs: 40,
    tokenTimeoutMs: 40,
    ...extra,
  });

describe('Teams host (tab/src/teams-host.ts)', () => {
  it('when teams-js is not on the page, then the tab starts standalone at once with the address settings', async () => {
    const started = Date.now();
    const context = await createTeamsHost({
      loadSdk: async () => null,
      location: { search: '?theme=contrast&lang=en&conversationId=19:c@thread.tacv2', origin: 'http://127.0.0.1' },
      navigatorLanguage: 'da-DK',
    }).start();
    assert.ok(Date.now() - started < 100, 'no waiting on teams-js');
    assert.deepEqual(context, {
      kind: 'standalone',
      theme: 'contrast',
      locale: 'en',
      subPageId: null,
      frameContext: null,
      channel: { conversationId: '19:c@thread.tacv2', name: null, teamId: null },
      section: null,
    });
  });

  it('when app.initialize hangs (a foreign frame), then the tab goes standalone after the short timeout', async () => {
    const { sdk } = fakeTeams({ initialize: 'hang' });
    const started = Date.now();
    const context = await hostWith(sdk).start();
    assert.equal(context.kind, 'standalone');
    assert.ok(Date.now() - started < 1_000);
  });

  it('when app.initialize rejects (top level outside Teams), then standalone', async () => {
    const { sdk } = fakeTeams({ initialize: 'reject' });
    assert.equal((await hostWith(sdk).start()).kind, 'standalone');
  });

  it('when Teams answers, then its theme, locale, deep-link sub-page and channel are used and the loading indicator is released', async () => {
    const { sdk, calls } = fakeTeams({
      context: {
        app: { theme: 'dark', locale: 'en-us' },
        page: { id: 'companies', subPageId: 'company:6f1c2b1e-1111-4222-8333-944455556666', frameContext: 'content' },
        channel: { id: '19:abc@thread.tacv2', displayName: 'Virksomhedsservice' },
        team: { groupId: 'group-1' },
      },
    });
    const context = await hostWith(sdk).start();
    assert.deepEqual(context, {
      kind: 'teams',
      theme: 'dark',
      locale: 'en-us',
      subPageId: 'company:6f1c2b1e-1111-4222-8333-944455556666',
      frameContext: 'content',
      channel: { conversationId: '19:abc@thread.tacv2', name: 'Virksomhedsservice', teamId: 'group-1' },
      section: 'virksomhedsservice',
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(calls.notifySuccess, 1);
  });

  it('when the user switches the Teams theme, then the handlers hear the new theme', async () => {
    const fake = fakeTeams({ context: { app: { theme: 'default' } } });
    const host = hostWith(fake.sdk);
    const heard: string[] = [];
    host.onThemeChange((theme) => heard.push(theme));
    await host.start();
    fake.changeTheme('contrast');
    fake.changeTheme('dark');
    assert.deepEqual(heard, ['contrast', 'dark']);
  });

  describe('the SSO token', () => {
    it('when inside Teams, then getAuthToken gives it, passing a claims challenge on', async () => {
      const { sdk, calls } = fakeTeams();
      const host = hostWith(sdk);
      await host.start();
      assert.equal(await host.getAuthToken(), 'teams-sso-token');
      assert.equal(await host.getAuthToken({ claims: '{"access_token":{}}' }), 'teams-sso-token');
      assert.deepEqual(calls.tokenRequests, [{}, { claims: ['{"access_token":{}}'] }]);
    });

    it('when standalone, then asking for a Teams token fails at once with a HostError', async () => {
      const host = hostWith(null);
      await host.start();
      await assert.rejects(host.getAuthToken(), HostError);
    });

    it('when getAuthToken never settles, then a HostError comes after the timeout', async () => {
      const { sdk } = fakeTeams({ token: 'hang' });
      const host = hostWith(sdk);
      await host.start();
      await assert.rejects(
        host.getAuthToken(),
        (error: unknown) => error instanceof HostError && /getAuthToken/.test((error as Error).message),
      );
    });

    it('when Teams refuses (consent), then its reason is kept in a HostError', async () => {
      const { sdk } = fakeTeams({ token: 'reject' });
      const host = hostWith(sdk);
      await host.start();
      await assert.rejects(host.getAuthToken(), /resourceRequiresConsent/);
    });
  });

  it('when a channel tab is configured and Teams saves, then the content URL carries the section', async () => {
    const fake = fakeTeams({ withPages: true, context: { page: { frameContext: 'settings' } } });
    const host = hostWith(fake.sdk);
    await host.start();
    host.setChannelTabConfig(null);
    host.setChannelTabConfig({ sectionId: 'unge', sectionName: 'Ungeindsatsen' });
    assert.deepEqual(fake.calls.validity, [false, true]);
    const outcome = await new Promise<string>((resolve) =>
      fake.save({ notifySuccess: () => resolve('saved'), notifyFailure: (r) => resolve(`failed ${r}`) }),
    );
    assert.equal(outcome, 'saved');
    assert.deepEqual(fake.calls.configs, [
      {
        contentUrl: 'https://kontaktspor.example/tab/?section=unge#/channel',
        websiteUrl: 'https://kontaktspor.example/tab/?section=unge#/channel',
        entityId: 'channel-unge',
        suggestedDisplayName: 'Kontaktspor – Ungeindsatsen',
      },
    ]);
  });

  describe('loading teams-js', () => {
    const importer = () => {
      const calls = { count: 0 };
      const { sdk } = fakeTeams();
      return { calls, sdk, load: async () => (calls.count++, sdk) };
    };

    it('when the page is a top-level browser tab, then teams-js is not even loaded', async () => {
      const page: Record<string, unknown> = {};
      page['parent'] = page;
      const { calls, load } = importer();
      assert.equal(await loadTeamsSdk(page, load), null);
      assert.equal(calls.count, 0);
    });

    it('when the page is framed (Teams web and desktop host tabs in a frame), then teams-js is loaded', async () => {
      const { calls, sdk, load } = importer();
      assert.equal(await loadTeamsSdk({ parent: {} }, load), sdk);
      assert.equal(calls.count, 1);
    });

    it('when the page already has the teams-js UMD global, then that is used; a look-alike without the API is not', async () => {
      const { sdk } = fakeTeams();
      const { calls, load } = importer();
      assert.equal(await loadTeamsSdk({ microsoftTeams: sdk }, load), sdk);
      assert.equal(await loadTeamsSdk({ microsoftTeams: { app: {} }, parent: {} }, load), null);
      assert.equal(calls.count, 0);
    });
  });
});
