import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// One source, two builds: `BROWSER=firefox vite build` derives the Firefox manifest (background script instead of a
// service worker, a gecko id, the data-collection declaration AMO requires) and writes dist/firefox.

const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
const outDir = `dist/${target}`;

// Who publishes it: package.json's `author` and `config.geckoId`, the one place to change before the first
// submission (README: "Before the first submission").
const { author, config } = pkg;

type Manifest = typeof manifest;

function forBrowser(base: Omit<Manifest, 'content_scripts' | 'action'> & { action: Omit<Manifest['action'], 'default_popup'> }): ManifestV3Export {
  // Chrome's `author` holds an e-mail; Firefox's is a name, with `developer` beside it.
  if (target === 'chrome') return { ...base, author: { email: author.email } } as ManifestV3Export;
  const { service_worker: script, ...background } = base.background;
  return {
    ...base,
    background: { ...background, scripts: [script] },
    author: author.name,
    developer: { name: author.name, url: author.url },
    browser_specific_settings: {
      // PRIVACY.md says why nothing is declared as collected; tests/build/store.spec.ts holds the two together.
      gecko: { id: config.geckoId, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // data_collection_permissions arrived in Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/**
 * Content scripts are built apart, each as one classic script: crxjs would load them as modules through a loader
 * and make their chunks web-accessible, so that any page could detect the extension, and the chunks it shares with
 * the background carry code a content script never runs (19 KB gzipped instead of 16).
 */
/** Test hooks (the background's rejection log, the observer's counters) only in the build tests load. */
const define = { __TEST_HOOKS__: JSON.stringify(process.env.JOOM_TEST_HOOKS === '1') };

/**
 * The popup is built apart too, as one module with nothing to preload: in crxjs's build it shared a chunk with the
 * background, so its page fetched and linked two modules (and ran Vite's modulepreload polyfill, whose observer then
 * watched every node the first render added) before it could ask for its data (issue 17: the popup within 10 ms of
 * an empty extension page, npm run bench).
 */
const POPUP = manifest.action.default_popup;

/** One classic script (an IIFE) written to `dir` as `fileName`: built apart, it shares no chunk and loads no module. */
async function buildClassic(entry: string, dir: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'joomConnector', fileName: () => fileName },
    },
  });
}

async function buildPopup(): Promise<void> {
  // early.ts, one classic script beside the page (its HTML names it ./early.js): it must run before the module has
  // arrived, so it shares no chunk with it.
  await buildClassic(join(POPUP, '..', 'early.ts'), join(outDir, POPUP, '..'), 'early.js');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      // The chunk keeps the name it had under crxjs (tests/build/bundle.spec.ts finds it by that name).
      rollupOptions: {
        input: POPUP,
        // JOOM_BENCH_MARKS=1 (a measuring build, never shipped): the module marks the moment it starts to run, so that
        // npm run bench can tell the script's fetch and compile from its run.
        output: { entryFileNames: 'assets/index.html-[hash].js', banner: process.env.JOOM_BENCH_MARKS === '1' ? "performance.mark('joom-exec');" : undefined },
      },
    },
  });
}

function contentScripts(): Plugin {
  return {
    name: 'joom-connector:content-scripts',
    apply: 'build',
    async closeBundle() {
      await buildPopup();
      const scripts = manifest.content_scripts.map((script) => {
        const entry = script.js[0] as string;
        const name = entry.split('/')[1] as string; // src/<panel>/index.ts
        return { ...script, entry, js: [`content/${name}.js`] };
      });
      for (const script of scripts) await buildClassic(script.entry, outDir, script.js[0] as string);
      const path = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8'));
      built.content_scripts = scripts.map(({ entry: _entry, ...script }) => script);
      built.action = { ...built.action, default_popup: POPUP };
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

// crxjs builds the background; the popup (buildPopup) and the content scripts are built apart and put back in the
// manifest it writes.
const {
  content_scripts: _contentScripts,
  action: { default_popup: _popup, ...action },
  ...rest
} = manifest;
const pages = { ...rest, action };

export default defineConfig({
  define,
  plugins: [preact(), crx({ manifest: forBrowser(pages), browser: target }), contentScripts()],
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 200 },
  logLevel: 'warn',
});
