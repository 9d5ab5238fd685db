import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { demoAuthenticator } from '../../src/demo/demo-authenticator.js';
import { demoOutlookRouter } from '../../src/demo/outlook/demo-outlook.routes.js';
import { DomainError } from '../../src/domain/errors.js';
import type { Authenticator } from '../../src/ports/authenticator.js';
import { MICROSOFT_365_FRAME_ANCESTORS } from '../../src/http/page-security.js';
import { serveApp } from '../support/test-app.js';
import { seedTenant } from '../support/seeded.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public', import.meta.url));
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
/** Microsoft's documented Teams / Outlook / Microsoft 365 hosts (tab requirements), spelled out here so a change to the list is seen. */
const DOCUMENTED_HOSTS = [
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

type Policy = Map<string, string[]>;

function parsePolicy(header: string | null): Policy {
  const policy: Policy = new Map();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What a browser applies for a fetch directive: the directive, or default-src when it is absent. */
function effective(policy: Policy, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

async function headersOf(url: string, accept = 'text/html') {
  const response = await fetch(url, { headers: { accept } });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    policy: parsePolicy(response.headers.get('content-security-policy')),
  };
}

/** Inline `<script>` elements without src that a browser would run (a JSON data block is not run). */
function runnableInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/\bsrc=/i.test(attributes) && !/type="application\/json"/i.test(attributes));
}

function assertCommonHeaders(page: Awaited<ReturnType<typeof headersOf>>, label: string): void {
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff', `${label}: nosniff`);
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer', `${label}: Referrer-Policy`);
  assert.ok(page.headers.get('content-security-policy'), `${label}: has a CSP`);
  const scripts = effective(page.policy, 'script-src') ?? [];
  assert.ok(scripts.length > 0, `${label}: scripts are restricted`);
  assert.deepEqual(
    scripts.filter((source) => /unsafe-(inline|eval)|^\*$|^https?:$|^data:$/.test(source)),
    [],
    `${label}: no unsafe script source`,
  );
  assert.deepEqual(effective(page.policy, 'object-src'), ["'none'"], `${label}: object-src 'none'`);
  assert.ok(page.policy.has('base-uri'), `${label}: base-uri is set`);
  assert.ok(page.policy.has('frame-ancestors'), `${label}: framing is decided`);
}

for (const mode of ['demo', 'production'] as const) {
  describe(`Security headers of every page kind (${mode} configuration)`, function () {
    let store: KyselyStore;
    let server: Awaited<ReturnType<typeof serveApp>>;
    const microsoftHosts = mode === 'demo' ? ["'self'", ...DOCUMENTED_HOSTS] : DOCUMENTED_HOSTS;

    before(async function () {
      if (!existsSync(`${PUBLIC_DIR}/tab/index.html`))
        throw new Error('Front ends are not built: run npm run build:web');
      this.timeout(120_000);
      store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
      const { tenantId, demoEmail } = await seedTenant(store);
      const production: Authenticator = {
        mode: 'production',
        authenticate: async () => {
          throw new DomainError('TOKEN_MISSING', 'Sign in.');
        },
      };
      server = await serveApp({
        store,
        publicDir: PUBLIC_DIR,
        ...(mode === 'demo'
          ? {
              authenticator: demoAuthenticator({ store, tenantId, defaultEmail: demoEmail }),
              officeJsUrl: '/dev/office-standin.js',
              devRouter: demoOutlookRouter({
                graph: { listMailbox: () => undefined, setCategories: () => undefined, hasMailboxAccess: () => false },
                store,
                tenantId,
                defaultEmail: demoEmail,
              }),
            }
          : {
              authenticator: production,
              clientAuth: {
                clientId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
                apiScope: 'api://x/access_as_user',
                authority: 'https://login.microsoftonline.com/organizations',
              },
            }),
      });
    });
    after(async () => {
      await server?.close();
      await store?.close();
    });

    it("when the Teams tab is loaded, then only this origin's scripts run and only Microsoft's documented hosts may frame it", async () => {
      const page = await headersOf(`${server.url}/tab/`);

      assert.equal(page.status, 200);
      assertCommonHeaders(page, 'tab');
      assert.deepEqual(page.policy.get('script-src'), ["'self'"]);
      assert.deepEqual(page.policy.get('base-uri'), ["'self'"]);
      assert.deepEqual(page.policy.get('frame-ancestors'), microsoftHosts);
      assert.deepEqual(runnableInlineScripts(page.text), [], 'no inline script the policy would block');
    });

    for (const [label, path] of [
      ['add-in task pane', '/addin/'],
      ['add-in function file', '/addin/commands.html'],
    ] as const) {
      it(`when the ${label} is loaded, then office.js's host is the only other script source and Microsoft's hosts may frame it`, async () => {
        const page = await headersOf(`${server.url}${path}`);

        assert.equal(page.status, 200);
        assertCommonHeaders(page, label);
        assert.deepEqual(page.policy.get('script-src'), mode === 'demo' ? ["'self'"] : ["'self'", OFFICE_CDN_ORIGIN]);
        assert.deepEqual(page.policy.get('frame-ancestors'), microsoftHosts);
        assert.match(
          page.text,
          mode === 'demo' ? /src="\/dev\/office-standin\.js"/ : /src="https:\/\/appsforoffice\.microsoft\.com\//,
        );
        assert.deepEqual(runnableInlineScripts(page.text), [], 'no inline script the policy would block');
      });
    }

    it('when the landing page is loaded, then it runs no script and no page may frame it', async () => {
      const page = await headersOf(`${server.url}/`);

      assert.equal(page.status, 200);
      assertCommonHeaders(page, 'landing');
      assert.deepEqual(effective(page.policy, 'script-src'), ["'none'"]);
      assert.deepEqual(page.policy.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(runnableInlineScripts(page.text), []);
    });

    for (const path of ['/privacy', '/terms']) {
      it(`when ${path} (linked from the Teams app package) is loaded, then it runs no script and only Microsoft's hosts may frame it`, async () => {
        const page = await headersOf(`${server.url}${path}`);

        assert.equal(page.status, 200);
        assertCommonHeaders(page, path);
        assert.deepEqual(effective(page.policy, 'script-src'), ["'none'"]);
        assert.deepEqual(page.policy.get('frame-ancestors'), DOCUMENTED_HOSTS);
      });
    }

    it('when the API answers JSON, then nothing in it can load or be framed and it is not cached', async () => {
      for (const path of ['/api/openapi.json', '/api/me', '/api/no-such-route']) {
        const answer = await headersOf(`${server.url}${path}`, 'application/json');

        assert.match(answer.headers.get('content-type') ?? '', /application\/json/, path);
        assertCommonHeaders(answer, path);
        assert.deepEqual(answer.policy.get('default-src'), ["'none'"], path);
        assert.deepEqual(answer.policy.get('frame-ancestors'), ["'none'"], path);
        assert.equal(answer.headers.get('cache-control'), 'no-store', path);
      }
    });

    if (mode === 'demo') {
      it('when the demo Outlook page is loaded, then its own scripts only, framed by nothing but this origin', async () => {
        const page = await headersOf(`${server.url}/dev/outlook`);

        assert.equal(page.status, 200);
        assertCommonHeaders(page, 'demo Outlook');
        assert.deepEqual(page.policy.get('script-src'), ["'self'"]);
        assert.deepEqual(page.policy.get('frame-ancestors'), ["'self'"]);
        assert.deepEqual(runnableInlineScripts(page.text), []);
      });
    }
  });
}

describe('The documented frame-ancestors list', () => {
  it('when the service lists who may frame its pages, then it is exactly the documented hosts and no wider wildcard', () => {
    assert.deepEqual([...MICROSOFT_365_FRAME_ANCESTORS], DOCUMENTED_HOSTS);
    for (const wide of ['https://*.microsoft.com', 'https://*.live.com', 'https://*.outlook.com', '*']) {
      assert.ok(!MICROSOFT_365_FRAME_ANCESTORS.includes(wide), wide);
    }
  });
});
