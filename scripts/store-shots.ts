import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { JOOM_STORES_URL } from '../src/core/checklist';
import { EXPECTED_REDIRECT } from '../src/core/redirect';
import { CHROMIUM } from '../tests/browser/drivers/chromium';

// The listing's screenshots: npm start's headless walk takes them at the size both stores show (Chrome Web Store:
// exactly 1280×800 or 640×400; AMO: 1280×800 recommended), so they always show the product as it is built now.
// Each frame is the panel at its real size under a drawn browser toolbar, the popup open under the extension's
// icon as the seller sees it, and a one-line caption in the listing's language. Chrome's promo tile is 440×280.

export const STORE_VIEWPORT = { width: 1280, height: 800 } as const;
/** The popup's own size: as wide as its body, and a browser gives a popup at most 600 px of height. */
export const POPUP_VIEWPORT = { width: 380, height: 600 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;

export const storeShotDir = (lang: 'tr' | 'en') => join(import.meta.dirname, '..', 'store', 'screenshots', lang);
export const popupShotDir = (lang: 'tr' | 'en') => join(import.meta.dirname, '..', 'out', 'popup', lang);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface Frame {
  /** The panel page, a 1280×800 screenshot at 100 %; shown from its top left at its real size. */
  panel: Buffer;
  /** How far the panel's content reaches in it (right, bottom): the drawn window is as large as it and the popup need. */
  content: { width: number; height: number };
  /** Its address: the drawn address bar shows it only where PANELS.md confirms it, else its host (shownAddress). */
  url: string;
  /** The popup: a screenshot of its whole page, drawn cropped to its body's width and whole height. */
  popup: Buffer;
  popupSize: { width: number; height: number };
  /** The popup's whole height: the frame shows all of it (drawn smaller where it is taller than POPUP_ROOM). */
  popupFull: number;
  caption: string;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const ICON = () => readFileSync(join(import.meta.dirname, '..', 'public', 'icons', 'icon-32.png'));
const ICON_LARGE = () => readFileSync(join(import.meta.dirname, '..', 'public', 'icons', 'icon-128.png'));

const LOCK =
  '<svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true"><rect x="1" y="6" width="10" height="8" rx="1.5" fill="#4b5563"/><path d="M3.5 6V4a2.5 2.5 0 0 1 5 0v2" stroke="#4b5563" stroke-width="1.6" fill="none"/></svg>';
const CAPTION = 62;

/**
 * The listing's own words beside the captions (scripts/start.ts CAPTIONS): a seller must not take the extension for
 * Joom's or ShopiVerse's (issue 17, look verdict 5, problem 1), so the promo tile and every frame's caption strip say
 * so in a line under the caption, as store/<lang>.md's description does: white and 15 px, legible at a thumbnail's
 * size (at 11–12 px in pale orange or grey it disappeared: look verdict 6, new problem 2).
 */
export const NOT_MADE_BY = { tr: 'Joom’un veya ShopiVerse’ün resmî eklentisi değildir', en: 'Not an official Joom or ShopiVerse extension' } as const;
const TOOLBAR = 44;
/** The popup's right margin in the browser window, and its top: under the toolbar's icon, over the toolbar's border. */
const POPUP_RIGHT = 14;
const POPUP_TOP = TOOLBAR - 2;
/** The frame around the drawn window: the backdrop's margin. */
const MARGIN = 16;
/** Room left under the panel's content, so that its last line does not touch the window's edge. */
const FOOT = 16;
/** The height the frame has for a popup under the toolbar: one taller is drawn smaller, never cut (frameHtml). */
export const POPUP_ROOM = STORE_VIEWPORT.height - CAPTION - MARGIN - POPUP_TOP - 3;
/**
 * The part of the panel the popup leaves free, in the panel screenshot's pixels (start.ts panelImage keeps the
 * panel's content to its width): left of the popup with a gutter.
 */
export const PANEL_ROOM = {
  width: STORE_VIEWPORT.width - 2 * MARGIN - POPUP_RIGHT - POPUP_VIEWPORT.width - 36,
  height: STORE_VIEWPORT.height - CAPTION - 2 * MARGIN - TOOLBAR - FOOT,
} as const;

/**
 * The browser window the frame draws: the panel at its real size (100 %) needs less than the frame, so the window is
 * as wide as the content, a gutter and the popup, and as tall as the taller of the content (with a foot's room
 * under it) and the popup; never wider or taller than the frame leaves. Around it, the frame's backdrop: a window on
 * a desk, not a page blank below its content (seller judge s38, point 9).
 */
export function windowSize(frame: Pick<Frame, 'content' | 'popupSize' | 'popupFull'>): { width: number; height: number } {
  const scale = Math.min(1, POPUP_ROOM / frame.popupFull);
  const popupWidth = Math.round(frame.popupSize.width * scale);
  const popupHeight = Math.round(frame.popupFull * scale);
  const width = Math.min(STORE_VIEWPORT.width - 2 * MARGIN, Math.max(frame.content.width + 36 + popupWidth + POPUP_RIGHT, 960));
  const page = Math.max(frame.content.height + FOOT, POPUP_TOP - TOOLBAR + popupHeight + 24);
  const height = Math.min(STORE_VIEWPORT.height - CAPTION - 2 * MARGIN, TOOLBAR + page);
  return { width, height };
}

/**
 * The panels in the frames are the project's replicas of Joom's and ShopiVerse's, not the real panels (issue 17: a
 * reviewer took them for the real ones): every frame says so on the panel, in the listing's language, as large and
 * as white-on-dark as the line under the caption.
 */
export const ILLUSTRATIVE = { tr: 'Temsili ekran görüntüsü', en: 'Illustrative screenshot' } as const;

/**
 * The addresses PANELS.md confirms: Joom's stores list, and ShopiVerse's callback (the redirect URL of the guide).
 * The rest (a store's detail page, the API applications pages, ShopiVerse's settings and product pages, its /en/
 * prefix) are guesses or unknown there, and the replicas' paths are ours.
 */
export const CONFIRMED_ADDRESSES: readonly string[] = [JOOM_STORES_URL, EXPECTED_REDIRECT];

/**
 * The address the frame's bar shows: a confirmed address as it is, any other as its host alone (as Chrome shows an
 * address it simplifies), so that no frame shows a guessed path as if it were the real panel's (issue 17).
 */
export function shownAddress(url: string): string {
  const address = new URL(url);
  const bare = `${address.origin}${address.pathname}`.replace(/\/$/, '');
  if (CONFIRMED_ADDRESSES.includes(bare)) return bare.replace(/^https:\/\//, '');
  return address.host;
}

/**
 * One window for every frame of a listing: the largest any frame's content and popup need (windowSize). Sized frame by
 * frame, the window jumped between frames in width and height, and a short page left a wide band of backdrop above
 * and below it (seller judge s39: frame 01).
 */
export function listingWindow(frames: readonly Pick<Frame, 'content' | 'popupSize' | 'popupFull'>[]): { width: number; height: number } {
  const sizes = frames.map(windowSize);
  return { width: Math.max(...sizes.map((size) => size.width)), height: Math.max(...sizes.map((size) => size.height)) };
}

function frameHtml(frame: Frame, lang: 'tr' | 'en', box: { width: number; height: number }): string {
  // Whole, never cut: a popup taller than the frame's room is drawn smaller to fit it.
  const scale = Math.min(1, POPUP_ROOM / frame.popupFull);
  const width = Math.round(frame.popupSize.width * scale);
  const height = Math.round(frame.popupFull * scale);
  const left = Math.round((STORE_VIEWPORT.width - box.width) / 2);
  const top = CAPTION + Math.max(MARGIN, Math.round((STORE_VIEWPORT.height - CAPTION - box.height) / 2));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1280px; height: 800px; overflow: hidden; font-family: system-ui, sans-serif; position: relative; background: linear-gradient(160deg, #e5e7eb, #cbd5e1); }
  .caption { height: ${CAPTION}px; background: #111827; color: #fff; font-size: 24px; line-height: 28px; font-weight: 700; display: flex; flex-direction: column; align-items: center; justify-content: center; }
  .caption .line { white-space: nowrap; }
  .caption small { font-size: 15px; line-height: 20px; font-weight: 500; color: #fff; margin-top: 2px; }
  .window { position: absolute; left: ${left}px; top: ${top}px; width: ${box.width}px; height: ${box.height}px; border-radius: 10px; overflow: hidden;
    background: #fff; box-shadow: 0 10px 30px rgba(15,23,42,.28); outline: 1px solid #94a3b8; }
  .toolbar { height: ${TOOLBAR}px; background: #e5e7eb; border-bottom: 1px solid #cbd5e1; display: flex; align-items: center; gap: 10px; padding: 0 12px; box-sizing: border-box; }
  .address { flex: 1; height: 30px; border-radius: 15px; background: #fff; display: flex; align-items: center; padding: 0 14px; font-size: 14px; color: #374151; }
  .icon { width: 32px; height: 32px; border-radius: 6px; background: #fde68a; display: flex; align-items: center; justify-content: center; outline: 2px solid #c2410c; }
  .icon img { width: 20px; height: 20px; }
  .panel { height: ${box.height - TOOLBAR}px; background: url(${dataUrl(frame.panel)}) top left / 1280px 800px no-repeat; }
  .popup { position: absolute; top: ${POPUP_TOP}px; right: ${POPUP_RIGHT}px; width: ${width}px; height: ${height}px;
    background: url(${dataUrl(frame.popup)}) top left / ${Math.round(pngSize(frame.popup).width * scale)}px auto no-repeat; border: 1px solid #9ca3af; border-radius: 8px;
    box-shadow: 0 12px 32px rgba(0,0,0,.35); overflow: hidden; }
  /* In the toolbar, beside the address: what the frame shows is a replica (ILLUSTRATIVE). At the panel's bottom left it
     covered the last row of a long page (seller judge s40, frame 04). */
  .illustrative { flex: none; padding: 4px 12px; border-radius: 6px; background: rgba(17,24,39,.88);
    color: #fff; font-size: 15px; line-height: 20px; font-weight: 600; white-space: nowrap; }
  </style></head><body>
  <div class="caption"><div class="line">${escapeHtml(frame.caption)}</div><small>${escapeHtml(NOT_MADE_BY[lang])}</small></div>
  <div class="window">
  <div class="toolbar"><div class="address">${LOCK}&nbsp;${escapeHtml(shownAddress(frame.url))}</div><div class="illustrative">${escapeHtml(ILLUSTRATIVE[lang])}</div><div class="icon"><img src="${dataUrl(ICON())}" alt=""></div></div>
  <div class="panel"></div>
  <div class="popup"></div>
  </div>
  </body></html>`;
}

function promoHtml(lang: 'tr' | 'en', name: string): string {
  // True to the guide: seven steps with the seller's own Kaydet and İzin ver ("in one click" promised what it is not),
  // and no promise that nothing is ever pasted (a form the extension will not fill is filled by hand: a seller's look).
  const line =
    lang === 'tr'
      ? 'Joom mağazanızı ShopiVerse’e kolayca bağlayın: bilgiler Joom’dan okunur, ShopiVerse’e yazılır'
      : 'Connect your Joom store to ShopiVerse the easy way: values read from the page, written into the form';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 440px; height: 280px; overflow: hidden; font-family: system-ui, sans-serif; background: linear-gradient(135deg, #c2410c, #7c2d12); color: #fff;
    display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 12px; text-align: center; }
  img { width: 76px; height: 76px; border-radius: 18px; background: #fff; padding: 8px; box-sizing: border-box; }
  h1 { font-size: 25px; line-height: 30px; margin: 0 16px; text-wrap: balance; }
  /* Balanced lines: greedy wrapping left one word alone on the last line (a seller judge's look, issue 17). */
  p { font-size: 17px; margin: 0 24px; font-weight: 600; text-wrap: balance; }
  small { font-size: 15px; font-weight: 600; color: #fff; margin: -4px 24px 0; text-shadow: 0 1px 2px rgba(0,0,0,.35); text-wrap: balance; }
  </style></head><body><img src="${dataUrl(ICON_LARGE())}" alt=""><h1>${escapeHtml(name)}</h1><p>${escapeHtml(line)}</p><small>${escapeHtml(NOT_MADE_BY[lang])}</small></body></html>`;
}

/** Draws the frames and the promo tile in a plain headless Chromium (no extension, no network: data: images only). */
export async function drawListing(lang: 'tr' | 'en', frames: { name: string; frame: Frame }[], dir: string, name: string): Promise<string[]> {
  const executablePath = CHROMIUM.find((path) => existsSync(path));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: STORE_VIEWPORT });
    const box = listingWindow(frames.map(({ frame }) => frame));
    for (const [index, { name: file, frame }] of frames.entries()) {
      await page.setContent(frameHtml(frame, lang, box), { waitUntil: 'load' });
      // One line, whole: a caption that wrapped pushed its first line and the disclaimer out of the strip (a seller's
      // look, frame 01), with 48 px free at either end (TR 01 ran to 28 px of the edges: seller judge s38). A long one is set
      // smaller, down to 18 px; longer still, the walk stops and says so.
      const fits = await page.evaluate(() => {
        const line = document.querySelector('.caption .line') as HTMLElement;
        for (let size = 24; size >= 18; size--) {
          line.style.fontSize = `${size}px`;
          if (line.scrollWidth <= document.body.clientWidth - 2 * 48) return true;
        }
        return false;
      });
      if (!fits) throw new Error(`the caption of frame ${file} (${lang}) does not fit on one line at 18 px: shorten it`);
      const path = join(dir, `${String(index + 1).padStart(2, '0')}-${file}.png`);
      await page.screenshot({ path, omitBackground: false });
      written.push(path);
    }
    await page.setViewportSize(PROMO_TILE);
    await page.setContent(promoHtml(lang, name), { waitUntil: 'load' });
    const promo = join(dir, 'promo-tile-440x280.png');
    await page.screenshot({ path: promo });
    written.push(promo);
  } finally {
    await browser.close();
  }
  return written;
}
