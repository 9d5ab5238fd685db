// `npm test`: type-check, lint the import directions, check the formatting and the copy-paste threshold, validate the
// app manifests, build the front ends the browser suite loads, then run every mocha suite.
// Mocha's reporter prints the closing "N passed, N failed" line; a failed step before it prints one too.
import { spawnSync } from 'node:child_process';

const steps = [
  ['npm', ['run', '--silent', 'typecheck']],
  ['npm', ['run', '--silent', 'lint']],
  ['npm', ['run', '--silent', 'format:check']],
  ['npm', ['run', '--silent', 'copies']],
  ['npm', ['run', '--silent', 'manifest:validate']],
  ['npm', ['run', '--silent', 'build:web']],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`\n${args.join(' ')} failed before the suites ran`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const suites = process.argv.length > 2 ? process.argv.slice(2) : ['test/**/*.test.ts'];
const mocha = spawnSync('npx', ['mocha', ...suites], { stdio: 'inherit' });
process.exit(mocha.status ?? 1);
