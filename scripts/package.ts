// The three zips of `npm run build`, written in dist/: one per browser build, and the source that AMO's reviewers
// rebuild dist/firefox from. Reproducible: the same files give the same bytes (names sorted, one fixed date, no
// folder entries, no file modes), so a reviewer's zip can be compared with ours, and two builds of one commit match.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** The earliest date a zip can hold: no clock, no time zone in the bytes. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

export function zipBytes(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of [...files.keys()].sort()) zip.file(name, files.get(name) as Buffer, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

async function writeZip(path: string, files: Map<string, Buffer>): Promise<void> {
  const bytes = await zipBytes(files);
  writeFileSync(path, bytes);
  console.log(`${relative(ROOT, path)} (${(bytes.length / 1024).toFixed(1)} KB)`);
}

export function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/** The tracked files as they are in the work tree (what was just built), without node_modules or dist. */
export function sourceFiles(): Map<string, Buffer> {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const deleted = new Set(execFileSync('git', ['ls-files', '-z', '--deleted'], { cwd: ROOT, encoding: 'utf8' }).split('\0'));
  return new Map(listed.filter((name) => !deleted.has(name)).map((name) => [name, readFileSync(join(ROOT, name))]));
}

function insideGit(): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === ROOT;
  } catch {
    return false;
  }
}

export const zipName = (kind: 'chrome' | 'firefox' | 'source') => `joom-connector-${kind}-${version}.zip`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const browser of ['chrome', 'firefox'] as const) await writeZip(join(ROOT, 'dist', zipName(browser)), filesUnder(join(ROOT, 'dist', browser)));
  if (insideGit()) await writeZip(join(ROOT, 'dist', zipName('source')), sourceFiles());
  // A reviewer builds from the unpacked source zip, which is no git checkout: the browser zips are what they compare.
  else console.log('not a git checkout: no source zip (the browser zips are built as usual)');
}
