// `npm run playground`: Microsoft 365 Agents Playground (offline, no tenant) talking to the demo bot
// at http://127.0.0.1:3978/api/messages (PORT=… for another port, or BOT_ENDPOINT=… for any address).
// Start the service first with `npm start`. Offline means silent: no telemetry, no browser launched.
// The playground's users are the demo staff, so the bot knows who is asking.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { buildSeedData } = await import(join(root, 'dist', 'src', 'demo', 'seed-data.js')).catch(() => {
  console.error('Build first: npm start (or npm run build).');
  process.exit(1);
});
const { DEMO_TENANT_ID } = await import(join(root, 'dist', 'src', 'config.js'));

const staff = buildSeedData().staff;
const person = (s, i) => {
  const [given, ...rest] = s.name.split(' ');
  return [
    `  - id: user-id-${i}`,
    `    name: ${s.name}`,
    `    userPrincipleName: ${s.email}`,
    `    aadObjectId: ${s.id}`,
    `    givenName: ${given}`,
    `    surname: ${rest.join(' ')}`,
    `    email: ${s.email}`,
  ].join('\n');
};
const [me, ...others] = staff;
const yaml = `# Written by npm run playground from the demo seed data.
version: "0.1.1"
tenantId: ${DEMO_TENANT_ID}
bot:
  id: 00000000-0000-0000-0000-00000000000b
  name: Kontaktspor
currentUser:
${person(me, 0)
  .replace(/^  - /, '  ')
  .replace(/\n    /g, '\n  ')}
users:
${others
  .slice(0, 5)
  .map((s, i) => person(s, i + 1))
  .join('\n')}
personalChat:
  id: personal-chat-kontaktspor
groupChat:
  id: group-chat-kontaktspor
  name: Virksomhedsteamet
team:
  id: team-kontaktspor
  name: Jobcenter
  aadGroupId: 00000000-0000-0000-0000-00000000000c
  channels:
    - id: channel-virksomhedsservice
      name: Virksomhedsservice
`;
writeFileSync(join(root, '.m365agentsplayground.yml'), yaml);

const endpoint = process.env.BOT_ENDPOINT ?? `http://127.0.0.1:${process.env.PORT ?? 3978}/api/messages`;
const cli = join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const child = spawn(
  process.execPath,
  [cli, 'start', '-e', endpoint, '-c', 'msteams', '--disable-telemetry', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      // Without these it phones home (statsbeat) and opens a browser, neither of which works offline.
      APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
      TEAMSAPPTESTER_BROWSER: 'none',
      ...process.env,
    },
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
