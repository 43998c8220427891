import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize, STORE_VIEWPORT } from '../../scripts/store-shots';
import { launchChromium } from '../browser/drivers/chromium';

// What the two stores are given: listing texts within their limits and in step with the manifest, a privacy policy
// that matches the Firefox manifest's declaration, the identity from its one place, and screenshots of their size.

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const chars = (text: string) => [...text].length;

function listing(lang: 'tr' | 'en') {
  const sections = Object.fromEntries(
    read(`store/${lang}.md`)
      .split(/^# /m)
      .slice(1)
      .map((section) => {
        const [title = '', ...body] = section.split('\n');
        return [title.trim(), body.join('\n').trim()];
      }),
  );
  return sections as { Name: string; Summary: string; Description: string };
}

describe.each(['tr', 'en'] as const)('store/%s.md', (lang) => {
  const texts = listing(lang);
  const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;

  it('has a name within AMO’s 50 characters (CWS: 75), the one the manifest shows', () => {
    expect(chars(texts.Name)).toBeGreaterThan(0);
    expect(chars(texts.Name)).toBeLessThanOrEqual(50);
    expect(texts.Name).toBe(messages.extName?.message);
  });

  it('has a summary within CWS’s 132 characters (AMO: 250), the manifest’s description', () => {
    expect(chars(texts.Summary)).toBeGreaterThan(0);
    expect(chars(texts.Summary)).toBeLessThanOrEqual(132);
    expect(texts.Summary).toBe(messages.extDescription?.message);
  });

  it('has a description within CWS’s 16,000 characters that says where the data goes', () => {
    expect(chars(texts.Description)).toBeGreaterThan(500);
    expect(chars(texts.Description)).toBeLessThanOrEqual(16_000);
    expect(texts.Description).toMatch(lang === 'tr' ? /hiçbir şey gönderilmez/ : /Nothing is sent to us/);
  });

  it('says the extension is not an official Joom or ShopiVerse extension', () => {
    expect(texts.Description).toMatch(lang === 'tr' ? /Joom’un veya ShopiVerse’ün resmî eklentisi değildir/ : /not an official Joom or ShopiVerse extension/);
    // Nor made, endorsed or supported by either: said as "not official" first, not as "not made by" (issue 17).
    expect(texts.Description).toMatch(
      lang === 'tr' ? /Joom ya da ShopiVerse tarafından onaylanmamıştır ve desteklenmez/ : /not made, endorsed or supported by Joom or by ShopiVerse/,
    );
    expect(texts.Description).not.toMatch(/tarafından yapılmamıştır/);
  });
});

describe('privacy and identity in the Firefox build', () => {
  const manifest = JSON.parse(read('dist/firefox/manifest.json'));
  const pkg = JSON.parse(read('package.json'));

  it('declares the data collection PRIVACY.md states, and PRIVACY.md speaks both languages', () => {
    const privacy = read('PRIVACY.md');
    const declared = privacy.match(/`data_collection_permissions: (\{.*\})`/)?.[1];
    expect(declared).toBeDefined();
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual(JSON.parse(declared as string));
    expect(privacy).toContain('## Türkçe');
    expect(privacy).toContain('## English');
  });

  it('takes the add-on id and the author from package.json, the one place to change them', () => {
    expect(manifest.browser_specific_settings.gecko.id).toBe(pkg.config.geckoId);
    expect(manifest.author).toBe(pkg.author.name);
    expect(manifest.developer).toEqual({ name: pkg.author.name, url: pkg.author.url });
    expect(JSON.parse(read('dist/chrome/manifest.json')).author).toEqual({ email: pkg.author.email });
  });
});

describe('store screenshots', () => {
  it('are taken at 1280×800 as 24-bit PNGs without alpha, as npm start’s walk takes them', async () => {
    const driver = await launchChromium({ lang: 'en', viewport: STORE_VIEWPORT });
    const dir = mkdtempSync(join(tmpdir(), 'joom-shot-'));
    try {
      const page = await driver.open('https://merchant.joom.com/panel/stores');
      const path = join(dir, 'shot.png');
      await page.screenshot(path, { fullPage: false });
      const png = readFileSync(path);
      expect(pngSize(png)).toEqual({ width: 1280, height: 800 });
      expect([png[24], png[25]]).toEqual([8, 2]); // 8 bits per channel, truecolour without alpha (CWS refuses alpha)
    } finally {
      await driver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
