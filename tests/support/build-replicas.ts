import { join } from 'node:path';
import { build } from 'vite';
import { REPLICA_BUILD } from '../panels/routes';

/** Bundle each replica (React included) into one script the routes serve at /__replica/<name>.js. */
export async function buildReplicas(): Promise<void> {
  for (const name of ['joom', 'shopiverse']) {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      mode: 'production',
      oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
      build: {
        outDir: REPLICA_BUILD,
        emptyOutDir: false,
        minify: false,
        lib: { entry: join(import.meta.dirname, '..', 'panels', name, 'app.tsx'), formats: ['iife'], name: `replica_${name}`, fileName: () => `${name}.js` },
      },
    });
  }
}
