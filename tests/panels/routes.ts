import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeJpeg, makePng } from '../support/images';
import { DEFAULT_CONFIG, IMAGE_HOST, PRODUCT_IMAGES, type ReplicaConfig } from './data';

// What the replicas answer at the real URLs. A browser driver hands every request for these hosts to `respond`:
// nothing goes to the network.

export const REPLICA_BUILD = join(import.meta.dirname, '..', '.build');
export const ROUTED_HOSTS = [
  'https://merchant.joom.com/',
  'https://app.shopiverse.tech/',
  'https://api-merchant.joom.com/',
  `${IMAGE_HOST}/`,
  // Attackers' pages for the security tests: look-alike hosts, plain http, a page that frames ShopiVerse.
  'https://merchant.joom.com.example.test/',
  'https://app.shopiverse.tech.example.test/',
  'http://merchant.joom.com/',
  'http://app.shopiverse.tech/',
  'https://evil.example/',
];

export interface Reply {
  status: number;
  contentType: string;
  body: Buffer | string;
  headers?: Record<string, string>;
}

const STYLE = `body{font:14px system-ui;margin:0}header,nav.top{padding:8px 16px;background:#fff;border-bottom:2px solid #f97316;display:flex;gap:12px}
main{padding:16px}.row,.form-group,.field{margin:8px 0}.lbl,.form-label{color:#555;font-size:13px}.grid{display:grid;grid-template-columns:160px 1fr}
.banner{background:#fff4e5;color:#f97316;padding:8px;margin:8px 0}.btn-orange{background:#f97316;color:#fff}.btn-red{background:#ef4444;color:#fff}
.btn-cyan{background:#06b6d4;color:#fff}input.form-control{width:360px}`;

/** Named elements that make `window.browser.runtime.id` truthy in a world without its own `browser`. */
const CLOBBER = '<form id="browser" hidden><input name="runtime" id="clobbered"><input name="i18n"></form>';

function shell(app: 'joom' | 'shopiverse', config: ReplicaConfig): string {
  const lang = app === 'joom' ? config.lang : 'tr';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${app === 'joom' ? 'Joom Merchant' : 'ShopiVerse'}</title><style>${STYLE}</style></head>
<body>${config.clobber ? CLOBBER : ''}<div id="root"></div><script>window.__REPLICA__=${JSON.stringify(config)}</script><script src="/__replica/${app}.js"></script></body></html>`;
}

const images = new Map<string, Buffer>();
function imageFile(file: string): Buffer | undefined {
  const spec = PRODUCT_IMAGES.find((image) => image.file === file);
  if (!spec) return undefined;
  let bytes = images.get(file);
  if (!bytes) {
    bytes = spec.format === 'png' ? makePng(spec.width, spec.height) : makeJpeg(spec.width, spec.height);
    images.set(file, bytes);
  }
  return bytes;
}

/** ShopiVerse's server side: the Api Tanım values saved per store code. Reset when a browser is launched. */
export const shopiverseServer = new Map<string, Record<string, unknown>>();

/** Requests each image host answered, for tests that check what was fetched. */
export const imageRequests: { url: string; range?: string }[] = [];

export interface RequestInfo {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
}

export function respond(rawUrl: string, config: ReplicaConfig = DEFAULT_CONFIG, request: RequestInfo = {}): Reply | undefined {
  const url = new URL(rawUrl);
  const headers = request.headers ?? {};
  // no-store: the replicas' data (secrets included) must not reach the browser's disk cache through us.
  const html = (body: string): Reply => ({ status: 200, contentType: 'text/html; charset=utf-8', body, headers: { 'cache-control': 'no-store' } });
  const api = url.hostname.startsWith('app.shopiverse.tech') && url.pathname.match(/^\/__api\/store\/(\d{5})$/);
  if (api) {
    const code = api[1] as string;
    if (request.method === 'POST' && request.body) shopiverseServer.set(code, JSON.parse(request.body));
    const saved = shopiverseServer.get(code);
    return saved ? { status: 200, contentType: 'application/json', body: JSON.stringify(saved) } : { status: 404, contentType: 'application/json', body: '{}' };
  }
  if (url.pathname.startsWith('/__replica/')) {
    const file = url.pathname.slice('/__replica/'.length);
    return { status: 200, contentType: 'text/javascript', body: readFileSync(join(REPLICA_BUILD, file)), headers: { 'cache-control': 'no-store' } };
  }
  if (url.pathname.startsWith('/static/')) return { status: 200, contentType: 'image/png', body: makePng(32, 32) };
  if (url.hostname === 'merchant.joom.com' || url.hostname === 'merchant.joom.com.example.test') return html(shell('joom', config));
  if (url.hostname === 'app.shopiverse.tech' || url.hostname === 'app.shopiverse.tech.example.test') return html(shell('shopiverse', config));
  if (url.origin === 'https://evil.example') {
    return html(
      `<!doctype html><meta charset="utf-8"><h1>Kampanya</h1><iframe src="${url.searchParams.get('frame') ?? ''}" width="900" height="700"></iframe>`,
    );
  }
  if (url.origin === 'https://api-merchant.joom.com' && url.pathname === '/api/v2/oauth/authorize') {
    const back = url.searchParams.get('redirect_uri') ?? '';
    return html(`<!doctype html><meta charset="utf-8"><h1>Joom</h1><a id="allow" href="${back}?code=0123456789abcdef0123456789abcdef">Allow</a>
      <a id="deny" href="${back}?error=access_denied&error_description=The+user+denied+access">Deny</a>`);
  }
  if (url.origin === IMAGE_HOST) {
    const bytes = imageFile(url.pathname.slice(1));
    const range = headers.range ?? headers.Range;
    imageRequests.push({ url: rawUrl, range });
    if (!bytes) return { status: 404, contentType: 'text/plain', body: 'not found' };
    const type = url.pathname.endsWith('.png') ? 'image/png' : 'image/jpeg';
    const cors = { 'access-control-allow-origin': '*', 'accept-ranges': 'bytes' };
    const match = range?.match(/bytes=(\d+)-(\d*)/);
    if (match) {
      const start = Number(match[1]);
      const end = Math.min(match[2] ? Number(match[2]) : bytes.length - 1, bytes.length - 1);
      return {
        status: 206,
        contentType: type,
        body: bytes.subarray(start, end + 1),
        headers: { ...cors, 'content-range': `bytes ${start}-${end}/${bytes.length}` },
      };
    }
    return { status: 200, contentType: type, body: bytes, headers: cors };
  }
  return undefined;
}
