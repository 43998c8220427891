import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeJpeg, makePng, makeWebp } from '../support/images';
import { CLOSED_IMAGE_HOST, CLOSED_PRODUCT_IMAGES, DEFAULT_CONFIG, IMAGE_HOST, PRIVATE_HOSTS, PRODUCT_IMAGES, type ReplicaConfig } from './data';

// What the replicas answer at the real URLs. A browser driver hands every request for these hosts to `respond`:
// nothing goes to the network.

export const REPLICA_BUILD = join(import.meta.dirname, '..', '.build');
export const ROUTED_HOSTS = [
  'https://merchant.joom.com/',
  'https://app.shopiverse.tech/',
  'https://api-merchant.joom.com/',
  `${IMAGE_HOST}/`,
  `${CLOSED_IMAGE_HOST}/`,
  // Addresses on the seller's own network that a hostile page names: answered here, and each request recorded.
  ...PRIVATE_HOSTS,
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

/** The replicas' stylesheet: a page a test writes itself (customPages) wears it to look like the panel. */
export const STYLE = `body{font:14px system-ui;margin:0}header,nav.top{padding:8px 16px;background:#fff;border-bottom:2px solid #f97316;display:flex;gap:12px}
main{padding:16px}.row,.form-group,.field{margin:8px 0}.lbl,.form-label{color:#555;font-size:13px}.grid{display:grid;grid-template-columns:160px 1fr}
.banner{background:#fff4e5;color:#f97316;padding:8px;margin:8px 0}.btn-orange{background:#f97316;color:#fff}.btn-red{background:#ef4444;color:#fff}
.btn-cyan{background:#06b6d4;color:#fff}input.form-control{width:360px}`;

/**
 * ShopiVerse's logo on its product list, a wordmark: the image check must leave it alone, and the listing's frame
 * shows it (a plain orange PNG stretched to 120 × 32 read as a blank bar there: look verdict 6, problem 11).
 */
const SHOPIVERSE_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32">
<rect x="1" y="4" width="24" height="24" rx="6" fill="#f97316"/><text x="13" y="22" font-family="system-ui,sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">S</text>
<text x="31" y="22" font-family="system-ui,sans-serif" font-size="15" font-weight="700" fill="#1f2937" textLength="86" lengthAdjust="spacingAndGlyphs">Shopi<tspan fill="#f97316">Verse</tspan></text></svg>`;

/** Named elements that make `window.browser.runtime.id` truthy in a world without its own `browser`. */
const CLOBBER = '<form id="browser" hidden><input name="runtime" id="clobbered"><input name="i18n"></form>';

function shell(app: 'joom' | 'shopiverse', config: ReplicaConfig): string {
  const lang = app === 'joom' ? config.lang : 'tr';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${app === 'joom' ? 'Joom Merchant' : 'ShopiVerse'}</title><style>${STYLE}</style></head>
<body>${config.clobber ? CLOBBER : ''}<div id="root"></div><script>window.__REPLICA__=${JSON.stringify(config)}</script><script src="/__replica/${app}.js"></script></body></html>`;
}

const images = new Map<string, Buffer>();
function imageFile(file: string): Buffer | undefined {
  const spec = [...PRODUCT_IMAGES, ...CLOSED_PRODUCT_IMAGES].find((image) => image.file === file);
  if (!spec) return undefined;
  let bytes = images.get(file);
  if (!bytes) {
    const make = { png: makePng, jpeg: makeJpeg, webp: makeWebp }[spec.format];
    bytes = make(spec.width, spec.height);
    images.set(file, bytes);
  }
  return bytes;
}

/**
 * Pages a test writes itself (generated or one of a kind), by URL, answered before the replicas: a test of the
 * reader serves a layout the replicas do not have at the panel's real URL.
 */
export const customPages = new Map<string, string>();

/** A custom page whose content appears late, as a single-page app renders it: the HTML is added after `delayMs`. */
export function latePage(html: string, delayMs = 300, title = 'Joom Merchant'): string {
  return `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="root"></div>
<template id="late">${html}</template><script>setTimeout(() => document.getElementById('root').append(document.getElementById('late').content.cloneNode(true)), ${delayMs})</script></body></html>`;
}

/** ShopiVerse's server side: the Api Tanım values saved per store code. Reset when a browser is launched. */
export const shopiverseServer = new Map<string, Record<string, unknown>>();

/** Requests each image host answered, for tests that check what was fetched. */
export const imageRequests: { url: string; range?: string }[] = [];
/** Requests that reached an address on the seller's own network (PRIVATE_HOSTS): a test expects none. */
export const privateRequests: string[] = [];

/** Every request the routing answered, with its method and body: where a page's submission went, and what it carried. */
export const requestsSeen: { url: string; method: string; body: string }[] = [];

export interface RequestInfo {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
}

export function respond(rawUrl: string, config: ReplicaConfig = DEFAULT_CONFIG, request: RequestInfo = {}): Reply | undefined {
  const url = new URL(rawUrl);
  if (requestsSeen.length >= 1000) requestsSeen.shift();
  requestsSeen.push({ url: rawUrl, method: request.method ?? 'GET', body: request.body ?? '' });
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
  const custom = customPages.get(`${url.origin}${url.pathname}`);
  if (custom !== undefined) return html(custom);
  if (url.pathname.startsWith('/__replica/')) {
    const file = url.pathname.slice('/__replica/'.length);
    return { status: 200, contentType: 'text/javascript', body: readFileSync(join(REPLICA_BUILD, file)), headers: { 'cache-control': 'no-store' } };
  }
  if (url.pathname === '/static/shopiverse-logo.svg') return { status: 200, contentType: 'image/svg+xml', body: SHOPIVERSE_LOGO };
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
  if (PRIVATE_HOSTS.some((host) => rawUrl.startsWith(host))) {
    privateRequests.push(rawUrl);
    return { status: 200, contentType: 'image/jpeg', body: makeJpeg(1600, 900), headers: { 'access-control-allow-origin': '*' } };
  }
  if (url.origin === IMAGE_HOST || url.origin === CLOSED_IMAGE_HOST) {
    const bytes = imageFile(url.pathname.slice(1));
    const range = headers.range ?? headers.Range;
    imageRequests.push({ url: rawUrl, range });
    if (!bytes) return { status: 404, contentType: 'text/plain', body: 'not found' };
    const type = url.pathname.endsWith('.png') ? 'image/png' : url.pathname.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
    // The closed host lets pages show its files but lets no other origin read them: it allows its own origin only
    // (said outright, since Playwright adds a permissive header to a fulfilled response that has none).
    const cors = { 'access-control-allow-origin': url.origin === IMAGE_HOST ? '*' : CLOSED_IMAGE_HOST, 'accept-ranges': 'bytes' };
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
