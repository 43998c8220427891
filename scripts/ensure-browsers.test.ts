import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// ensure-browsers.js on a pretend machine: its files under a temporary root, and apt-get, sudo and id as stubs on a
// PATH that holds nothing else, so the real system is never touched and every branch can be reached.

const SCRIPT = join(import.meta.dirname, 'ensure-browsers.js');
const FILES: Record<string, string> = {
  chromium: '/usr/bin/chromium',
  'chromium-l10n': '/usr/lib/chromium/locales/tr.pak',
  'firefox-esr': '/usr/bin/firefox-esr',
  'firefox-esr-l10n-tr': '/usr/lib/firefox-esr/browser/extensions/langpack-tr@firefox-esr.mozilla.org.xpi',
};

let machine: string;
afterEach(() => rmSync(machine, { recursive: true, force: true }));

interface Setup {
  installed?: string[];
  uid?: number;
  /** false: no apt-get at all (not Debian); 'broken': it runs but installs nothing. */
  apt?: true | false | 'broken';
  sudo?: 'allowed' | 'refused' | 'absent';
}

function stub(bin: string, name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

function run(setup: Setup, ...browsers: string[]) {
  machine = mkdtempSync(join(tmpdir(), 'joom-ensure-'));
  const root = join(machine, 'root');
  const bin = join(machine, 'bin');
  const log = join(machine, 'calls.log');
  mkdirSync(bin, { recursive: true });
  const place = (file: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
  };
  for (const name of setup.installed ?? []) place(FILES[name] as string);
  stub(bin, 'id', `echo ${setup.uid ?? 0}`);
  const installs = Object.entries(FILES)
    // dpkg's lines for each package, as apt-get -qq prints them.
    .map(
      ([name, file]) =>
        `    ${name}) echo "Selecting previously unselected package ${name}."; echo "Preparing to unpack .../${name}_1.0-1_amd64.deb ..."; echo "Unpacking ${name} (1.0-1) ..."; /bin/mkdir -p "${dirname(join(root, file))}"; : > "${join(root, file)}"; echo "Setting up ${name} (1.0-1) ...";;`,
    )
    .join('\n');
  if (setup.apt !== false) {
    stub(
      bin,
      'apt-get',
      `[ "$1" = --version ] && exit 0
echo "apt-get $* (DEBIAN_FRONTEND=$DEBIAN_FRONTEND)" >> "${log}"
[ "$1" = install ] && [ "${setup.apt === 'broken' ? 'no' : 'yes'}" = yes ] && for arg in "$@"; do
  case "$arg" in
${installs}
  esac
done
exit 0`,
    );
  }
  if (setup.sudo === 'allowed')
    stub(
      bin,
      'sudo',
      `[ "$*" = "-n true" ] && exit 0\necho "sudo $*" >> "${log}"\n[ "$1" = -n ] && shift\n[ "$1" = env ] && { shift; export "$1"; shift; }\nexec "$@"`,
    );
  if (setup.sudo === 'refused') stub(bin, 'sudo', 'echo "sudo: a password is required" >&2\nexit 1');
  const result = spawnSync(process.execPath, [SCRIPT, ...browsers], {
    encoding: 'utf8',
    env: { PATH: bin, ENSURE_BROWSERS_ROOT: root },
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: result.status, out: result.stdout, err: result.stderr, calls, root };
}

const ALL = Object.keys(FILES);

describe('ensure-browsers', () => {
  it('does nothing when everything is installed', () => {
    const result = run({ installed: ALL }, 'chromium', 'firefox');
    expect(result).toMatchObject({ status: 0, out: '', calls: [] });
  });

  it('installs only what is missing, as root, and says what and how long', () => {
    const result = run({ installed: ['chromium', 'firefox-esr'] }, 'chromium', 'firefox');
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 chromium-l10n firefox-esr-l10n-tr (DEBIAN_FRONTEND=noninteractive)',
    ]);
    expect(result.out).toContain('Installing chromium-l10n firefox-esr-l10n-tr with apt-get (as root)');
    expect(result.out).toMatch(/Installed chromium-l10n firefox-esr-l10n-tr in \d+\.\d s\./);
    // One line per package, with its time; none of dpkg's own lines.
    expect(result.out.split('\n').filter((line) => line.startsWith('  '))).toEqual([
      expect.stringMatching(/^ {2}chromium-l10n 1\.0-1 +\d+\.\d s$/),
      expect.stringMatching(/^ {2}firefox-esr-l10n-tr 1\.0-1 +\d+\.\d s$/),
    ]);
    expect(result.out).not.toMatch(/Unpacking|Setting up|Selecting/);
  });

  it('asks for no more than the browsers named (npm start needs Chromium only)', () => {
    const result = run({}, 'chromium');
    expect(result.status).toBe(0);
    expect(result.calls[1]).toMatch(/ chromium chromium-l10n \(/);
    expect(existsSync(join(result.root, FILES['firefox-esr'] as string))).toBe(false);
  });

  it('goes through sudo -n when not root', () => {
    const result = run({ uid: 1000, sudo: 'allowed' }, 'firefox');
    expect(result.status).toBe(0);
    expect(result.calls).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq');
    expect(result.calls).toContain('apt-get update -qq (DEBIAN_FRONTEND=noninteractive)');
    expect(result.out).toContain('with apt-get (through sudo -n)');
  });

  it.each([
    ['sudo refuses', { uid: 1000, sudo: 'refused' } as Setup, 'not root and sudo -n is not allowed'],
    ['there is no sudo', { uid: 1000, sudo: 'absent' } as Setup, 'not root and sudo -n is not allowed'],
    ['it is not Debian', { apt: false } as Setup, 'no apt-get (not Debian or Ubuntu)'],
    ['apt-get installs nothing', { apt: 'broken' } as Setup, 'still missing'],
  ])('stops with one message and the exact command when %s', (_case, setup, reason) => {
    const result = run(setup, 'chromium', 'firefox');
    expect(result.status).toBe(2);
    expect(result.err).toContain(reason);
    expect(result.err).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium chromium-l10n firefox-esr firefox-esr-l10n-tr'",
    );
  });
});

describe('check-node', () => {
  const check = (version: string) =>
    spawnSync(process.execPath, [join(import.meta.dirname, 'check-node.cjs')], { encoding: 'utf8', env: { CHECK_NODE_VERSION: version } });

  it('lets engines.node through and stops an older Node with one line', () => {
    expect(check('20.19.0').status).toBe(0);
    expect(check('22.1.0').status).toBe(0);
    const old = check('18.20.4');
    expect(old.status).toBe(1);
    expect(old.stderr.trim().split('\n')).toEqual([expect.stringMatching(/needs Node >=20\.19 .* this is Node 18\.20\.4\. Install Node/)]);
  });
});
