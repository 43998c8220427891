import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local image host for tests and the benchmark: optional Range support, a fixed latency per request and a
// bandwidth cap per response, so that reading less shows up as taking less time.

export interface ImageServerOptions {
  latencyMs?: number;
  bytesPerSecond?: number;
  honourRange?: boolean;
  /** Paths answered with a redirect to the given URL. */
  redirects?: Record<string, string>;
}

/** The public name the probe sees: it refuses loopback addresses, so a fetcher maps this name to the local server. */
export const PUBLIC_IMAGE_HOST = 'https://images.bench.example';

export interface ImageServer {
  url(path: string): string;
  /** The file's URL on a public-looking https host, answered by `fetcher` from the local server. */
  publicUrl(path: string): string;
  fetcher: typeof fetch;
  bytesSent(): number;
  requests(): number;
  close(): Promise<void>;
}

export async function startImageServer(files: Map<string, Buffer>, options: ImageServerOptions = {}): Promise<ImageServer> {
  const { latencyMs = 0, bytesPerSecond = Number.POSITIVE_INFINITY, honourRange = true, redirects = {} } = options;
  let sent = 0;
  let count = 0;
  const server: Server = createServer((request, response) => {
    count++;
    const path = decodeURIComponent((request.url ?? '/').slice(1));
    const file = files.get(path);
    setTimeout(() => {
      const location = redirects[path];
      if (location) {
        response.writeHead(302, { location }).end();
        return;
      }
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      let body = file;
      const range = honourRange ? request.headers.range?.match(/bytes=(\d+)-(\d*)/) : null;
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : file.length - 1, file.length - 1);
        body = file.subarray(start, end + 1);
        response.writeHead(206, { 'content-type': 'image/jpeg', 'content-range': `bytes ${start}-${end}/${file.length}`, 'content-length': body.length });
      } else {
        response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': body.length, 'accept-ranges': honourRange ? 'bytes' : 'none' });
      }
      // Send in 16 KB slices paced to the bandwidth; stop when the client goes away (a cancelled stream).
      const slice = 16 * 1024;
      let offset = 0;
      const next = () => {
        if (response.destroyed || offset >= body.length) {
          response.end();
          return;
        }
        const piece = body.subarray(offset, offset + slice);
        offset += piece.length;
        sent += piece.length;
        response.write(piece);
        setTimeout(next, Number.isFinite(bytesPerSecond) ? (piece.length / bytesPerSecond) * 1000 : 0);
      };
      next();
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    publicUrl: (path) => `${PUBLIC_IMAGE_HOST}/${path}`,
    fetcher: (input, init) => fetch(String(input).replace(PUBLIC_IMAGE_HOST, `http://127.0.0.1:${port}`), init),
    bytesSent: () => sent,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
