import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildReplicas } from './build-replicas';

// Before any browser test: the replicas are bundled, and the extension must have been built (npm test builds it).
// npm test bundles the replicas once before its two browser runs start side by side, and says so.
export default async function setup(): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  for (const browser of ['chrome', 'firefox']) {
    if (!existsSync(join(root, 'dist', browser, 'manifest.json'))) throw new Error(`dist/${browser} is missing: run npm run build first`);
  }
  if (process.env.JOOM_REPLICAS_BUILT !== '1') await buildReplicas();
}
