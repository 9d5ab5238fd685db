// `npm run test:times`: runs mocha suites as if it were another time of day, to find tests and code
// that depend on the clock. Each run sets TZ and preloads test/support/shift-clock.mjs, which moves
// the wall clock (Date, Date.now) of every Node process of the run to that time today (or on
// --date) and lets it keep ticking; browser pages get the same shift (test/support/browser.ts).
//
//   npm run test:times                                    # every suite at 00:30, 06:00, 12:00, 23:50, in UTC and Danish time
//   npm run test:times -- --times 06:00 --zones UTC test/e2e/outlook-pane.test.ts
//   npm run test:times -- --date 2026-12-01 test/unit     # a folder means its *.test.ts
//
// Mocha's own flags (e.g. --grep) go after `--` again. The front ends must be built (npm test does it).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const preload = fileURLToPath(new URL('../test/support/shift-clock.mjs', import.meta.url));

function parseArgs(argv) {
  const options = {
    times: ['00:30', '06:00', '12:00', '23:50'],
    zones: ['UTC', 'Europe/Copenhagen'],
    date: null,
    suites: [],
    mocha: [],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--times') options.times = argv[++i].split(',');
    else if (arg === '--zones') options.zones = argv[++i].split(',');
    else if (arg === '--date') options.date = argv[++i];
    else if (arg === '--') ((options.mocha = argv.slice(i + 1)), (i = argv.length));
    else options.suites.push(arg);
  }
  for (const time of options.times)
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new Error(`--times: ${time} is not HH:MM`);
  if (options.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new Error(`--date: ${options.date} is not YYYY-MM-DD`);
  return options;
}

/** Wall-clock parts of an instant in a time zone. */
function partsIn(zone, ms) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The instant at which the wall clock in `zone` shows `date` (YYYY-MM-DD, default today there) `time`. */
function instantOf(zone, date, time, nowMs) {
  const today = partsIn(zone, nowMs);
  const [year, month, day] = date ? date.split('-').map(Number) : [today.year, today.month, today.day];
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the zone's offset, also next to a daylight-saving switch.
  let guess = wall;
  for (let pass = 0; pass < 2; pass += 1) {
    const p = partsIn(zone, guess);
    guess += wall - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  }
  return guess;
}

function suitePatterns(suites) {
  if (suites.length === 0) return ['test/**/*.test.ts'];
  return suites.map((s) => (existsSync(s) && statSync(s).isDirectory() ? `${s.replace(/\/$/, '')}/**/*.test.ts` : s));
}

const options = parseArgs(process.argv.slice(2));
const suites = suitePatterns(options.suites);
const results = [];
for (const zone of options.zones) {
  for (const time of options.times) {
    const target = instantOf(zone, options.date, time, Date.now());
    const label = `${time} ${zone} (${new Date(target).toISOString()})`;
    console.log(`\n=== ${label} ===`);
    const env = {
      ...process.env,
      TZ: zone,
      KONTAKTSPOR_CLOCK_OFFSET_MS: String(target - Date.now()),
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(' '),
    };
    const run = spawnSync('npx', ['mocha', ...suites, ...options.mocha], { cwd: root, env, stdio: 'inherit' });
    results.push({ label, ok: run.status === 0 });
  }
}
console.log('\n=== times of day ===');
for (const { label, ok } of results) console.log(`${ok ? 'passed' : 'FAILED'}  ${label}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
