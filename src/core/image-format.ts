// An image file's format, from what is known without decoding it: its first bytes (the formats' magic numbers),
// the type a server or a <picture> <source> declares, or, only as a hint for the message, the URL's extension.
// Small on purpose: content scripts carry it, and a format needs a dozen bytes, not a header parser.

export type ImageFormat = 'png' | 'jpg' | 'webp' | 'gif' | 'avif' | 'heic' | 'bmp' | 'svg' | 'tiff';

/** The formats Joom takes (PANELS.md: PNG, JPG or JPEG). */
export const ACCEPTED_FORMATS: readonly ImageFormat[] = ['png', 'jpg'];

/** Bytes enough to tell every format here apart. */
export const SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (/^(heic|heix|hevc|hevx|mif1|msf1)$/.test(brand)) return 'heic';
  }
  const text = ascii(bytes, 0, Math.min(bytes.length, SNIFF_BYTES)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

const MIME: Record<string, ImageFormat> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/heif': 'heic',
  'image/bmp': 'bmp',
  'image/svg+xml': 'svg',
  'image/tiff': 'tiff',
};

/** A declared media type ("image/webp; q=…"), as a <source type> or a Content-Type says it. */
export function formatFromMime(type: string | null | undefined): ImageFormat | undefined {
  return MIME[(type ?? '').split(';')[0]?.trim().toLowerCase() ?? ''];
}

/** image-size's type names, in ours. */
export function formatFromHeaderType(type: string): ImageFormat | undefined {
  if (type === 'heif') return 'heic';
  return (['png', 'jpg', 'webp', 'gif', 'avif', 'heic', 'bmp', 'svg', 'tiff'] as const).find((format) => format === type);
}

/** The URL's file extension, when it names an image format: a hint for the seller, never proof of the format. */
export function extensionHint(url: string): string | undefined {
  try {
    return new URL(url).pathname.match(/\.(png|jpe?g|webp|gif|avif|heic|heif|bmp|svg|tiff?)$/i)?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}
