// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decideField } from '../core/evidence';
import { JOOM_FIELDS } from '../joom/fields';
import { collectEvidence } from './evidence';

// Layouts the second set of blind pages brought: each test is one collection rule, not one page.

const ID = '5ac428108b2c3703c514adae';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

const read = (html: string, field: 'storeId' | 'clientId' | 'secret' = 'storeId') => decideField(collectEvidence(page(html), JOOM_FIELDS), field);

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a value box', () => {
  it.each(['Gizle', 'Kopyala', 'Hide'])('does not take the caption of a button glued to the value (%s)', (caption) => {
    const decision = read(`<div>Gizli Anahtar</div><div><code>${SECRET}</code><button>${caption}</button></div>`, 'secret');
    expect(decision).toMatchObject({ value: SECRET, ambiguous: false });
  });
});

describe('a value masked by CSS', () => {
  it('is masked, not read, in a text input or a text', () => {
    const input = read(
      `<label for="s">Gizli Anahtar</label><input id="s" type="text" readonly value="${SECRET}" style="-webkit-text-security:disc">`,
      'secret',
    );
    expect([input.value, input.masked]).toEqual([undefined, true]);
    const text = read(`<div>Gizli Anahtar</div><div><span style="-webkit-text-security:square">${SECRET}</span></div>`, 'secret');
    expect([text.value, text.masked]).toEqual([undefined, true]);
  });

  it('is not read from an input named by its own placeholder either', () => {
    expect(read(`<input placeholder="Gizli Anahtar" value="${SECRET}" style="-webkit-text-security:disc">`, 'secret').value).toBeUndefined();
  });
});

describe('a row label', () => {
  const OTHER = '64f1a2b3c4d5e6f708192a3b';
  it('with a value in each of two columns has two rivals: the seller chooses', () => {
    const decision = read(
      `<table><thead><tr><th></th><th>Anadolu</th><th>Ege</th></tr></thead><tbody><tr><th scope="row">Kimlik No</th><td>${ID}</td><td>${OTHER}</td></tr></tbody></table>`,
    );
    expect(decision.ambiguous).toBe(true);
    expect(decision.candidates.map((item) => item.value)).toEqual([ID, OTHER]);
  });

  it('with one value and other columns (a date, a copy button holding the same value) has one', () => {
    const decision = read(`<table><tr><td>Kimlik No</td><td>${ID}</td><td>12.03.2024</td><td><button data-clipboard-text="${ID}">⧉</button></td></tr></table>`);
    expect(decision.value).toBe(ID);
  });

  // The label's own cell is masked: which of the row's values is the secret is not known, and the masked one may be it.
  it.each([
    ['a masked text', '••••••••'],
    ['a password input', `<input type="password" value="${SECRET}">`],
  ])('does not take another cell of the row when the next one is masked (%s)', (_name, masked) => {
    const decision = read(`<table><tr><th>Gizli Anahtar</th><td>${masked}</td><td>e5f60718293a4b5c6d7e8f90a1b2c3d4</td></tr></table>`, 'secret');
    expect([decision.value, decision.masked]).toEqual([undefined, true]);
  });

  // Found lazily, as before the row's rivals: a table of 2000 rows each headed "Kimlik No" read in 6.4 s in happy-dom
  // (1.2 s before), each row label scanning the whole column although its own row held its value.
  it('does not look down its column when its own row holds the value (a long table stays linear)', () => {
    const root = page(`<table>${`<tr><th>Kimlik No</th><td>${ID}</td></tr>`.repeat(50)}</table>`);
    const scans = vi.spyOn(HTMLTableElement.prototype, 'querySelectorAll');
    collectEvidence(root, JOOM_FIELDS);
    expect(scans.mock.calls.filter(([selector]) => selector === 'tr').length).toBe(0);
    scans.mockRestore();
  });

  // One reading asks whether each box is seen once: 500 rows each headed "Kimlik No" asked it four times a row
  // (label, value, its text's box, its whole text), and each row folded its table's texts again.
  it('asks whether a box is seen once per reading (500 row headers: one question per label and per value)', () => {
    const root = page(`<table>${`<tr><th>Kimlik No</th><td>${ID}</td></tr>`.repeat(500)}</table>`);
    const asked = vi.spyOn(HTMLElement.prototype, 'checkVisibility');
    collectEvidence(root, JOOM_FIELDS);
    expect(asked.mock.calls.length).toBeLessThanOrEqual(2 * 500);
    asked.mockRestore();
    // Asserted by count; a reading of 500 rows in happy-dom takes 7–10 s on a quiet machine, 28 s beside browser runs.
  }, 120_000);

  // Issue 18 item 6: 500 rows each headed "Kimlik No" took 180–308 ms of CPU, most of it asking each row's cells for
  // the same ancestors' styles again (20,500 computed styles for 1,000 cells) and cutting the objects' names out of
  // the table's text again for each row. Asserted by count, which the machine's load does not change; the reading's
  // CPU time is in the message. One reading only: four of 500 rows in happy-dom took 112 s beside browser runs, near
  // the test's limit (a CI run shares its two cores with the browsers).
  it('asks each box for its computed style once per reading (500 row headers: 2 cells a row, their ancestors once)', () => {
    const root = page(`<table>${`<tr><th>Kimlik No</th><td>${ID}</td></tr>`.repeat(500)}</table>`);
    const styles = vi.spyOn(window, 'getComputedStyle');
    const before = process.cpuUsage();
    collectEvidence(root, JOOM_FIELDS);
    const used = process.cpuUsage(before);
    const own = styles.mock.calls.filter(([, pseudo]) => !pseudo).length;
    styles.mockRestore();
    const cpu = Math.round((used.user + used.system) / 1000);
    expect(own, `${own} computed styles, ${cpu} ms of CPU (the first reading, with the spy)`).toBeLessThanOrEqual(2 * 1000 + 20);
  }, 120_000);

  it('stops at the next header cell: the row may hold another label and its value', () => {
    const decision = read(`<table><tr><th>Kimlik No</th><td>${ID}</td><th>Ana Mağaza</th><td>${OTHER}</td></tr></table>`);
    expect(decision.value).toBe(ID);
  });
});

describe('a label written with marks a translation file or a locale brings', () => {
  it.each([
    ['a byte-order mark and bidi marks', `<div>\uFEFF\u200EKimlik No\u200E</div><div>${ID}</div>`],
    ['a zero-width joiner inside', `<div>Kimlik\u200D No</div><div>${ID}</div>`],
    ['a full-width colon before an inline value (longer than any label: found by its colon)', `<p>Kimlik No：${ID}</p>`],
  ])('is found: %s', (_name, html) => {
    expect(read(html).value).toBe(ID);
  });
});

describe("a label's marks in their own elements", () => {
  it.each([
    ['asterisk, help trigger and colon after it', `<div><div><span>KİMLİK NO</span><span>*</span> <span>(?)</span><span>:</span></div><div>${ID}</div></div>`],
    ['a lone colon after it', `<div><span>Kimlik No</span><span>：</span></div><div>${ID}</div>`],
    ['a help trigger then the value', `<div><span>Kimlik No</span><span class="help">(?)</span><span>${ID}</span></div>`],
  ])('are not its value: %s', (_name, html) => {
    const decision = read(html);
    expect(decision.value).toBe(ID);
    expect(decision.best?.distance).toBe(1);
  });
});

describe('a value linked to its label by aria-labelledby', () => {
  it('is read wherever the layout puts it (labels and values in separate columns)', () => {
    const html = `<div style="display:flex"><div><div id="l-name">Mağaza Adı</div><div id="l-id">Kimlik No</div></div><div><div aria-labelledby="l-name">Anadolu</div><div aria-labelledby="l-id">${ID}</div></div></div>`;
    expect(read(html).value).toBe(ID);
  });

  it('is read when the link names the label among others', () => {
    const html = `<div><span id="sec">Gizli Anahtar</span></div><p>Açıklama</p><p>Başka bir metin</p><div><output aria-labelledby="card sec">${SECRET}</output></div>`;
    expect(read(html, 'secret').value).toBe(SECRET);
  });

  it('is a list when many values name the same label (the cells of a grid column): never taken', () => {
    const OTHER = '64f1a2b3c4d5e6f708192a3b';
    const html = `<div id="h">Kimlik No</div><div><div aria-labelledby="h">${ID}</div><div aria-labelledby="h">${OTHER}</div></div>`;
    expect(read(html).value).toBeUndefined();
  });

  // The link is declared by the value's side: any element anywhere on the page may claim a label. It is a rival of
  // the value beside the label, never a reason to stop looking there.
  it('does not silently replace the value shown beside the label (a planted element naming it, here in a chat log)', () => {
    const OTHER = '64f1a2b3c4d5e6f708192a3b';
    const html = `<section><h2>Mağaza Bilgileri</h2><div><span id="k">Mağaza Kimlik No</span><span>${ID}</span></div></section><div role="log"><p>Ali: merhaba</p><span aria-labelledby="k">${OTHER}</span></div>`;
    const decision = read(html);
    expect(decision.value).not.toBe(OTHER);
    expect(decision.candidates.map((item) => item.value)).toContain(ID);
  });

  it('is looked up once per reading, not once per label (a page of many labelled values stays linear)', () => {
    let html = '';
    for (let index = 0; index < 300; index++) html += `<div><span id="l${index}">Kimlik No</span><span aria-labelledby="l${index}">x${index}</span></div>`;
    const root = page(html);
    const lookups = vi.spyOn(document, 'querySelectorAll');
    collectEvidence(root, JOOM_FIELDS);
    expect(lookups.mock.calls.filter(([selector]) => String(selector).includes('aria-labelledby')).length).toBeLessThanOrEqual(1);
    lookups.mockRestore();
  });

  it('does not hide the value shown beside the label when a hidden element names it', () => {
    const OTHER = '64f1a2b3c4d5e6f708192a3b';
    const html = `<div><span id="k">Mağaza Kimlik No</span><span>${ID}</span></div><span hidden aria-labelledby="k">${OTHER}</span>`;
    expect(read(html)).toMatchObject({ value: ID, ambiguous: false });
  });
});

describe('an illustration', () => {
  it.each([
    ['a mock screenshot in a <figure>', `<figure><div>Genel Bilgi</div><div>Kimlik No</div><div>${ID}</div><figcaption>Örnek ekran</figcaption></figure>`],
    ['a figure drawn with ARIA roles', `<div role="figure" aria-label="Örnek"><div>Kimlik No</div><div>${ID}</div></div>`],
    ['a picture drawn in HTML', `<div role="img" aria-label="Mağaza sayfası"><span>Kimlik No: ${ID}</span></div>`],
  ])('names nothing on the page: %s', (_name, html) => {
    expect(read(html).value).toBeUndefined();
  });

  it('leaves the real value beside it', () => {
    const OTHER = '64f1a2b3c4d5e6f708192a3b';
    const html = `<div>Kimlik No</div><div>${ID}</div><figure><div>Kimlik No</div><div>${OTHER}</div><figcaption>Örnek</figcaption></figure>`;
    expect(read(html).value).toBe(ID);
  });
});

describe('a column header of an ARIA grid drawn with divs', () => {
  const grid = (...ids: string[]) =>
    `<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader"><div>Mağaza</div></div><div role="columnheader"><div>Kimlik No</div></div><div role="columnheader">Durum</div></div></div><div role="rowgroup">${ids
      .map((id) => `<div role="row"><div role="gridcell">Anadolu</div><div role="gridcell">${id}</div><div role="gridcell">Aktif</div></div>`)
      .join('')}</div></div>`;

  it('with one row below names its value, as a table column does', () => {
    expect(read(grid(ID)).value).toBe(ID);
  });

  it('with several rows is a list: nothing taken', () => {
    const decision = read(grid(ID, '64f1a2b3c4d5e6f708192a3b'));
    expect([decision.value, decision.ambiguous]).toEqual([undefined, false]);
  });
});

// review-s48, H1: a label's words are quoted under a choice and beside the value on the page, in the extension's voice:
// only those the seller sees.
describe("a label's words as quoted", () => {
  it.each([
    ['a hidden aside', `<div><div>Kimlik No<span hidden> (satıcı hesabınız)</span></div><div>${ID}</div></div>`],
    ['an aside at opacity 0', `<div><div>Kimlik No<span style="opacity:0"> (satıcı hesabınız)</span></div><div>${ID}</div></div>`],
    ['a hidden aside, the value after a colon', `<p><b>Kimlik No<span hidden> (satıcı hesabınız)</span>:</b> ${ID}</p>`],
  ])('leave out what is not shown: %s', (_name, html) => {
    const labels = collectEvidence(page(html), JOOM_FIELDS).map((item) => item.label);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).not.toContain('hesab');
  });

  it('keep what is shown', () => {
    const labels = collectEvidence(page(`<div><div>Kimlik No (mağaza)</div><div>${ID}</div></div>`), JOOM_FIELDS).map((item) => item.label);
    expect(labels).toContain('Kimlik No (mağaza)');
  });
});

// A list's rows are told by labels that read the same in sibling rows (core/qualify.ts): the same words as the seller
// sees them, as quoted. Words a page hides in each row's label ("Kimlik No<span hidden> (1)</span>") made every row
// look like a field of its own, and the list's IDs rivals of the store's.
describe('a list whose row labels carry hidden words', () => {
  const PRODUCTS = ['64f1a2b3c4d5e6f708192a3b', '64f1a2b3c4d5e6f708192a3c', '64f1a2b3c4d5e6f708192a3d'];
  const list = (hide: (index: number) => string) =>
    `<div><div>Kimlik No</div><div>${ID}</div></div>` +
    `<ul>${PRODUCTS.map((id, index) => `<li><span>Kimlik No${hide(index)}</span> <span>${id}</span></li>`).join('')}</ul>`;
  it.each([
    ['none', () => ''],
    ['hidden', (index: number) => `<span hidden> (${index})</span>`],
    ['display: none', (index: number) => `<span style="display:none"> (satır ${index})</span>`],
    ['opacity 0', (index: number) => `<span style="opacity:0"> (ürün ${index})</span>`],
  ])('is still a list (hiding: %s): the store ID is decided', (_name, hide) => {
    const decision = read(list(hide));
    expect([decision.value, decision.ambiguous]).toEqual([ID, false]);
  });
});

// review-s49, H1 and H2: a label's words and the words of its group decide which field a label names and whose
// object its value is. Only the words the seller sees: hidden ones made a product's ID the Store ID, silently.
describe('words a page hides', () => {
  const PRODUCT = '64f1a2b3c4d5e6f708192a3b';
  const HIDING: [string, (words: string) => string][] = [
    ['hidden', (words) => `<span hidden>${words}</span>`],
    ['display: none', (words) => `<span style="display:none">${words}</span>`],
    ['opacity 0', (words) => `<span style="opacity:0">${words}</span>`],
  ];
  it.each(HIDING)('in a label do not make it a stronger one (%s)', (_name, hide) => {
    const decision = read(`<main><h1>Anadolu Kilim</h1><dl><dt>Ürün Adı</dt><dd>Kilim</dd><dt>${hide('Mağaza ')}Kimlik No</dt><dd>${PRODUCT}</dd></dl></main>`);
    expect(decision.value).toBeUndefined();
  });

  it.each(HIDING)("in a label's group do not make the store's ID another object's (%s)", (_name, hide) => {
    const decision = read(
      `<main><h1>Anadolu Kilim</h1><dl><dt>Kimlik No</dt><dd>${ID}</dd><dt>Ülke</dt><dd>Türkiye</dd>${hide('<dt>Ürün Adı</dt>')}</dl></main>`,
    );
    expect(decision.value).toBe(ID);
  });
});

// review2-s49: a label's words and the page's title are every word the seller sees, an italic or struck one too, and
// never a hidden one, whatever the layout of their pieces.
describe('words the seller sees in a label or a title', () => {
  const PRODUCT = '64f1a2b3c4d5e6f708192a3b';
  it.each(['i', 's', 'del'])('count inside <%s>: the store label keeps its Store ID beside a rival', (tag) => {
    const decision = read(
      `<main><h1>Anadolu Kilim</h1><dl><dt>Mağaza <${tag}>Kimlik No</${tag}></dt><dd>${ID}</dd></dl><div><div>Store ID</div><div>${PRODUCT}</div></div></main>`,
    );
    expect(decision.value).not.toBe(PRODUCT);
    expect(decision.candidates.map((item) => item.value)).toContain(ID);
  });

  it.each(['<i>Webhook</i> Ayarları', 'Ürün <i>Detayı</i>', 'Web<span hidden>x</span>hook Ayarları'])(
    'count in the page title: %s disowns the ID below it',
    (title) => {
      expect(read(`<main><h1>${title}</h1><dl><dt>Kimlik No</dt><dd>${PRODUCT}</dd></dl></main>`).value).toBeUndefined();
    },
  );
});
