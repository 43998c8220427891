import { join } from 'node:path';

// The listing's screenshots: npm start's headless walk takes them at the size both stores show (Chrome Web Store:
// exactly 1280×800 or 640×400; AMO: 1280×800 recommended), so they always show the product as it is built now.

export const STORE_VIEWPORT = { width: 1280, height: 800 } as const;

export const storeShotDir = (lang: 'tr' | 'en') => join(import.meta.dirname, '..', 'store', 'screenshots', lang);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
