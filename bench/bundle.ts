import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..');

/** A TypeScript entry bundled as one script for a page (an IIFE, no imports), for a test or benchmark to add. */
export async function pageBundle(entry: string, fileName: string): Promise<string> {
  const out = join(ROOT, 'tests', '.build');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __TEST_HOOKS__: 'true' },
    build: {
      outDir: out,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: fileName.replace(/\.js$/, '').replace(/\W/g, '_'), fileName: () => fileName },
    },
  });
  return readFileSync(join(out, fileName), 'utf8');
}

/** The reader and the observer as the content script uses them, bundled for a page (bench/page-entry.ts). */
export const benchBundle = () => pageBundle(join(ROOT, 'bench', 'page-entry.ts'), 'bench.js');
