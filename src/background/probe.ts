import { type HeaderResult, readHeader } from '../core/image-header';

// Reads only as many bytes of an image as its header needs: asks for a Range, streams what comes (a server may
// ignore the Range and send the whole file) and cancels the stream as soon as the parser answers.

export const FIRST_RANGE = 64 * 1024;
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

export async function probeImage(url: string, fetcher: typeof fetch = fetch): Promise<ProbeResult> {
  let received = 0;
  let buffer = new Uint8Array(0);
  let bytes: number | undefined;
  // First a short Range; if the header needs more (a large EXIF or ICC block), the rest in a second request.
  for (const range of [`bytes=0-${FIRST_RANGE - 1}`, undefined]) {
    const response = await fetcher(url, { headers: range ? { Range: range } : {}, credentials: 'omit' });
    if (!response.ok || !response.body) return { header: { kind: 'unknown' }, received, bytes };
    bytes ??= totalSize(response);
    const partial = response.status === 206;
    const reader = response.body.getReader();
    buffer = new Uint8Array(0);
    let header: HeaderResult = { kind: 'more' };
    try {
      while (header.kind === 'more') {
        const { done, value } = await reader.read();
        if (value) {
          received += value.byteLength;
          const next = new Uint8Array(buffer.byteLength + value.byteLength);
          next.set(buffer);
          next.set(value, buffer.byteLength);
          buffer = next;
        }
        const complete = done && (!partial || (bytes !== undefined && buffer.byteLength >= bytes));
        header = readHeader(buffer, complete || buffer.byteLength >= MAX_HEADER_BYTES);
        if (done && header.kind === 'more') break;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
    if (header.kind !== 'more') return { header, bytes, received };
    if (!partial) return { header: { kind: 'unknown' }, bytes, received };
  }
  return { header: { kind: 'unknown' }, bytes, received };
}
