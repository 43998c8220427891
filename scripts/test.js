// `npm test`: every check in order, stopping at the first failure with its name. package.json runs the Node check
// and installs missing browsers (scripts/ensure-browsers.js) first.
//
// The two browsers' tests run side by side, one vitest process each: a browser file spends most of its time waiting
// on the browser (one run used 0.56 of a core), so two fit on this machine's two cores, and the suite takes about as
// long as its slower browser instead of the sum of both. Each line is printed with its browser's name in front.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

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
  // Once, before the two browser runs: each run's global setup would otherwise write the same bundles at once.
  ['replica bundles', 'npx', ['tsx', 'tests/support/build-replicas.run.ts']],
];

const BROWSERS = ['chromium', 'firefox'];

// The two browsers' lines interleave and the longer run ends last, so a CI log cut to its tail shows only that
// browser: a failure in the other was lost once (stop 34). The lines naming a failure are kept and said again at the end.
const FAILURE_LINE = /^\s*(×|✗|FAIL\b)|AssertionError|Error: |Test timed out/;
const MAX_FAILURE_LINES = 40;
const ESCAPE = String.fromCharCode(27);
const stripColours = (line) => line.replaceAll(new RegExp(`${ESCAPE}\\[[0-9;]*m`, 'g'), '');

/** One browser's tests in its own vitest process; resolves to its exit code and how long it took. */
function browserRun(browser) {
  const started = Date.now();
  const child = spawn('npx', ['vitest', 'run', '--project', browser], {
    env: { ...process.env, JOOM_REPLICAS_BUILT: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${browser}] `;
  const failures = [];
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => {
      out.write(`${prefix}${line}\n`);
      if (failures.length < MAX_FAILURE_LINES && FAILURE_LINE.test(stripColours(line))) failures.push(line);
    });
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ browser, code: code ?? 1, seconds: (Date.now() - started) / 1000, failures })));
}

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}

console.log(`\n▶ browser tests (${BROWSERS.join(' and ')}, side by side)`);
const runs = await Promise.all(BROWSERS.map(browserRun));
for (const run of runs) console.log(`${run.code === 0 ? '✓' : '✗'} ${run.browser}: ${run.seconds.toFixed(1)} s`);
const failed = runs.filter((run) => run.code !== 0);
for (const run of failed) {
  console.error(`\n✗ what failed in ${run.browser}:`);
  for (const line of run.failures) console.error(`  ${stripColours(line)}`);
}
if (failed.length) {
  console.error(`\n✗ browser tests failed in ${failed.map((run) => run.browser).join(' and ')}`);
  process.exit(failed[0].code);
}
console.log(`\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
