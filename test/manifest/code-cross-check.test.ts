import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand, type CommandKind } from '../../bot/commands/parse-command.js';
import { COMPANIES_TAB_ENTITY_ID, companyDeepLink } from '../../bot/deep-link.js';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { exampleConfig } from '../../manifest/package-config.js';
import { outlookExtensionFacts } from '../../manifest/validate/outlook-extension.js';
import { seedTenant } from '../support/seeded.js';
import { botHarness } from '../bot/support/bot-harness.js';
import { examplePackage, jsonOf, repoFile, ROOT } from './support.js';

/**
 * Everything the manifest promises exists in the code: bot commands the parser understands, tab
 * routes the tab renders, add-in pages and the function the ribbon calls, the message extension's
 * command and link domain the bot answers, and the pages of the service the URLs point at.
 */
describe('app package: every command, tab, add-in surface and URL exists in the code', () => {
  let manifest: any;
  let english: Record<string, string>;
  const config = exampleConfig();

  before(async () => {
    const { files } = await examplePackage();
    manifest = jsonOf(files, 'manifest.json');
    english = jsonOf(files, 'en.json');
  });

  /** Source files under a folder (ts/tsx), as text. */
  function sources(folder: string): { path: string; text: string }[] {
    const out: { path: string; text: string }[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) out.push({ path, text: readFileSync(path, 'utf8') });
      }
    };
    walk(join(ROOT, folder));
    return out;
  }

  /** The path of a URL on the public host ("/tab/"), and its hash route ("/dashboard"). */
  function partsOf(url: string): { path: string; route: string } {
    const parsed = new URL(url);
    assert.equal(parsed.host, config.publicHost);
    return { path: parsed.pathname, route: parsed.hash.replace(/^#/, '').split('?')[0] ?? '' };
  }

  describe('bot commands', () => {
    const expectedKinds: Record<string, CommandKind[]> = {
      personal: ['history', 'company', 'vacancies', 'help'],
      groupChat: ['history', 'company', 'vacancies', 'help'],
      team: ['history', 'company', 'vacancies', 'subscribe', 'unsubscribe', 'help'],
    };

    it('when each command title is parsed, Danish (manifest) and English (en.json), then both give the same command in their language', () => {
      manifest.bots[0].commandLists.forEach(
        (list: { scopes: string[]; commands: { title: string; description: string }[] }, i: number) => {
          const kinds = list.commands.map((command, j) => {
            const danish = parseCommand(command.title);
            const englishTitle = english[`bots[0].commandLists[${i}].commands[${j}].title`];
            assert.ok(englishTitle, `en.json translates "${command.title}"`);
            const inEnglish = parseCommand(englishTitle);
            assert.equal(danish.kind, inEnglish.kind, `"${command.title}" and "${englishTitle}" are one command`);
            assert.deepEqual(
              [danish.locale, inEnglish.locale],
              ['da', 'en'],
              `"${command.title}" reads as Danish, "${englishTitle}" as English`,
            );
            assert.equal(danish.argument, '');
            return danish.kind;
          });
          assert.equal(list.scopes.length, 1, 'one command list per scope');
          assert.deepEqual(kinds, expectedKinds[list.scopes[0]!], `the ${list.scopes[0]} commands`);
        },
      );
    });

    it('when the example in a command description is parsed, then it is that command, with an argument', () => {
      manifest.bots[0].commandLists.forEach((list: { commands: { title: string; description: string }[] }, i: number) =>
        list.commands.forEach((command, j) => {
          for (const [title, description] of [
            [command.title, command.description],
            [
              english[`bots[0].commandLists[${i}].commands[${j}].title`]!,
              english[`bots[0].commandLists[${i}].commands[${j}].description`]!,
            ],
          ] as const) {
            const example = /: (.+)$/.exec(description)?.[1]?.split(',')[0];
            if (!example || !example.startsWith(`${title} `)) continue;
            const parsed = parseCommand(example);
            assert.equal(parsed.kind, parseCommand(title).kind, `"${example}"`);
            assert.notEqual(parsed.argument, '', `"${example}" has an argument`);
          }
        }),
      );
    });

    it('when the bot is installed in a team, group chat and personal chat, then it has all three scopes', () => {
      assert.deepEqual([...manifest.bots[0].scopes].sort(), ['groupChat', 'personal', 'team']);
    });
  });

  describe('Teams tabs', () => {
    it('when a deep link opens a company, then it targets the "Virksomheder" tab and a URL inside its content', () => {
      const tab = manifest.staticTabs.find((t: { entityId: string }) => t.entityId === COMPANIES_TAB_ENTITY_ID);
      assert.ok(tab, `a static tab with entityId "${COMPANIES_TAB_ENTITY_ID}" (bot/deep-link.ts)`);
      assert.equal(tab.name, 'Virksomheder');
      const link = new URL(
        companyDeepLink({
          teamsAppId: config.teamsAppId,
          publicUrl: config.publicUrl,
          companyId: '0b7e3c52-5f0e-4f55-9a33-0c6f2f5d9d11',
          label: 'x',
        }),
      );
      assert.ok(link.pathname.startsWith(`/l/entity/${manifest.id}/${COMPANIES_TAB_ENTITY_ID}`));
      assert.ok(link.searchParams.get('webUrl')!.startsWith(tab.contentUrl));
    });

    it('when the app has a bot and personal tabs, then the chat keeps its tab ("conversations")', () => {
      assert.ok(manifest.staticTabs.some((t: { entityId: string }) => t.entityId === 'conversations'));
    });

    it('when a tab URL is loaded, then it is the tab app, served under /tab/', () => {
      const urls = [
        ...manifest.staticTabs
          .flatMap((t: { contentUrl?: string; websiteUrl?: string }) => [t.contentUrl, t.websiteUrl])
          .filter(Boolean),
        ...manifest.configurableTabs.map((t: { configurationUrl: string }) => t.configurationUrl),
      ] as string[];
      for (const url of urls) assert.equal(partsOf(url).path, '/tab/', url);
      assert.ok(existsSync(join(ROOT, 'tab/index.html')), 'tab/index.html');
      assert.match(repoFile('tab/vite.config.ts'), /base: '\/tab\/'/);
    });

    const routes = (): string[] =>
      [
        ...manifest.staticTabs.map((t: { contentUrl?: string }) => t.contentUrl),
        ...manifest.configurableTabs.map((t: { configurationUrl: string }) => t.configurationUrl),
      ]
        .filter(Boolean)
        .map((url: string) => partsOf(url).route)
        .filter((route: string) => route !== '/' && route !== '');

    it("when the tab routes in the manifest are looked up in tab/src, then each one is there (#/dashboard, the channel tab's configuration page)", () => {
      assert.ok(routes().includes('/dashboard'));
      assert.equal(routes().length, 2, 'the Strategi tab and the channel tab configuration');
      const code = sources('tab/src');
      const missing = routes().filter((route) => {
        const literal = new RegExp(`(?:['"\`]|#)${route.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?=['"\`/?#]|$)`, 'm');
        return !code.some((file) => literal.test(file.text));
      });
      assert.deepEqual(
        missing,
        [],
        `tab/src must render these hash routes the manifest points at: ${missing.join(', ')}`,
      );
    });
  });

  describe('Outlook add-in', () => {
    it('when the ribbon opens the pane or runs the function, then both pages exist and are built under /addin/', () => {
      const facts = outlookExtensionFacts(manifest);
      const vite = repoFile('addin/vite.config.ts');
      assert.match(vite, /base: '\/addin\/'/);
      for (const url of [...facts.taskpaneUrls, ...facts.functionFileUrls]) {
        const { path } = partsOf(url);
        const page = path.replace(/^\/addin\//, '');
        assert.ok(path.startsWith('/addin/') && existsSync(join(ROOT, 'addin', page)), `addin/${page} for ${url}`);
        assert.ok(vite.includes(`'${page}'`), `addin/vite.config.ts builds ${page}`);
      }
    });

    it('when the quick action runs, then the function the manifest names is the one commands.ts associates', () => {
      const commands = repoFile('addin/src/commands.ts');
      const { functionNames } = outlookExtensionFacts(manifest);
      assert.deepEqual(functionNames, ['logToKontaktspor']);
      for (const name of functionNames)
        assert.match(
          commands,
          new RegExp(`associate\\(\\s*['"]${name}['"]`),
          `addin/src/commands.ts associates ${name}`,
        );
    });

    it('when the pane posts a notification, then its icon id is an image of the XML manifest, and the unified manifest lists 16px first', async () => {
      const icon = /NOTIFICATION_ICON = '([^']+)'/.exec(repoFile('addin/src/office-host.ts'))?.[1];
      assert.equal(icon, 'Icon.16x16');
      const { xml } = await examplePackage();
      assert.match(
        xml,
        new RegExp(
          `<bt:Image id="${icon!.replace('.', '\\.')}" DefaultValue="https://${config.publicHost}/addin/icons/icon-16\\.png"/>`,
        ),
      );
      // With the unified manifest Outlook shows the first icon of the first control, whatever id is passed.
      assert.equal(manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].icons[0].size, 16);
    });

    it('when Outlook loads the ribbon icons, then the files are in the add-in build (addin/public/icons/)', async () => {
      const { xml } = await examplePackage();
      const urls = new Set<string>([
        ...JSON.stringify(manifest).match(/https:\/\/[^"]+\/addin\/icons\/[^"]+\.png/g)!,
        ...xml.match(/https:\/\/[^"]+\/addin\/icons\/[^"]+\.png/g)!,
      ]);
      const missing = [...urls]
        .map((url) => new URL(url).pathname.replace(/^\/addin\//, 'addin/public/'))
        .filter((path) => !existsSync(join(ROOT, path)));
      assert.deepEqual(
        missing,
        [],
        `copy manifest/icon-*.png to addin/public/icons/ (Vite serves addin/public/ at /addin/): missing ${missing.join(', ')}`,
      );
    });
  });

  describe('service pages', () => {
    it('when Teams shows the developer links, then the service serves /, /privacy and /terms', () => {
      const paths = [
        manifest.developer.websiteUrl,
        manifest.developer.privacyUrl,
        manifest.developer.termsOfUseUrl,
      ].map((url: string) => partsOf(url).path);
      assert.deepEqual(paths, ['/', '/privacy', '/terms']);
      const http = sources('src/http')
        .map((file) => file.text)
        .join('\n');
      const missing = paths.filter(
        (path) => !new RegExp(`\\.get\\(\\s*\\[?[^)]*['"]${path.replace(/\//g, '\\/')}['"]`).test(http),
      );
      assert.deepEqual(missing, [], `src/http must serve: ${missing.join(', ')}`);
    });
  });

  describe('message extension (the real bot, botbuilder TestAdapter, seeded store)', function () {
    let store: KyselyStore;
    let bot: ReturnType<typeof botHarness>;
    let companyId: string;

    before(async () => {
      store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
      const seeded = await seedTenant(store);
      companyId = seeded.data.companies.find((c) => c.name === 'Østergaard Byg A/S')!.id;
      bot = botHarness({ store, tenantId: seeded.tenantId, seed: seeded.data, demoEmail: seeded.demoEmail });
    });
    after(async () => store?.close());

    async function invoke(name: string, value: unknown): Promise<{ status: number; body: any }> {
      const replies = await bot.say({ type: 'invoke', name, value });
      return replies.find((reply) => reply.type === 'invokeResponse')?.value as { status: number; body: any };
    }

    it("when Teams sends the manifest's search command with its parameter, then the bot answers with company cards", async () => {
      const command = manifest.composeExtensions[0].commands[0];
      assert.equal(command.id, 'searchCompanies');
      assert.deepEqual(
        command.parameters.map((p: { name: string }) => p.name),
        ['query'],
      );
      const response = await invoke('composeExtension/query', {
        commandId: command.id,
        parameters: [{ name: command.parameters[0].name, value: 'øster' }],
        queryOptions: { skip: 0, count: 25 },
      });
      assert.equal(response.status, 200);
      assert.ok(
        response.body.composeExtension.attachments.some((a: { preview: { content: { title: string } } }) =>
          a.preview.content.title.includes('Østergaard Byg A/S'),
        ),
      );
    });

    it("when a company page link on the manifest's unfurl domain is pasted, then the bot unfurls it", async () => {
      const domain = manifest.composeExtensions[0].messageHandlers[0].value.domains[0];
      const response = await invoke('composeExtension/queryLink', {
        url: `https://${domain}/tab/#/companies/${companyId}`,
      });
      assert.equal(response.status, 200);
      assert.equal(response.body.composeExtension.attachments.length, 1);
      assert.match(JSON.stringify(response.body.composeExtension.attachments[0].content), /Østergaard Byg A\/S/);
    });
  });
});
