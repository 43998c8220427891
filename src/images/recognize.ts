// What makes an image a product image: not a logo, icon, avatar or flag, and beside a product's name, code or
// price. Words and patterns as data; the panels' class names are never used.

export const NOT_PRODUCT = /\b(logo|icon|avatar|flag|sprite|banner|profile|favicon|bayrak|simge)\b/i;

/** Text near a product image: a price with a currency, or a product field's label. */
const PRODUCT_HINTS = [
  /\d[\d.,\s]*\s?(TRY|TL|₺|\$|€|USD|EUR|RUB|₽)/i, // a price
  /(TRY|TL|₺|\$|€|USD|EUR)\s?\d/i, // a price, currency first
  /\b(stok kodu|barkod|ürün kodu|sku|product code|varyant|variant|fiyat|price|stok|stock)\b/i, // product fields
];
const MAX_CONTEXT_TEXT = 3000;
const CLIMB = 8;

export function hasProductHint(text: string): boolean {
  return PRODUCT_HINTS.some((pattern) => pattern.test(text));
}

/** Boxes that hold a page region, never one product: the climb stops at them. */
const REGIONS = new Set(['BODY', 'HTML', 'MAIN', 'HEADER', 'NAV', 'FOOTER', 'ASIDE']);
const REGION_ROLES = /^(banner|navigation|main|contentinfo|complementary)$/;

/** The image's row, card or gallery, up to a few boxes up, reads like a product; a page region does not count. */
export function looksLikeProductContext(image: Element): boolean {
  let box: Element | null = image.parentElement;
  for (let level = 0; box && level < CLIMB; level++, box = box.parentElement) {
    if (REGIONS.has(box.tagName.toUpperCase()) || REGION_ROLES.test(box.getAttribute('role') ?? '')) return false;
    const text = box.textContent ?? '';
    if (text.length > MAX_CONTEXT_TEXT) return false;
    if (hasProductHint(text)) return true;
  }
  return false;
}

/** The original rather than a thumbnail: the widest srcset entry, or a link around the image to an image file. */
export function largestSource(image: HTMLImageElement): string | undefined {
  let best: { url: string; width: number } | undefined;
  for (const entry of (image.getAttribute('srcset') ?? '').split(',')) {
    const [url, descriptor] = entry.trim().split(/\s+/);
    const width = descriptor?.endsWith('w') ? Number.parseInt(descriptor, 10) : descriptor?.endsWith('x') ? Number.parseFloat(descriptor) * 1000 : 1;
    if (url && (!best || width > best.width)) best = { url: new URL(url, image.baseURI).href, width };
  }
  if (best) return best.url;
  const link = image.closest('a[href]');
  const href = link?.getAttribute('href');
  if (href && /\.(jpe?g|png|webp|gif)(\?|#|$)/i.test(href)) return new URL(href, image.baseURI).href;
  return undefined;
}
