import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..');

/** The reader and the observer as the content script uses them, bundled for a page (bench/page-entry.ts). */
export async function benchBundle(): Promise<string> {
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
      lib: { entry: join(ROOT, 'bench', 'page-entry.ts'), formats: ['iife'], name: 'bench', fileName: () => 'bench.js' },
    },
  });
  return readFileSync(join(out, 'bench.js'), 'utf8');
}
