import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageBundle, ROOT } from '../../bench/bundle';
import { splitCases, splitPage, splitVerdict } from '../corpus/split-lookalike';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { customPages } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { type OfflinePage, openOfflinePage } from './drivers/offline';
import { endCase, pushFromPopup, readJoomOnce } from './steps';
import type { ShownForm } from './submit-paths-entry';

// Issue 16, the third review's medium finding: someone else's content under its own heading. A look-alike Api Tanım
// form (its banner naming Joom and a store code) inside a message, a question, a return or a ticket, under its own
// <h3>Api Tanım</h3>, on a messages / support / reviews / questions page or section. Generated pages: the container
// of others' content (a section, an aside, a card with a header, a heading before a list, a list named by
// aria-label, a region named by aria-labelledby, a dialog, a tab panel, the page's title) × its heading's level ×
// the others'-content word in Turkish or English × how deep the look-alike sits in its list item × whether the
// store's real form is there too, under titles of its own drawn from the same container kinds. Known answers: the
// real form is the one taken; the look-alike never; alone, it is no form. Before the fix 150 of 400 pages were decided wrong.

const PAGE = 'https://app.shopiverse.tech/tr/magaza/00159';
const RUNS = 400;
const SEED = 1603;
const REAL = '00159';
const LOOKALIKE = '00777';

const OTHERS_WORDS = {
  tr: [
    'Mesajlar',
    'Gelen Mesajlar',
    'Müşteri Soruları',
    'Soru',
    'İade Talepleri',
    'İadeler',
    'Şikayetler',
    'Destek Talepleri',
    'Talepler',
    'Değerlendirmeler',
    'Yorumlar',
    'Bildirimler',
  ],
  en: [
    'Messages',
    'Inbox',
    'Customer questions',
    'Questions',
    'Returns',
    'Return requests',
    'Complaints',
    'Support tickets',
    'Tickets',
    'Reviews',
    'Comments',
    'Notifications',
  ],
};
/** What ShopiVerse titles a store's form with: never others' content. */
const STORE_WORDS = ['Api Tanım', 'Mağaza Düzenle', 'Joom · 00159', 'Mağaza Ayarları', 'Joom Mağazam', 'Store settings', 'API settings', 'Edit store'];
const KINDS = ['section', 'aside', 'card', 'headingBefore', 'listLabel', 'region', 'dialog', 'tabpanel', 'pageTitle'] as const;
type Kind = (typeof KINDS)[number];
/** 0: a role="heading" element; 1–6: h1–h6. */
type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6;

interface PageCase {
  others: { kind: Kind; level: Level; lang: 'tr' | 'en'; word: string; ownLevel: Level; depth: number; listTag: 'ul' | 'role'; position: number };
  real?: { kind: Exclude<Kind, 'aside' | 'listLabel'>; level: Level; word: string; first: boolean };
}

const level = (min: 0 | 1 | 2) => fc.constantFrom<Level>(...([0, 1, 2, 3, 4, 5, 6] as Level[]).filter((l) => l === 0 || l >= min));
const pageCase: fc.Arbitrary<PageCase> = fc
  .record({
    lang: fc.constantFrom<'tr' | 'en'>('tr', 'en'),
    index: fc.nat(OTHERS_WORDS.tr.length - 1),
    kind: fc.constantFrom(...KINDS),
    ownLevel: level(2),
    depth: fc.nat(3),
    listTag: fc.constantFrom<'ul' | 'role'>('ul', 'role'),
    position: fc.nat(2),
    real: fc.option(
      fc.record({
        kind: fc.constantFrom('section', 'card', 'headingBefore', 'region', 'dialog', 'tabpanel', 'pageTitle') as fc.Arbitrary<
          Exclude<Kind, 'aside' | 'listLabel'>
        >,
        level: level(1),
        word: fc.constantFrom(...STORE_WORDS),
        first: fc.boolean(),
      }),
      { nil: undefined, freq: 2 },
    ),
    othersLevel: level(1),
  })
  .map(({ lang, index, kind, othersLevel, real, ...rest }) => ({
    // A page titled by others' content holds no store form: with the real form there, others' content is a part of the page.
    others: {
      lang,
      word: OTHERS_WORDS[lang][index] as string,
      kind: real && kind === 'pageTitle' ? 'section' : kind,
      level: real && othersLevel === 1 ? 2 : othersLevel,
      ...rest,
    },
    real,
  }));

const heading = (level: Level, text: string) => (level === 0 ? `<div role="heading" aria-level="3">${text}</div>` : `<h${level}>${text}</h${level}>`);
let ids = 0;

/** `inner` inside a container of `kind` titled `title`. */
function titled(kind: Kind, level: Level, title: string, inner: string): string {
  const id = `t${++ids}`;
  switch (kind) {
    case 'section':
      return `<section>${heading(level, title)}${inner}</section>`;
    case 'aside':
      return `<aside>${heading(level, title)}${inner}</aside>`;
    case 'card':
      return `<div class="card"><div class="card-header">${heading(level, title)}</div><div class="card-body">${inner}</div></div>`;
    case 'headingBefore':
      return `<div>${heading(level, title)}<div class="content">${inner}</div></div>`;
    case 'listLabel':
      return `<div aria-label="${title}">${inner}</div>`;
    case 'region':
      return `<div role="region" aria-labelledby="${id}"><p id="${id}"><b>${title}</b></p>${inner}</div>`;
    case 'dialog':
      return `<div role="dialog" aria-label="${title}">${inner}</div>`;
    case 'tabpanel':
      return `<div role="tablist"><button type="button" role="tab" id="${id}">${title}</button></div><div role="tabpanel" aria-labelledby="${id}">${inner}</div>`;
    case 'pageTitle':
      return `<h1>${title}</h1><div>${inner}</div>`;
  }
}

/** An Api Tanım form whose banner names Joom and `code`. */
const apiForm = (code: string) =>
  `<div class="api"><div class="banner">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('${code}' kodlu mağaza)</div>
<form method="post"><div><input type="checkbox"><span>Durum</span></div>
<div><div>Secret Key</div><input placeholder="Secret Key"></div>
<div><div>Client Id</div><input placeholder="Client Id"></div>
<div><div>Store Id</div><input placeholder="Store Id"></div>
<button type="submit">Kaydet</button></form></div>`;

function show(c: PageCase): ShownForm {
  const o = c.others;
  const lookalike = `${'<div class="nest">'.repeat(o.depth)}${heading(o.ownLevel, 'Api Tanım')}${apiForm(LOOKALIKE)}${'</div>'.repeat(o.depth)}`;
  const [list, item] = o.listTag === 'ul' ? ['ul', 'li'] : ['div role="list"', 'div role="listitem"'];
  const messages = ['<p>Merhaba, siparişim nerede?</p>', lookalike, '<p>Teşekkürler!</p>'];
  const moved = [...messages.filter((m) => m !== lookalike).slice(0, o.position), lookalike, ...messages.filter((m) => m !== lookalike).slice(o.position)];
  const items = moved.map((m) => `<${item}>${m}</${item.split(' ')[0]}>`).join('');
  const othersHtml = titled(o.kind, o.level, o.word, `<${list}>${items}</${list.split(' ')[0]}>`);
  const realHtml = c.real ? titled(c.real.kind, c.real.level, c.real.word, apiForm(REAL)) : '';
  const parts = c.real?.first ? [realHtml, othersHtml] : [othersHtml, realHtml];
  return { body: `<header><b>ShopiVerse</b></header><main>${parts.join('')}</main>` };
}

const expected = (c: PageCase) => (c.real ? `one ${REAL}` : 'noForm');

describe(`others' content under its own heading is never the store's form (${BROWSER})`, () => {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    const script = await pageBundle(join(ROOT, 'tests', 'browser', 'submit-paths-entry.ts'), 'others-content.js');
    page = await openOfflinePage(BROWSER, PAGE, script, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it(`decides ${RUNS} generated pages: the real form taken, the look-alike never`, async () => {
    const cases = fc.sample(pageCase, { numRuns: RUNS, seed: SEED });
    const got = await (page as OfflinePage).evaluate(
      (forms) => (window as unknown as { submitPaths: { verdictEach(forms: ShownForm[]): string[] } }).submitPaths.verdictEach(forms),
      cases.map(show),
    );
    const wrong = cases.flatMap((c, i) => (got[i] === expected(c) ? [] : [`want ${expected(c)}, got ${got[i]}: ${JSON.stringify(c)}`]));
    console.log(
      `others' content in ${BROWSER}: ${RUNS} pages (${cases.filter((c) => c.real).length} with the real form), wrong ${wrong.length}\n${wrong.slice(0, 8).join('\n')}`,
    );
    // The sample meets every container kind, both languages, both answers.
    for (const kind of KINDS) expect(cases.some((c) => c.others.kind === kind)).toBe(true);
    expect(new Set(cases.map((c) => c.others.lang))).toEqual(new Set(['tr', 'en']));
    expect(cases.filter((c) => c.real).length).toBeGreaterThan(RUNS / 5);
    expect(cases.filter((c) => !c.real).length).toBeGreaterThan(RUNS / 5);
    expect(wrong).toEqual([]);
  });

  // The fourth review, finding 1: the look-alike borrows some parts from the page around the message, so its parts'
  // box is above the message. On ded7e53 all 96 such pages were decided wrong in happy-dom (api-form.test.ts).
  it('decides pages whose look-alike in a message borrows parts from the page: each part is judged where it sits', async () => {
    const cases = splitCases(60, SEED + 10);
    const got = await (page as OfflinePage).evaluate(
      (forms) => (window as unknown as { submitPaths: { verdictEach(forms: ShownForm[]): string[] } }).submitPaths.verdictEach(forms),
      cases.map((c) => ({ body: splitPage(c) })),
    );
    const wrong = cases.flatMap((c, i) => (got[i] === splitVerdict(c) ? [] : [`want ${splitVerdict(c)}, got ${got[i]}: ${JSON.stringify(c)}`]));
    console.log(`split look-alikes in ${BROWSER}: ${cases.length} pages, wrong ${wrong.length}\n${wrong.slice(0, 8).join('\n')}`);
    expect(new Set(cases.map(splitVerdict))).toEqual(new Set([`one ${REAL}`, 'noForm']));
    expect(wrong).toEqual([]);
  });
});

// The same pages pushed into from the popup, as a seller would: a few drawn from the generator, seeded.
const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const PUSHED = [app.secret, app.clientId, store.id];
const PUSH_CASES = [
  ...fc.sample(
    pageCase.filter((c) => c.real !== undefined),
    { numRuns: 2, seed: SEED + 1 },
  ),
  ...fc.sample(
    pageCase.filter((c) => c.real === undefined),
    { numRuns: 2, seed: SEED + 2 },
  ),
];

/** Two split look-alikes pushed into, one beside the real form (seeded). */
const SPLIT_PUSH_CASES = splitCases(40, SEED + 11)
  .slice(36)
  .filter((c, i, all) => all.findIndex((other) => other.real === c.real) === i);

/** Per form on the page, by its banner's code: the text fields' values. Any other field holding a pushed value too. */
function valuesOnPage(page: TestPage): Promise<{ forms: Record<string, string[]>; elsewhere: string[] }> {
  return page.evaluate((pushed) => {
    const forms: Record<string, string[]> = {};
    for (const box of document.querySelectorAll('.api')) {
      const code = box.textContent?.match(/'(\d{5})'/)?.[1] ?? '?';
      forms[code] = [...box.querySelectorAll('input:not([type="checkbox"])')].map((input) => (input as HTMLInputElement).value);
    }
    const elsewhere = [...document.querySelectorAll('input, textarea, [contenteditable]')]
      .filter((node) => !node.closest('.api'))
      .map((node) => (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : (node.textContent ?? '')))
      .filter((value) => pushed.some((one) => value.includes(one)));
    return { forms, elsewhere };
  }, PUSHED);
}

describe(`a push never writes into others' content (${BROWSER})`, () => {
  const driver = browserForSuite({ lang: 'tr' });
  const ready = readJoomOnce(driver, store, app);
  const opened: TestPage[] = [];
  afterEach(async () => {
    await endCase(driver(), opened);
    customPages.clear();
  });

  it.each(PUSH_CASES.map((c, i) => [`${c.real ? 'with' : 'without'} the real form, look-alike in ${c.others.kind} “${c.others.word}”`, c, i] as const))(
    '%s',
    { timeout: 90_000 },
    async (_name, c, i) => {
      await ready();
      const url = `https://app.shopiverse.tech/tr/magaza/${i}/mesajlar`;
      customPages.set(url, `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body>${show(c).body}</body></html>`);
      const page = await driver().open(url);
      opened.push(page);
      await page.waitFor(() => document.querySelectorAll('.api').length > 0);
      const popup = await driver().popup();
      opened.push(popup);
      const status = await pushFromPopup(popup);
      await page.bringToFront();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const seen = await valuesOnPage(page);
      expect(seen.forms[LOOKALIKE]).toEqual(['', '', '']);
      expect(seen.elsewhere).toEqual([]);
      if (c.real) {
        expect(status).toBe('filled');
        expect(seen.forms[REAL]).toEqual(PUSHED);
      } else {
        // No form to fill: the push waits for the Joom store's form, and says so (a pending push).
        expect(['pending', 'noForm', 'notJoom']).toContain(status);
      }
    },
  );

  it.each(
    SPLIT_PUSH_CASES.map(
      (c, i) => [`${c.real ? 'with' : 'without'} the real form, a look-alike in ${c.region} borrowing ${c.borrowed.join(', ')}`, c, i] as const,
    ),
  )('%s', { timeout: 90_000 }, async (_name, c, i) => {
    await ready();
    const url = `https://app.shopiverse.tech/tr/magaza/split${i}/mesajlar`;
    customPages.set(url, `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body>${splitPage(c)}</body></html>`);
    const page = await driver().open(url);
    opened.push(page);
    await page.waitFor(() => document.querySelector('main') !== null);
    const popup = await driver().popup();
    opened.push(popup);
    const status = await pushFromPopup(popup);
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const written = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type="checkbox"])')].map((input) => [
        input.closest('.real') ? 'real' : 'other',
        (input as HTMLInputElement).value,
      ]),
    );
    expect(written.filter(([where, value]) => where === 'other' && value !== '')).toEqual([]);
    if (c.real) {
      expect(status).toBe('filled');
      expect(written.filter(([where]) => where === 'real').map(([, value]) => value)).toEqual(PUSHED);
    } else expect(['pending', 'noForm', 'notJoom']).toContain(status);
  });
});
