import { formatFromMime, type ImageFormat, SNIFF_BYTES, sniffFormat } from '../core/image-format';
import { perHostLimit } from '../core/per-host';
import { isSafeImageUrl } from '../core/url-safety';

// An image file's format, learned with no permission beyond the page's own: the type of the <picture> <source>
// the browser chose, else the first bytes of the file by a small ranged fetch, which the browser allows only when
// the image host permits cross-origin reads (else the format stays unknown, and the verdict says so).

const PER_HOST = 4; // as the background's probe: the page keeps its connections
const TIMEOUT_MS = 5000;
const known = new Map<string, Promise<ImageFormat | undefined>>();

/** The declared type of the <source> whose file the browser shows for `image`. */
export function chosenSourceType(image: HTMLImageElement): ImageFormat | undefined {
  const picture = image.parentElement;
  if (picture?.tagName !== 'PICTURE' || !image.currentSrc) return undefined;
  for (const source of picture.querySelectorAll('source[type]')) {
    const urls = (source.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '');
    if (urls.some((url) => url && new URL(url, image.baseURI).href === image.currentSrc)) return formatFromMime(source.getAttribute('type'));
  }
  return undefined;
}

async function readStart(url: string): Promise<ImageFormat | undefined> {
  try {
    const response = await fetch(url, {
      headers: { Range: `bytes=0-${SNIFF_BYTES - 1}` },
      credentials: 'omit',
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok || !response.body) return undefined;
    const reader = response.body.getReader();
    let bytes = new Uint8Array(0);
    try {
      while (bytes.byteLength < SNIFF_BYTES) {
        const { done, value } = await reader.read();
        if (value) bytes = new Uint8Array([...bytes, ...value.subarray(0, SNIFF_BYTES)]);
        if (done) break;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
    return sniffFormat(bytes) ?? formatFromMime(response.headers.get('content-type'));
  } catch {
    return undefined; // no cross-origin read allowed, or no answer: not known
  }
}

const slot = perHostLimit(PER_HOST);

/** The format of the file at `url`, read once per page; undefined when the page's rights do not let us see it. */
export function fileFormat(url: string): Promise<ImageFormat | undefined> {
  if (!isSafeImageUrl(url)) return Promise.resolve(undefined);
  let format = known.get(url);
  if (!format) {
    format = slot(new URL(url).host, () => readStart(url));
    known.set(url, format);
  }
  return format;
}
