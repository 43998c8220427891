// Before `npm start` and `npm test`: Debian's Chromium and Firefox ESR, with the Turkish language packs the tests
// need, are installed if missing, the way Playwright's install-deps does it: apt-get as root, else through sudo
// (`-n`, so that nothing waits for a password that CI cannot type). Where neither works, one message with the exact
// command, and exit code 2. Node built-ins only: it runs before anything else.
//
//   node scripts/ensure-browsers.js chromium            # npm start
//   node scripts/ensure-browsers.js chromium firefox    # npm test
//
// For its tests: ENSURE_BROWSERS_ROOT puts the files it looks for under another root, and apt-get, sudo and id are
// found on PATH, so a test can hand it stubs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Each package, and the file that shows it is there (the file the browser drivers need). */
const PACKAGES = {
  chromium: [
    ['chromium', '/usr/bin/chromium'],
    ['chromium-l10n', '/usr/lib/chromium/locales/tr.pak'],
  ],
  firefox: [
    ['firefox-esr', '/usr/bin/firefox-esr'],
    ['firefox-esr-l10n-tr', '/usr/lib/firefox-esr/browser/extensions/langpack-tr@firefox-esr.mozilla.org.xpi'],
  ],
};

const root = process.env.ENSURE_BROWSERS_ROOT ?? '/';
const browsers = process.argv.slice(2);
if (browsers.length === 0 || browsers.some((browser) => !(browser in PACKAGES))) {
  console.error(`usage: node scripts/ensure-browsers.js ${Object.keys(PACKAGES).join('|')}…`);
  process.exit(64);
}

const wanted = browsers.flatMap((browser) => PACKAGES[browser]);
const missing = () => wanted.filter(([, file]) => !existsSync(join(root, file))).map(([name]) => name);
const packages = missing();
if (packages.length === 0) process.exit(0);

const aptOptions = ['-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300'];
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** Runs a command found on PATH; its status, or null when it could not be started (not there). */
function run(program, args, options = {}) {
  const result = spawnSync(program, args, { stdio: 'inherit', ...options });
  return result.error ? null : result.status;
}

function fail(reason) {
  console.error(`\n${reason}\nThe browser tests and npm start need Debian's ${packages.join(', ')}. Install them with:\n\n  sudo sh -c '${command}'\n`);
  process.exit(2);
}

if (run('apt-get', ['--version'], { stdio: 'ignore' }) === null) fail('Missing browsers, and this machine has no apt-get (not Debian or Ubuntu).');

const uid = spawnSync('id', ['-u'], { encoding: 'utf8' }).stdout?.trim();
const viaSudo = uid !== '0';
if (viaSudo && run('sudo', ['-n', 'true'], { stdio: 'ignore' }) !== 0) {
  fail('Missing browsers, and installing them needs root: this user is not root and sudo -n is not allowed.');
}
const how = viaSudo ? 'through sudo -n' : 'as root';

console.log(`Installing ${packages.join(' ')} with apt-get (${how})…`);
const started = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// sudo resets the environment: `env` carries the setting through it.
const apt = (args) => (viaSudo ? run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]) : run('apt-get', args, { env }));
if (apt(['update', '-qq']) !== 0) fail('apt-get update failed (see above).');
if ((await installEachOnOneLine(['install', ...aptOptions, ...packages])) !== 0) fail('apt-get install failed (see above).');
/**
 * apt-get install with dpkg's output read line by line: dpkg prints four or five lines per package (select,
 * prepare, unpack, set up, triggers); the seller sees one per package, with the time spent on it (the time after
 * each of its lines is counted to it). The whole output is shown only if the install fails.
 */
function installEachOnOneLine(args) {
  const [program, argv, options] = viaSudo ? ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], {}] : ['apt-get', args, { env }];
  return new Promise((resolve) => {
    const child = spawn(program, argv, { ...options, stdio: ['ignore', 'pipe', 'inherit'] });
    const output = [];
    const spent = new Map();
    let owner;
    let since = Date.now();
    /** The package being set up, printed once a line about anything else arrives. */
    let settingUp;
    const count = (next) => {
      const now = Date.now();
      if (owner) spent.set(owner, (spent.get(owner) ?? 0) + (now - since));
      owner = next;
      since = now;
    };
    const print = () => {
      if (!settingUp) return;
      console.log(`${`  ${settingUp.name} ${settingUp.version}`.padEnd(48)}${((spent.get(settingUp.name) ?? 0) / 1000).toFixed(1)} s`);
      settingUp = undefined;
    };
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const about = /^(?:Selecting previously unselected package|Unpacking|Setting up) ([a-z0-9][a-z0-9+.:-]*)/.exec(line)?.[1]?.replace(/:.*$/, '');
      count(about ?? owner);
      if (settingUp && about !== settingUp.name) print();
      const setUp = /^Setting up ([a-z0-9][a-z0-9+.:-]*) \(([^)]*)\)/.exec(line);
      if (setUp) settingUp = { name: setUp[1].replace(/:.*$/, ''), version: setUp[2] };
    });
    child.on('error', () => resolve(null));
    child.on('close', (status) => {
      count(undefined);
      print();
      if (status !== 0) console.log(output.join('\n'));
      resolve(status);
    });
  });
}

const stillMissing = missing();
if (stillMissing.length > 0) fail(`apt-get finished, but these are still missing: ${stillMissing.join(', ')}.`);
console.log(`Installed ${packages.join(' ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
