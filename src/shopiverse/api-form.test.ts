// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DURUM_FORMS, DURUM_TOGGLES, type DurumToggle, flipSwitchesOnClick } from '../../tests/corpus/durum-toggles';
import { MISPLACED_PAINTS, OTHER_PAINTS } from '../../tests/corpus/hidden-pages';
import { BETWEEN, HIDINGS, mustQualify, REAL_CODE, type ToldCase, toldCases, toldPage } from '../../tests/corpus/refused-told';
import { PARTS, splitCases, splitPage, splitVerdict } from '../../tests/corpus/split-lookalike';
import { namesOthersContent } from '../core/api-form-rules';
import { checkApiForm, fillApiForm, findApiForm, type Located, locateApiForm } from './api-form';
import { submitGuard } from './submit-guard';

/** Every message key the page was told, in order (the notes live in closed shadow roots). */
const said = vi.hoisted(() => [] as string[]);
vi.mock('../shared/i18n', () => ({
  t: (key: string) => {
    said.push(key);
    return key;
  },
}));

const PAYLOAD = { storeId: '5ac428108b2c3703c514adae', clientId: '9f3c2a1b4d5e6f70', secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };
const BANNER = `<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>`;

function page(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

const FIELDS = (status: string) => `<form>${status}
  <div><div>Secret Key</div><input placeholder="Secret Key"></div>
  <div><div>Client Id</div><input placeholder="Client Id"></div>
  <div><div>Store Id</div><input placeholder="Store Id"></div>
  <div><input type="checkbox" id="shown"><span>Görseldeki Gibi Yayınlansın Mı?</span></div>
  <button type="submit">Kaydet</button></form>`;

// happy-dom lays nothing out: every element (and its text) gets a box on screen, except where a test's style says otherwise; the
// hit test at a box's centre finds the element last measured, unless a test covers it ([data-covered]).
function layOut(): void {
  let measured: Element | undefined;
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    measured = this;
    const left = Number.parseFloat(this.closest<HTMLElement>('[style*="left"]')?.style.left ?? '10');
    return { x: left, y: 10, left, top: 10, width: 100, height: 20, right: left + 100, bottom: 30, toJSON: () => ({}) } as DOMRect;
  };
  // A text is laid out in its element's box (the reader asks a text's own line boxes where there is a layout), as wide
  // as its characters at 9 px each (the reader refuses glyphs squeezed onto each other).
  Range.prototype.getClientRects = function (this: Range) {
    const holder = this.startContainer.parentElement;
    if (!holder) return [] as unknown as DOMRectList;
    const box = holder.getBoundingClientRect();
    const width = Math.max(box.width, 9 * (this.startContainer.textContent ?? '').length);
    return [{ ...box, width, right: box.left + width }] as unknown as DOMRectList;
  };
  // A range in one text is its characters' slice of that line, 9 px each (the reader places a value glyph by glyph).
  Range.prototype.getBoundingClientRect = function (this: Range) {
    const box = this.startContainer.parentElement?.getBoundingClientRect();
    if (!box || this.startContainer.nodeType !== Node.TEXT_NODE || this.endContainer !== this.startContainer) return box ?? new DOMRect();
    const left = box.left + 9 * this.startOffset;
    const width = 9 * (this.endOffset - this.startOffset);
    return { ...box, x: left, left, width, right: left + width };
  };
  document.elementFromPoint = () => (measured?.closest('[data-covered]') ? document.body : (measured ?? null));
}

beforeEach(() => {
  layOut();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://app.shopiverse.tech/tr/settings/store/00159');
  document.body.replaceChildren();
});

describe('the Api Tanım form', () => {
  it.each([
    ['a checkbox before its text', '<div><input type="checkbox" id="status"><span>Durum</span></div>'],
    ['a checkbox inside its label', '<label><input type="checkbox" id="status"> Durum</label>'],
    ['a checkbox wrapped in a styled toggle', '<div><label class="switch"><input type="checkbox" id="status"><span></span></label><span>Durum</span></div>'],
    ['label[for]', '<div><input type="checkbox" id="status"><label for="status">Durum</label></div>'],
  ])('is found, with "Durum" as %s, and filled with events every framework hears', (_name, status) => {
    page(BANNER + FIELDS(status));
    const form = findApiForm(document.body);
    expect(form?.code).toBe('00159');
    expect(form?.status?.id).toBe('status');
    const heard: string[] = [];
    document.body.addEventListener('input', (event) => heard.push(`input:${(event.target as HTMLInputElement).placeholder}`));
    document.body.addEventListener('change', (event) =>
      heard.push(`change:${(event.target as HTMLInputElement).placeholder || (event.target as HTMLInputElement).id}`),
    );
    expect(fillApiForm(PAYLOAD, false)).toEqual({ status: 'filled' });
    const values = [...document.querySelectorAll('input[placeholder]')].map((input) => (input as HTMLInputElement).value);
    expect(values).toEqual([PAYLOAD.secret, PAYLOAD.clientId, PAYLOAD.storeId]);
    expect((document.getElementById('status') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('shown') as HTMLInputElement).checked).toBe(false);
    expect(heard).toEqual(expect.arrayContaining(['input:Secret Key', 'change:Client Id', 'input:Store Id', 'change:status']));
    expect(document.querySelector('input[placeholder="Secret Key"]')?.getAttribute('autocomplete')).toBe('off');
  });

  it('ticks a role="switch" toggle', () => {
    page(`${BANNER}${FIELDS('<div><span role="switch" aria-checked="false" aria-label="Durum" tabindex="0"></span></div>')}`);
    const toggle = document.querySelector('[role="switch"]') as HTMLElement;
    toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')));
    expect(fillApiForm(PAYLOAD, false).status).toBe('filled');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('refuses another marketplace’s form', () => {
    page(`<div>Trendyol(Trendyol) Mağazasına ait düzenleme yapmaktasınız.</div>${FIELDS('<label><input type="checkbox"> Durum</label>')}`);
    expect(fillApiForm(PAYLOAD, false)).toEqual({ status: 'notJoom' });
    expect((document.querySelector('input[placeholder="Store Id"]') as HTMLInputElement).value).toBe('');
  });

  it('fills nothing when a field holds another value, unless told to overwrite', () => {
    page(BANNER + FIELDS('<label><input type="checkbox"> Durum</label>'));
    (document.querySelector('input[placeholder="Client Id"]') as HTMLInputElement).value = 'typed-123456789';
    expect(fillApiForm(PAYLOAD, false)).toEqual({ status: 'conflict', conflicts: ['clientId'] });
    expect((document.querySelector('input[placeholder="Store Id"]') as HTMLInputElement).value).toBe('');
    expect(fillApiForm(PAYLOAD, true).status).toBe('filled');
    expect((document.querySelector('input[placeholder="Client Id"]') as HTMLInputElement).value).toBe(PAYLOAD.clientId);
  });

  it('does not write into read-only fields', () => {
    page(BANNER + FIELDS('<label><input type="checkbox"> Durum</label>').replace('<input placeholder="Store Id">', '<input placeholder="Store Id" readonly>'));
    expect(fillApiForm(PAYLOAD, false).status).toBe('readOnly');
  });

  const DURUM = '<label><input type="checkbox"> Durum</label>';

  it('passes over an off-screen copy that submits elsewhere, and fills the one the seller sees', () => {
    page(
      `<div style="position:absolute;left:-10000px">${BANNER}${FIELDS(DURUM).replace('<form>', '<form action="https://elsewhere.example/steal">')}</div>` +
        `<section>${BANNER}${FIELDS(DURUM)}</section>`,
    );
    expect(fillApiForm(PAYLOAD, false).status).toBe('filled');
    const values = [...document.querySelectorAll('input[placeholder="Store Id"]')].map((input) => (input as HTMLInputElement).value);
    expect(values).toEqual(['', PAYLOAD.storeId]);
  });

  it('takes the submit paths of the seen parts only: an off-screen copy beside the form in one box is no way out', () => {
    page(
      `<section>${BANNER}<div style="position:absolute;left:-10000px">${FIELDS(DURUM).replace('<form>', '<form action="https://elsewhere.example/steal">')}</div>${FIELDS(DURUM)}</section>`,
    );
    expect(fillApiForm(PAYLOAD, false).status).toBe('filled');
  });

  it('fills nothing when two forms qualify, or when the only one submits off ShopiVerse', () => {
    page(BANNER + FIELDS(DURUM) + FIELDS(DURUM));
    expect(fillApiForm(PAYLOAD, false).status).toBe('manyForms');
    page(`<section>${BANNER}${FIELDS(DURUM)}</section><section>${BANNER}${FIELDS(DURUM)}</section>`);
    expect(fillApiForm(PAYLOAD, false).status).toBe('manyForms');
    page(BANNER + FIELDS(DURUM).replace('<form>', '<form action="https://elsewhere.example/steal">'));
    expect(fillApiForm(PAYLOAD, false).status).toBe('offsite');
    page(BANNER + FIELDS(DURUM).replace('<button type="submit">', '<button type="submit" formaction="//elsewhere.example/">'));
    expect(fillApiForm(PAYLOAD, false).status).toBe('offsite');
    expect([...document.querySelectorAll('input[placeholder]')].every((input) => (input as HTMLInputElement).value === '')).toBe(true);
  });

  it('counts no hidden banner, takes no Joom named elsewhere on the page for a banner', () => {
    page(`<div aria-hidden="true">${BANNER}</div>${FIELDS(DURUM)}`);
    expect(locateApiForm().status).toBe('noForm');
    page(`<nav>Pazaryerleri: Joom · Trendyol · Hepsiburada</nav>${FIELDS(DURUM)}`);
    expect(locateApiForm().status).toBe('noForm');
  });

  it('says "hidden" for a Joom form with a part there but not seen, or covered when the fill is about to happen', () => {
    page(BANNER + FIELDS(DURUM).replace('<button type="submit">Kaydet</button>', '<button type="submit" hidden>Kaydet</button>'));
    expect(locateApiForm().status).toBe('hidden');
    page(BANNER + FIELDS(DURUM).replace('<input placeholder="Secret Key">', '<input placeholder="Secret Key" style="display:none">'));
    expect(fillApiForm(PAYLOAD, false).status).toBe('hidden');
    // Covered is learned by the hit test, only right before a fill: the scan finds the form.
    page(BANNER + FIELDS(DURUM).replace('<input placeholder="Store Id">', '<input placeholder="Store Id" data-covered>'));
    expect(locateApiForm().status).toBe('one');
    expect(fillApiForm(PAYLOAD, false).status).toBe('hidden');
    expect([...document.querySelectorAll('input[placeholder]')].every((input) => (input as HTMLInputElement).value === '')).toBe(true);
  });

  it.each([
    'https://app.shopiverse.tech/tr/products/new',
    'https://app.shopiverse.tech/tr/magazalar/00161/api',
    'https://app.shopiverse.tech/en/stores?tab=api',
    'https://app.shopiverse.tech/#/stores/00161',
  ])('qualifies at %s, with the store code its banner gives, never one from the address', (url) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    page(BANNER.replace('00159', '00161') + FIELDS(DURUM));
    expect(findApiForm()?.code).toBe('00161');
    expect(checkApiForm({ storeId: PAYLOAD.storeId, clientId: PAYLOAD.clientId }, false)).toEqual({ status: 'ready', code: '00161' });
    expect(fillApiForm(PAYLOAD, false).status).toBe('filled');
  });

  // review-s49, H3: the banner decides whose form it is and the store code the fill is keyed to: in its shown words.
  const HIDE: [string, (words: string) => string][] = [
    ['hidden', (words) => `<span hidden>${words}</span>`],
    ['display: none', (words) => `<span style="display:none">${words}</span>`],
    ['opacity 0', (words) => `<span style="opacity:0">${words}</span>`],
  ];
  it.each(HIDE)("reads the banner's shown words only (%s)", (_name, hide) => {
    const TRENDYOL = "Trendyol(Trendyol) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)";
    page(`<div>${hide('Joom(Joom) Mağazasına ait düzenleme ')}${TRENDYOL}</div>${FIELDS(DURUM)}`);
    expect(locateApiForm().status).toBe('notJoom');
    page(`<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız.${hide(" ('00777')")}</div>${FIELDS(DURUM)}`);
    expect(locateApiForm().status).toBe('notJoom');
    // Beside the shown code, never the hidden one (happy-dom lays no text out, so a hidden piece may stand among the shown
    // ones there and the banner read as none: refused, not keyed to a store the seller never saw).
    page(`<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)${hide(" ('00777')")}</div>${FIELDS(DURUM)}`);
    expect([undefined, '00159']).toContain(findApiForm()?.code);
  });

  it('takes no form whose banner gives no store code', () => {
    page(`<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız.</div>${FIELDS(DURUM)}`);
    expect(locateApiForm().status).toBe('notJoom');
  });

  it.each([
    ['a second submit button with formaction', '', '<form><button formaction="https://evil.example/x">Gönder</button>', 'offsite'],
    ['an action and no method', '', '<form action="/tr/save">', 'sendsInUrl'],
    ['a submitter with formmethod=get', '', '<form action="/tr/save" method="post"><input type="submit" value="Git" formmethod="get">', 'sendsInUrl'],
    ['a named target', '', '<form target="side">', 'offsite'],
    ['<base target> a new window', '<base target="_blank">', '<form>', 'offsite'],
    ['an image input with formaction', '', '<form><input type="image" alt="Git" formaction="https://evil.example/i">', 'offsite'],
    ['a POST back to ShopiVerse', '', '<form action="/tr/save" method="post">', 'one'],
    ['a button that does not submit', '', '<form><button type="button" formaction="https://evil.example/x">Bak</button>', 'one'],
  ])('refuses a form that sends the values any way off-site or into a URL: %s', (_name, head, formTag, status) => {
    // <base> in the head. happy-dom resolves no action against <base href>: real browsers do, in
    // tests/browser/submit-paths.spec.ts, with the form= attribute too.
    document.head.querySelector('base')?.remove();
    if (head) document.head.append(Object.assign(document.createElement('base'), { target: '_blank' }));
    page(BANNER + FIELDS(DURUM).replace('<form>', formTag));
    expect(locateApiForm().status).toBe(status);
    document.head.querySelector('base')?.remove();
  });

  it('reads the form\'s own action and method, not a control named "action" or "method" (clobbering)', () => {
    page(
      BANNER +
        FIELDS(DURUM).replace(
          '<form>',
          '<form action="https://evil.example/x" method="post"><input type="hidden" name="action" value="/tr/ok"><input type="hidden" name="getAttribute">',
        ),
    );
    expect(locateApiForm().status).toBe('offsite');
  });

  it('leaves alone a form that already holds the pushed values, and asks only about fields that really differ', () => {
    page(BANNER + FIELDS(DURUM));
    const field = (name: string) => document.querySelector(`input[placeholder="${name}"]`) as HTMLInputElement;
    field('Secret Key').value = PAYLOAD.secret;
    field('Client Id').value = PAYLOAD.clientId;
    field('Store Id').value = PAYLOAD.storeId;
    const heard: string[] = [];
    document.body.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).type !== 'checkbox') heard.push((event.target as HTMLInputElement).placeholder);
    });
    expect(checkApiForm(PAYLOAD, false).status).toBe('ready');
    expect(fillApiForm(PAYLOAD, false).status).toBe('filled');
    expect(heard).toEqual([]);
    // Another secret in the field: the question (no secret) cannot tell, the fill can, and fills nothing.
    field('Secret Key').value = 'f'.repeat(32);
    field('Store Id').value = '';
    expect(checkApiForm(PAYLOAD, false).status).toBe('ready');
    expect(fillApiForm(PAYLOAD, false)).toEqual({ status: 'conflict', conflicts: ['secret'] });
    expect(field('Store Id').value).toBe('');
    // Another Client Id is asked about at once.
    field('Client Id').value = 'typed-123456789';
    expect(checkApiForm(PAYLOAD, false)).toEqual({ status: 'conflict', conflicts: ['clientId'], code: '00159' });
  });
});

// The fourth review, finding 1: a look-alike inside a message that borrows some of its parts from the page around
// the message has its box above the message, so judging the box alone let it through (tests/corpus/split-lookalike.ts:
// the region × which parts are borrowed × the switch's kind × whether the store's real form is there too).
describe('an invisible look-alike: white on white, with a dark paint that never reaches its text (review 5, finding 1)', () => {
  // A buyer's message rendered as HTML: every text white, each box white with a dark layer painted nowhere near it.
  const lookAlike = (paint: string) => {
    const box = `color:#fff;${paint}`;
    return `<div class="bubble" style="${box}"><div style="${box}">${BANNER.replace(/<\/?div>/g, '')}</div>
      <form method="post" action="/tr/chat/123/reply">
      <label style="${box}"><input type="checkbox" style="appearance:none;width:16px;height:16px;border:0"> Durum</label>
      <div style="${box}">Secret Key</div><input name="text" placeholder="Secret Key" style="border:0;${box}">
      <div style="${box}">Client Id</div><input name="c" placeholder="Client Id" style="border:0;${box}">
      <div style="${box}">Store Id</div><input name="i" placeholder="Store Id" style="border:0;${box}">
      <button style="border:0;${box}">Kaydet</button></form></div>`;
  };
  // The clipped gradient paints the glyphs, not the boxes: the rest are backgrounds.
  // Review 6: an inset shadow, a blended gradient, a shadow of the glyphs' own shape (what needs no layout).
  const behind = [...MISPLACED_PAINTS.filter((paint) => !paint.includes('clip:text')), ...OTHER_PAINTS.slice(0, 3)];

  it('qualifies the same markup painted black on white: the paint alone decides', () => {
    page(lookAlike('background:#fff').replaceAll('color:#fff', 'color:#000'));
    expect(locateApiForm().status).toBe('one');
  });

  it.each(behind)('never qualifies nor fills it: %s', (paint) => {
    page(lookAlike(paint));
    expect(locateApiForm().status).not.toBe('one');
    expect(fillApiForm(PAYLOAD, false).status).not.toBe('filled');
    expect([...document.querySelectorAll('input[placeholder]')].every((input) => (input as HTMLInputElement).value === '')).toBe(true);
  });
});

describe('a visible look-alike in a message list, however far below its heading (review 6, finding 2)', () => {
  const lookAlike = `<div class="api">${BANNER}<form method="post" action="/tr/messages/9/reply">
    <div><input type="checkbox"><span>Durum</span></div>
    <div><div>Secret Key</div><input name="text" placeholder="Secret Key"></div>
    <div><div>Client Id</div><input placeholder="Client Id"></div>
    <div><div>Store Id</div><input placeholder="Store Id"></div>
    <button type="submit">Kaydet</button></form></div>`;
  it.each([
    ['a list right under "Mesajlar"', `<section><h2>Mesajlar</h2><ul><li><p>Merhaba</p></li><li>${lookAlike}</li></ul></section>`],
    [
      'a summary line between "Mesajlar" and the list',
      `<section><h2>Mesajlar</h2><p>3 okunmamış mesaj</p><ul><li><p>Merhaba</p></li><li>${lookAlike}</li></ul></section>`,
    ],
    [
      'messages after the heading, the look-alike second',
      `<section><h2>Mesajlar</h2><div class="msg"><p>Merhaba</p></div><div class="msg">${lookAlike}</div></section>`,
    ],
    [
      'messages after the heading, the look-alike first',
      `<section><h2>Mesajlar</h2><div class="msg">${lookAlike}</div><div class="msg"><p>Merhaba</p></div></section>`,
    ],
    [
      'a filter bar between a card header and the list',
      `<div class="card"><div class="card-header"><h5>Müşteri Soruları</h5></div><div class="toolbar"><button>Tümü</button><button>Yanıtlanmamış</button></div><div class="list"><div>${lookAlike}</div></div></div>`,
    ],
  ])('is no form: %s', (_name, html) => {
    page(`<main>${html}</main>`);
    expect(locateApiForm().status).not.toBe('one');
    expect(fillApiForm(PAYLOAD, false).status).not.toBe('filled');
    expect([...document.querySelectorAll('input[placeholder]')].every((input) => (input as HTMLInputElement).value === '')).toBe(true);
  });
});

describe('a look-alike in a message that borrows parts from the page is no form', () => {
  const CASES = splitCases(60, 1604);
  const written = (selector: string) =>
    [...document.querySelectorAll<HTMLInputElement>(`${selector} input:not([type="checkbox"])`)].filter((input) => input.value !== '').length;

  it(`decides ${CASES.length} pages: the real form taken, the look-alike never, nothing borrowed written into`, () => {
    const wrong = CASES.flatMap((c) => {
      page(splitPage(c));
      const located = locateApiForm();
      const verdict = located.form ? `one ${located.form.code}` : located.status;
      const outcome = fillApiForm(PAYLOAD, false).status;
      const outside = written('main > :not(.real)');
      const ok = verdict === splitVerdict(c) && outside === 0 && (!c.real || (outcome === 'filled' && written('.real') === 3));
      return ok ? [] : [`want ${splitVerdict(c)}, got ${verdict} (${outcome}, ${outside} written outside the real form): ${JSON.stringify(c)}`];
    });
    expect(new Set(CASES.flatMap((c) => c.borrowed))).toEqual(new Set(PARTS));
    expect(wrong).toEqual([]);
  });
});

// The fifth review, finding 2: markup the seller cannot see (a closed dropdown's <h1>, a hidden heading), a heading
// two blocks up, or a look-alike in a message turned the real, visible form into "noForm", and nothing said why. Now
// those leave it qualifying, and every other refusal (a seen title of others' content over it, an id a message gives
// first, a field the connector does not know) has a seen Joom banner to say why beside (api-page.ts shows the note
// there and tells each press on Kaydet or Yetki Talep Et that does not count). On 3b363ed 92 of these 97 pages
// were wrong: 27 of the 32 that must qualify were refused, and no refusal had a banner to be told beside.
describe('the real form beside each way markup can refuse it: it qualifies, or the seller is told', () => {
  const CASES = toldCases(72, 2405);
  /** "one 00159", or "told <status>" when the page would say why beside the real form's banner, or "silent <status>". */
  const outcome = (located: Located) => {
    if (located.form) return `one ${located.form.code}`;
    return `${located.joomBanners?.some((banner) => banner.closest('.real')) ? 'told' : 'silent'} ${located.status}`;
  };

  it(`decides ${CASES.length} pages: never silent, and the unseen titles and the twin refuse nothing`, () => {
    const wrong = CASES.flatMap((c: ToldCase) => {
      page(toldPage(c));
      const got = outcome(locateApiForm());
      const ok = mustQualify(c) ? got === `one ${REAL_CODE}` : got === `one ${REAL_CODE}` || got.startsWith('told ');
      return ok ? [] : [`got ${got}: ${JSON.stringify(c)}`];
    });
    const refusedReal = wrong.filter((line) => mustQualify(JSON.parse(line.slice(line.indexOf('{'))))).length;
    // The sample meets every hiding, every block between, both answers.
    for (const hiding of Object.keys(HIDINGS)) expect(CASES.some((c) => c.header === 'hiddenH1' && c.hiding === hiding)).toBe(true);
    for (const between of Object.keys(BETWEEN)) expect(CASES.some((c) => c.before === 'distant' && c.between === between)).toBe(true);
    expect(CASES.filter(mustQualify).length).toBeGreaterThan(20);
    expect(CASES.filter((c) => !mustQualify(c)).length).toBeGreaterThan(20);
    // On failure the counts say how many: wrong pages, and of them the ones that must qualify.
    expect({ wrong: wrong.length, refusedReal, first: wrong.slice(0, 6) }).toEqual({ wrong: 0, refusedReal: 0, first: [] });
  });

  it("uses titles the rules read as others' content: each would refuse a form it is over", () => {
    for (const c of CASES) expect(namesOthersContent(c.word)).toBe(true);
  });

  it('keeps refusing a look-alike in a message: alone on the page it is no form, and told beside no banner of a message', () => {
    page(
      `<main><div role="log"><div>${toldPage({ ...CASES[0], header: 'none', before: 'none', message: 'none', fields: 'known' } as ToldCase).replace(/class="real"/, 'class="msg"')}</div></div></main>`,
    );
    const located = locateApiForm();
    expect(located.status).toBe('noForm');
    expect(located.joomBanners?.map((banner) => banner.closest('[role="log"]') !== null)).toEqual([true]);
  });
});

// The fourth review, finding 2: our own tick of "Durum" must never send the form nor leave the page. A toggle whose
// click submits (a button without type="button" in the form, an input of type submit or image, a label of one,
// a switch inside one), resets the form, or follows a link is left for the seller, and the note beside Kaydet says
// to tick it; one that cannot is ticked. And while we write, any submission (a page's listener on change that
// submits) is stopped whole. Generated over toggle kinds × the form's method and action × the page's listener.
describe('filling never submits the form nor leaves the page', () => {
  const LISTENERS = ['none', 'submitOnChange'] as const;
  type Case = { toggle: DurumToggle; form: (typeof DURUM_FORMS)[number]; listener: (typeof LISTENERS)[number] };
  const CASES: Case[] = (Object.keys(DURUM_TOGGLES) as DurumToggle[]).flatMap((toggle) =>
    DURUM_FORMS.flatMap((form) => LISTENERS.map((listener) => ({ toggle, form, listener }))),
  );

  let guard: AbortController;
  beforeEach(() => {
    guard = new AbortController();
    submitGuard.init(guard.signal);
  });
  afterEach(() => guard.abort());

  it(`fills ${CASES.length} forms: no submission and no navigation during the fill, Durum ticked only when safe, and the note says so`, () => {
    const wrong = CASES.flatMap((c) => {
      const [toggleHtml, safe] = DURUM_TOGGLES[c.toggle];
      page(
        BANNER +
          FIELDS(toggleHtml).replace('<form>', `<form${c.form}>`).replace('<button type="submit">Kaydet</button>', '<button type="button">Kaydet</button>'),
      );
      const toggle = document.getElementById('status') as HTMLElement;
      flipSwitchesOnClick(document);
      const formElement = document.querySelector('form') as HTMLFormElement;
      // A page that saves as soon as a field changes, by a native submission.
      if (c.listener === 'submitOnChange') formElement.addEventListener('change', () => formElement.requestSubmit());
      const sent: string[] = [];
      // Heard last, after the guard: what would have gone. Then stopped here, so that happy-dom sends nothing.
      const heard = (event: Event) => {
        const target = event.target as Element;
        if (event.type === 'submit' && !event.defaultPrevented) sent.push('submit');
        if (event.type === 'reset' && !event.defaultPrevented) sent.push('reset');
        if (event.type === 'click' && target.closest?.('a[href]') && !event.defaultPrevented) sent.push('navigate');
        if (event.type !== 'click' || target.closest?.('a[href]')) event.preventDefault();
      };
      for (const type of ['submit', 'reset', 'click']) window.addEventListener(type, heard);
      said.length = 0;
      const outcome = fillApiForm(PAYLOAD, false).status;
      for (const type of ['submit', 'reset', 'click']) window.removeEventListener(type, heard);
      const ticked = toggle instanceof HTMLInputElement && toggle.type === 'checkbox' ? toggle.checked : toggle.getAttribute('aria-checked') === 'true';
      const note = said.at(-1);
      const ok = outcome === 'filled' && sent.length === 0 && ticked === safe && note === (safe ? 'pressSave' : 'pressSaveTickStatus');
      return ok ? [] : [`${JSON.stringify(c)}: ${outcome}, sent ${sent.join(',') || 'nothing'}, ticked ${ticked}, note ${note}`];
    });
    expect(wrong).toEqual([]);
  });
});
