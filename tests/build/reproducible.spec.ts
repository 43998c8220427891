import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles, zipBytes, zipName } from '../../scripts/package';

// What an AMO reviewer does with the source zip: unpack it, build, and get our dist zips byte for byte. It also
// proves that two builds of one commit give identical zips (the reviewer's build is the second one).

const ROOT = join(import.meta.dirname, '..', '..');
const dist = (name: string) => readFileSync(join(ROOT, 'dist', name));

describe('the build is reproducible', () => {
  const unpacked = mkdtempSync(join(tmpdir(), 'joom-source-'));
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it('writes the same source zip again, with the tracked files and no node_modules or dist', async () => {
    const files = sourceFiles();
    expect(files.has('package-lock.json')).toBe(true);
    expect([...files.keys()].filter((name) => /^(node_modules|dist)\//.test(name))).toEqual([]);
    expect((await zipBytes(files)).equals(dist(zipName('source')))).toBe(true);
  });

  it('ships no test hooks in the store zips (the rejection log of the background, the counters of the observer)', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const zip = await JSZip.loadAsync(dist(zipName(browser)));
      const scripts = Object.values(zip.files).filter((entry) => entry.name.endsWith('.js'));
      expect(scripts.length, zipName(browser)).toBeGreaterThan(2);
      for (const entry of scripts) {
        const code = await entry.async('string');
        expect(code, `${zipName(browser)}: ${entry.name}`).not.toMatch(/joomConnectorLog|batches:0,scans:0|joom-connector-test-lose-press/);
      }
    }
  });

  it('rebuilds both browser zips byte for byte from the unpacked source zip', async () => {
    const zip = await JSZip.loadAsync(dist(zipName('source')));
    for (const entry of Object.values(zip.files)) {
      const path = join(unpacked, entry.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await entry.async('nodebuffer'));
    }
    // The reviewer runs `npm ci`; the same installed packages stand in for it here (no network in tests).
    symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    // A plain shell's environment: vitest's NODE_ENV=test would make a development build.
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    execFileSync('npm', ['run', '-s', 'build'], { cwd: unpacked, stdio: 'pipe', env });
    for (const browser of ['chrome', 'firefox'] as const) {
      const rebuilt = readFileSync(join(unpacked, 'dist', zipName(browser)));
      expect(rebuilt.equals(dist(zipName(browser))), zipName(browser)).toBe(true);
    }
  }, 120_000);
});
