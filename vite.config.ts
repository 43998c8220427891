import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// One source, two builds: `BROWSER=firefox vite build` derives the Firefox manifest (background script instead of a
// service worker, a gecko id, the data-collection declaration AMO requires) and writes dist/firefox.

const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

const GECKO_ID = 'joom-connector@shopiverse-tools.example';

function firefoxManifest(base: typeof manifest): ManifestV3Export {
  const { service_worker: script, ...background } = base.background;
  return {
    ...base,
    background: { ...background, scripts: [script] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // data_collection_permissions arrived in Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: target === 'firefox' ? firefoxManifest(manifest) : (manifest as ManifestV3Export), browser: target })],
  build: { outDir: `dist/${target}`, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 200 },
  logLevel: 'warn',
});
