import type { UnseenPage } from './pages';

// Generated pages of the same-origin frame class (round 4 named it): the page's own fields shown in a srcdoc frame or
// in an about:blank frame the panel writes by script (nested in a second one too), in Turkish and English, each frame
// shown or hidden by a technique of the one "seen" definition, alone or beside the page's own value. Known answers:
// a shown frame's value is read, a hidden frame's never. Read in real browsers only (happy-dom loads no frame).

const STORE = '6f1e2d3c4b5a69788796a5b4';
const OTHER_STORE = '5a4b3c2d1e0f9a8b7c6d5e4f';
const CLIENT = 'c0ffee1234abcd56';
const SECRET = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

const LABELS = {
  tr: { section: 'Genel Bilgi', store: 'Kimlik No', credentials: 'Kimlik Bilgileri', client: 'Müşteri Kimlik Numarası', secret: 'Gizli Anahtar' },
  en: { section: 'General information', store: 'Store ID', credentials: 'Credentials', client: 'Client ID', secret: 'Client secret' },
} as const;
type Lang = keyof typeof LABELS;

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const storeBody = (lang: Lang, id: string) =>
  `<section><h2>${LABELS[lang].section}</h2><dl><dt>${lang === 'tr' ? 'Mağaza Adı' : 'Store name'}</dt><dd>Anadolu Halı</dd><dt>${LABELS[lang].store}</dt><dd>${id}</dd></dl></section>`;
const appBody = (lang: Lang) =>
  `<section><h2>${LABELS[lang].credentials}</h2><table><tr><th>${LABELS[lang].client}</th><td>${CLIENT}</td></tr><tr><th>${LABELS[lang].secret}</th><td>${SECRET}</td></tr></table></section>`;

/**
 * How the frame element is shown in its parent: `shown` false when the seller cannot see the frame at all; `around`
 * puts it in the parent's markup (a layer of the parent over it: review 9, finding 11).
 */
const DRESSES: { name: string; style: string; shown: boolean; around?: (frame: string) => string }[] = [
  { name: 'shown', style: 'width:100%;height:300px;border:0', shown: true },
  { name: 'display:none', style: 'display:none', shown: false },
  { name: 'visibility:hidden', style: 'visibility:hidden;width:100%;height:300px', shown: false },
  { name: 'zero size', style: 'width:0;height:0;border:0', shown: false },
  { name: 'opacity 0.01', style: 'opacity:0.01;width:100%;height:300px;border:0', shown: false },
  { name: 'off-screen', style: 'position:fixed;left:-5000px;top:0;width:600px;height:300px;border:0', shown: false },
  { name: 'clip-path', style: 'clip-path:inset(50%);width:100%;height:300px;border:0', shown: false },
  {
    name: 'covered by a white layer of the parent',
    style: 'width:100%;height:300px;border:0;display:block',
    shown: false,
    around: (frame) => `<div style="position:relative">${frame}<div style="position:absolute;inset:0;background:#fff"></div></div>`,
  },
  // Review 10, findings 7 and 8: a layer over the frame's top, where its fields are (its middle row clear), and one
  // over its lower part only, the fields in clear view.
  {
    name: 'its fields covered by a white layer of the parent over its top',
    style: 'width:100%;height:300px;border:0;display:block',
    shown: false,
    around: (frame) => `<div style="position:relative">${frame}<div style="position:absolute;left:0;right:0;top:0;height:180px;background:#fff"></div></div>`,
  },
  // Review 11, finding 9: a frame's page is transparent; its black text on the frame element's own black paint, or
  // on a black box of the parent around it, is not seen.
  { name: 'the frame element painted black', style: 'width:100%;height:300px;border:0;background:#000', shown: false },
  {
    name: 'on a black box of the parent',
    style: 'width:100%;height:300px;border:0;display:block',
    shown: false,
    around: (frame) => `<div style="background:#000">${frame}</div>`,
  },
  {
    name: 'a white bar of the parent over its lower half only',
    style: 'width:100%;height:300px;border:0;display:block',
    shown: true,
    around: (frame) =>
      `<div style="position:relative">${frame}<div style="position:absolute;left:0;right:0;top:200px;height:100px;background:#fff"></div></div>`,
  },
];

const CARRIERS = ['srcdoc', 'about:blank', 'about:blank in about:blank'] as const;
type Carrier = (typeof CARRIERS)[number];

/** The frame element, and (for about:blank) the setup that writes its document. */
function framed(carrier: Carrier, style: string, inner: string): Pick<UnseenPage, 'html' | 'setup'> {
  const page = `<!doctype html><html><body style="font-family:sans-serif;margin:0">${inner}</body></html>`;
  if (carrier === 'srcdoc') return { html: `<iframe title="panel" style="${style}" srcdoc="${escapeAttr(page)}"></iframe>` };
  const write = (frame: HTMLIFrameElement | null, html: string) => {
    const doc = frame?.contentDocument;
    if (!doc) return undefined;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
    return doc;
  };
  return {
    html: `<iframe data-written title="panel" style="${style}"></iframe>`,
    setup: (body) => {
      const frame = body.querySelector<HTMLIFrameElement>('iframe[data-written]');
      if (carrier === 'about:blank') {
        write(frame, page);
        return;
      }
      const outer = write(frame, '<body style="margin:0"><iframe data-inner style="width:100%;height:280px;border:0"></iframe></body>');
      write(outer?.querySelector<HTMLIFrameElement>('iframe[data-inner]') ?? null, page);
    },
  };
}

const placed = ({ html, setup }: Pick<UnseenPage, 'html' | 'setup'>, around: (frame: string) => string) => ({ html: around(html), setup });

export const FRAME_PAGES: UnseenPage[] = CARRIERS.flatMap((carrier) =>
  (['tr', 'en'] as const).flatMap((lang) =>
    DRESSES.flatMap(({ name, style, shown, around = (frame) => frame }): UnseenPage[] => [
      {
        name: `frames: store in a ${carrier} frame (${name}), ${lang}`,
        expected: { storeId: shown ? STORE : null, clientId: null, secret: null },
        ...placed(framed(carrier, style, storeBody(lang, STORE)), around),
      },
      {
        name: `frames: credentials in a ${carrier} frame (${name}), ${lang}`,
        expected: { storeId: null, clientId: shown ? CLIENT : null, secret: shown ? SECRET : null },
        ...placed(framed(carrier, style, appBody(lang)), around),
      },
      {
        // Beside the page's own store, a frame holding another store: two rivals when shown, the page's own when not.
        name: `frames: the page's store, another in a ${carrier} frame (${name}), ${lang}`,
        expected: { storeId: shown ? 'ambiguous' : STORE, clientId: null, secret: null },
        ...(({ html, setup }) => ({ html: `<h1>Anadolu Halı</h1>${storeBody(lang, STORE)}${html}`, setup }))(
          placed(framed(carrier, style, storeBody(lang, OTHER_STORE)), around),
        ),
      },
    ]),
  ),
);
