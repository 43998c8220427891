import fc from 'fast-check';

// The store's real Api Tanım form, shown to the seller, beside each way markup can refuse it (the fifth review,
// finding 2): a title the seller cannot see (a closed notifications dropdown's <h1>, a hidden heading right above
// the card), a heading of others' content two blocks up, a complete look-alike in a message, a seen <h1> in an
// aside, a seen heading of others' content right above the card, an aria-labelledby id a message gives first, a
// field whose label the connector does not know. Known answer, always: the real form qualifies, or the seller is
// told beside its banner. The unseen titles and the twin must not refuse it at all; a seen heading of others' content
// titles the card at any distance when no nearer title does (the sixth review: a look-alike past a summary line under
// "Mesajlar" must be refused), so the distant heading refuses it, told. Used by
// src/shopiverse/api-form.test.ts (happy-dom, the decision) and tests/browser/refused-told.spec.ts (the note
// on screen and the press told, in Chromium and Firefox).

export const REAL_CODE = '00159';
export const LOOKALIKE_CODE = '00777';

/** Titles of others' content (core/api-form-rules.ts namesOthersContent says so of each). */
export const OTHERS_TITLES = ['Mesajınız var', 'Sipariş sorusu', 'Duyurular', 'Bildirimler', 'Ürün hakkında', 'Messages', 'Announcements'];

/** Ways to hide a title: the seller sees none of them. */
export const HIDINGS = {
  hidden: (inner: string) => `<div hidden>${inner}</div>`,
  displayNone: (inner: string) => `<div style="display:none">${inner}</div>`,
  visibilityHidden: (inner: string) => `<div style="visibility:hidden">${inner}</div>`,
  ariaHidden: (inner: string) => `<div aria-hidden="true">${inner}</div>`,
  closedDetails: (inner: string) => `<details><summary>🔔</summary>${inner}</details>`,
  transparent: (inner: string) => `<div style="opacity:0">${inner}</div>`,
};
export type Hiding = keyof typeof HIDINGS;

/** A block the seller sees between a heading and the card: it ends the heading's reach. */
export const BETWEEN = {
  list: '<ul><li>Yeni sürüm yayında</li><li>Bakım 03:00’te</li></ul>',
  paragraph: '<p>ShopiVerse’e hoş geldiniz.</p>',
  card: '<div class="card"><div class="card-body">3 yeni sipariş</div></div>',
  table: '<table><tbody><tr><td>Trendyol</td><td>Aktif</td></tr></tbody></table>',
};
export type Between = keyof typeof BETWEEN;

/** Where a message (a twin look-alike, an element whose id the real card names) sits. */
export const REGIONS = {
  log: (inner: string) => `<div role="log"><div>${inner}</div></div>`,
  article: (inner: string) => `<article>${inner}</article>`,
  titled: (inner: string) => `<section><h2>Mesajlar</h2><ul><li>${inner}</li></ul></section>`,
};
export type Region = keyof typeof REGIONS;

export interface ToldCase {
  /** In the page's header: a closed notifications dropdown's <h1>, or a seen <h1> in an aside. */
  header: 'none' | 'hiddenH1' | 'seenH1';
  hiding: Hiding;
  /** Right before the real card, in its parent: a heading two blocks up, a seen heading, a hidden heading. */
  before: 'none' | 'distant' | 'above' | 'hiddenAbove';
  between: Between;
  level: 1 | 2 | 3 | 4 | 5 | 6;
  word: string;
  /** A message on the page: a complete look-alike (a twin), or an element carrying the id the real card is named by. */
  message: 'none' | 'twin' | 'duplicateId';
  region: Region;
  /** The real form's Secret Key label: the panel's, or one the connector does not know. */
  fields: 'known' | 'unknown';
}

/** The ways that must not refuse the real form: unseen titles, a twin in a message. */
export const mustQualify = (c: ToldCase): boolean =>
  c.header !== 'seenH1' && c.before !== 'above' && c.before !== 'distant' && c.message !== 'duplicateId' && c.fields === 'known';

const toldCase: fc.Arbitrary<ToldCase> = fc
  .record({
    header: fc.constantFrom<ToldCase['header']>('none', 'hiddenH1', 'seenH1'),
    hiding: fc.constantFrom(...(Object.keys(HIDINGS) as Hiding[])),
    before: fc.constantFrom<ToldCase['before']>('none', 'distant', 'above', 'hiddenAbove'),
    between: fc.constantFrom(...(Object.keys(BETWEEN) as Between[])),
    level: fc.constantFrom<ToldCase['level']>(2, 3, 4, 5, 6),
    word: fc.constantFrom(...OTHERS_TITLES),
    message: fc.constantFrom<ToldCase['message']>('none', 'twin', 'duplicateId'),
    region: fc.constantFrom(...(Object.keys(REGIONS) as Region[])),
    fields: fc.constantFrom<ToldCase['fields']>('known', 'known', 'known', 'unknown'),
  })
  .filter((c) => c.header !== 'none' || c.before !== 'none' || c.message !== 'none' || c.fields !== 'known');

/** A page with nothing that refuses: each case changes one way from it. */
export const BASE: ToldCase = {
  header: 'none',
  hiding: 'hidden',
  before: 'none',
  between: 'list',
  level: 5,
  word: 'Duyurular',
  message: 'none',
  region: 'log',
  fields: 'known',
};

/** Each way alone (every hiding, every block between), then `mixes` seeded draws of any mix. */
export function toldCases(mixes: number, seed: number): ToldCase[] {
  return [
    ...(Object.keys(HIDINGS) as Hiding[]).flatMap((hiding, i): ToldCase[] => [
      { ...BASE, header: 'hiddenH1', hiding, word: 'Mesajınız var' },
      { ...BASE, before: 'hiddenAbove', hiding, level: ((i % 5) + 2) as ToldCase['level'], word: OTHERS_TITLES[i % OTHERS_TITLES.length] as string },
    ]),
    ...(Object.keys(BETWEEN) as Between[]).map((between): ToldCase => ({ ...BASE, before: 'distant', between })),
    ...(Object.keys(REGIONS) as Region[]).flatMap((region): ToldCase[] => [
      { ...BASE, message: 'twin', region },
      { ...BASE, message: 'duplicateId', region, word: 'Sipariş sorusu' },
    ]),
    { ...BASE, header: 'seenH1', word: 'Ürün hakkında' },
    { ...BASE, before: 'above' },
    { ...BASE, fields: 'unknown' },
    ...fc.sample(toldCase, { numRuns: mixes, seed }),
  ];
}

const heading = (level: number, text: string, attributes = '') => `<h${level}${attributes}>${text}</h${level}>`;

/** An Api Tanım form: its banner naming Joom and `code`, the three fields, Durum, Kaydet, Yetki Talep Et (an SPA's: buttons of type button). */
export function apiForm(code: string, secretLabel = 'Secret Key'): string {
  return `<div class="banner">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('${code}' kodlu mağaza)</div>
<form method="post"><div><label><input type="checkbox"> Durum</label></div>
<div><div>${secretLabel}</div><input placeholder="${secretLabel}"></div>
<div><div>Client Id</div><input placeholder="Client Id"></div>
<div><div>Store Id</div><input placeholder="Store Id"></div>
<button type="button" class="save">Kaydet</button> <button type="button" class="authorize">Yetki Talep Et</button></form>`;
}

/** The page's body. The real form is in `.real`; a look-alike, when there, in `.lookalike`. */
export function toldPage(c: ToldCase): string {
  const header =
    c.header === 'hiddenH1'
      ? `<nav class="top"><b>ShopiVerse</b>${HIDINGS[c.hiding](`<div class="notif">${heading(1, c.word)}<p>Yeni bir mesajınız var.</p></div>`)}</nav>`
      : '<nav class="top"><b>ShopiVerse</b></nav>';
  const aside = c.header === 'seenH1' ? `<aside><div>${heading(1, c.word)}<p>Ürün açıklaması burada.</p></div></aside>` : '';
  const before = {
    none: '',
    distant: `${heading(c.level, c.word)}${BETWEEN[c.between]}`,
    above: heading(c.level, c.word),
    hiddenAbove: HIDINGS[c.hiding](heading(c.level, c.word)),
  }[c.before];
  // Named by its own heading through aria-labelledby; a message earlier on the page may give that id first.
  const named = c.message === 'duplicateId';
  const real = `<section class="real"${named ? ' aria-labelledby="api-title"' : ''}>${named ? '<h3 id="api-title">Api Tanım</h3>' : ''}${apiForm(
    REAL_CODE,
    c.fields === 'known' ? 'Secret Key' : 'Gizli Anahtar',
  )}</section>`;
  const message = {
    none: '',
    twin: REGIONS[c.region](`<p>Merhaba, ayarlarım:</p><div class="lookalike">${apiForm(LOOKALIKE_CODE)}</div>`),
    duplicateId: REGIONS[c.region](`<p><span id="api-title">${c.word}</span>: siparişim nerede?</p>`),
  }[c.message];
  return `${header}<main>${aside}${message}<div class="panel">${before}${real}</div></main>`;
}
