// `npm test`: every check in order, stopping at the first failure with its name. package.json runs the Node check
// and installs missing browsers (scripts/ensure-browsers.js) first.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['web-ext lint (Firefox build)', 'npm', ['run', '-s', 'lint:firefox']],
  // The browser tests load a build with test hooks (the background's rejection log); the store zips above have none.
  [
    'test build (with test hooks)',
    'sh',
    ['-c', 'JOOM_TEST_HOOKS=1 npx vite build --logLevel warn && BROWSER=firefox JOOM_TEST_HOOKS=1 npx vite build --logLevel warn'],
  ],
  ['browser tests (Chromium, Firefox ESR)', 'npx', ['vitest', 'run', '--project', 'chromium', '--project', 'firefox']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
