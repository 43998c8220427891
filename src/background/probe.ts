import { type HeaderResult, readHeader } from '../core/image-header';

// Reads only as many bytes of an image as its header needs: asks for a Range, streams what comes (a server may
// ignore the Range and send the whole file) and cancels the stream as soon as the parser answers.

/** Probes at once per image host: a browser opens about six connections per host; four leaves the page room. */
export const PER_HOST = 4;
/**
 * Byte ranges asked for in turn. The first is wide enough for the EXIF and ICC blocks cameras and editors put
 * before a JPEG's frame header, so one round trip answers nearly always (latency, not bytes, is what costs here);
 * the stream is cancelled as soon as the header is read, so a wide range does not mean a long read.
 */
export const RANGES: readonly [number, number][] = [
  [0, 256 * 1024 - 1],
  [256 * 1024, 1024 * 1024 - 1],
];
export const MAX_HEADER_BYTES = 1024 * 1024;

export interface ProbeResult {
  header: HeaderResult;
  /** The file's full size, when the server says it (Content-Range or Content-Length). */
  bytes?: number;
  /** Bytes actually received. */
  received: number;
}

function totalSize(response: Response): number | undefined {
  const range = response.headers.get('content-range')?.match(/\/(\d+)\s*$/);
  if (range?.[1]) return Number(range[1]);
  const length = response.headers.get('content-length');
  return response.status === 200 && length ? Number(length) : undefined;
}

function append(buffer: Uint8Array, chunk: Uint8Array): Uint8Array {
  const next = new Uint8Array(buffer.byteLength + chunk.byteLength);
  next.set(buffer);
  next.set(chunk, buffer.byteLength);
  return next;
}

export async function probeImage(url: string, fetcher: typeof fetch = fetch): Promise<ProbeResult> {
  let buffer: Uint8Array = new Uint8Array(0);
  let bytes: number | undefined;
  for (const [start, end] of RANGES) {
    const response = await fetcher(url, { headers: { Range: `bytes=${start}-${end}` }, credentials: 'omit' });
    if (!response.ok || !response.body) return { header: { kind: 'unknown' }, received: buffer.byteLength, bytes };
    bytes ??= totalSize(response);
    // A server that ignores Range sends the whole file from byte 0: read it as one stream.
    const partial = response.status === 206;
    if (!partial) buffer = new Uint8Array(0);
    const reader = response.body.getReader();
    let header: HeaderResult = { kind: 'more' };
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (value) buffer = append(buffer, value);
        const complete = (done && (!partial || (bytes !== undefined && buffer.byteLength >= bytes))) || buffer.byteLength >= MAX_HEADER_BYTES;
        header = readHeader(buffer, complete);
        if (header.kind !== 'more' || done) break;
      }
    } finally {
      // Stop the download as soon as the header has answered.
      await reader.cancel().catch(() => undefined);
    }
    if (header.kind !== 'more') return { header, bytes, received: buffer.byteLength };
    if (!partial) break;
  }
  return { header: { kind: 'unknown' }, bytes, received: buffer.byteLength };
}
