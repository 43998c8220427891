import { type HeaderResult, jpegNeedsFrom, readHeader } from '../core/image-header';
import { isSafeImageUrl } from '../core/url-safety';

// Reads only as many bytes of an image as its header needs. The first Range is small: PNG, GIF, WebP and a plain
// JPEG say their size in it. A range is asked again only when the size field is not in it, and then from where the
// size field can be (a JPEG's segments are walked by their lengths, so a long EXIF block is skipped, not read).
// Safety: only URLs that pass core/url-safety, redirects re-checked (in a browser, refused: they are opaque),
// a time limit and a byte cap per image.

/** Probes at once per image host: a browser opens about six connections per host; four leaves the page room. */
export const PER_HOST = 4;
/** The first range: enough for a PNG, GIF, WebP or BMP header and a JPEG's frame header behind a usual JFIF/ICC. */
export const FIRST_RANGE = 4 * 1024;
/** Later ranges are streamed and cancelled as soon as the header answers. */
const NEXT_RANGE = 256 * 1024;
/** A gap shorter than this is streamed through rather than skipped: another request costs a round trip. */
const SKIP_OVER = 128 * 1024;
/** The byte cap, on bytes received and on the buffer (offsets past it are refused): no image header needs more. */
export const MAX_HEADER_BYTES = 1024 * 1024;
export const PROBE_TIMEOUT_MS = 5000;
const MAX_REDIRECTS = 3;

export interface ProbeResult {
  header: HeaderResult;
  /** The file's full size, when the server says it (Content-Range or Content-Length). */
  bytes?: number;
  /** Bytes actually received. */
  received: number;
  /** The size the probe's buffer reached (at most MAX_HEADER_BYTES). */
  buffered: number;
}

function totalSize(response: Response): number | undefined {
  const range = response.headers.get('content-range')?.match(/\/(\d+)\s*$/);
  if (range?.[1]) return Number(range[1]);
  const length = response.headers.get('content-length');
  return response.status === 200 && length ? Number(length) : undefined;
}

/** The bytes of a file read so far, at their offsets, with what is known and what is not; never more than `capacity`. */
class SparseFile {
  private store = new Uint8Array(0);
  private length = 0;
  private known: [number, number][] = [];
  received = 0;

  constructor(private readonly capacity: number) {}

  get bytes(): Uint8Array {
    return this.store.subarray(0, this.length);
  }

  /** The buffer's size: it only grows, so this is its peak. */
  get buffered(): number {
    return this.store.byteLength;
  }

  write(offset: number, chunk: Uint8Array): void {
    this.received += chunk.byteLength;
    // Bytes at or past the cap are counted, never kept: a JPEG's segment lengths can point 64 MB ahead in
    // 4-byte steps, and the gap before such an offset must not be allocated.
    if (offset >= this.capacity) return;
    const kept = chunk.subarray(0, this.capacity - offset);
    const end = offset + kept.byteLength;
    if (end > this.store.byteLength) {
      const grown = new Uint8Array(Math.min(this.capacity, Math.max(end, this.store.byteLength * 2)));
      grown.set(this.store);
      this.store = grown;
    }
    this.store.set(kept, offset);
    this.length = Math.max(this.length, end);
    const last = this.known.at(-1);
    if (last && last[1] === offset) last[1] = end;
    else this.known.push([offset, end]);
  }

  has = (start: number, length: number): boolean => this.known.some(([from, to]) => from <= start && start + length <= to);

  /** Where reading must go on, or undefined when what is known holds the header (or the walk cannot tell). */
  needsFrom(): number | undefined {
    return jpegNeedsFrom(this.bytes, this.has);
  }

  header(complete: boolean): HeaderResult {
    return readHeader(this.bytes, complete);
  }

  reset(): void {
    this.length = 0;
    this.known = [];
  }
}

/** A response for `url`, following redirects only to URLs that pass the same checks. */
async function open(url: string, range: string, fetcher: typeof fetch, signal: AbortSignal): Promise<Response | undefined> {
  let target = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isSafeImageUrl(target)) return undefined;
    const response = await fetcher(target, { headers: { Range: range }, credentials: 'omit', redirect: 'manual', signal });
    // A browser hides where a redirect goes: a redirect it cannot check is refused.
    if (response.type === 'opaqueredirect') return undefined;
    if (response.status < 300 || response.status >= 400) return response;
    const location = response.headers.get('location');
    await response.body?.cancel().catch(() => undefined);
    if (!location) return undefined;
    target = new URL(location, target).href;
  }
  return undefined;
}

export interface ProbeOptions {
  fetcher?: typeof fetch;
  timeoutMs?: number;
}

export async function probeImage(url: string, { fetcher = fetch, timeoutMs = PROBE_TIMEOUT_MS }: ProbeOptions = {}): Promise<ProbeResult> {
  const file = new SparseFile(MAX_HEADER_BYTES);
  let bytes: number | undefined;
  const signal = AbortSignal.timeout(timeoutMs);
  const answer = (header: HeaderResult): ProbeResult => ({ header, bytes, received: file.received, buffered: file.buffered });
  let start = 0;
  let end = FIRST_RANGE - 1;
  try {
    while (file.received < MAX_HEADER_BYTES) {
      const response = await open(url, `bytes=${start}-${end}`, fetcher, signal);
      if (!response?.ok || !response.body) return answer({ kind: 'unknown' });
      bytes ??= totalSize(response);
      // A server that ignores Range sends the whole file from byte 0: read it as one stream.
      const partial = response.status === 206;
      if (!partial) {
        file.reset();
        start = 0;
      }
      let position = start;
      let ended = false;
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (value) {
            file.write(position, value);
            position += value.byteLength;
          }
          ended = done;
          const whole = (!partial && done) || (bytes !== undefined && position >= bytes && file.has(0, bytes));
          const jump = file.needsFrom();
          if (jump === undefined || whole) {
            const header = file.header(whole || file.received >= MAX_HEADER_BYTES);
            if (header.kind !== 'more') return answer(header);
          }
          if (done || file.received >= MAX_HEADER_BYTES) break;
          // A JPEG whose next segment is far ahead: skip to it with a new range rather than read the gap.
          if (partial && jump !== undefined && jump - position > SKIP_OVER) break;
          // Nothing past the cap is kept: a segment said to lie beyond it ends the probe.
          if (jump !== undefined && jump >= MAX_HEADER_BYTES) break;
        }
      } finally {
        // Stop the download as soon as the header has answered (or this range is left for another).
        await reader.cancel().catch(() => undefined);
      }
      if (!partial) break;
      const next = file.needsFrom() ?? (ended ? position : undefined);
      if (next === undefined || next >= MAX_HEADER_BYTES || (bytes !== undefined && next >= bytes)) break;
      start = next;
      end = next + NEXT_RANGE - 1;
    }
  } catch {
    // Timed out, refused or cut off: what was read may still tell the format.
  }
  const header = file.header(true);
  return answer(header.kind === 'more' ? { kind: 'unknown' } : header);
}
