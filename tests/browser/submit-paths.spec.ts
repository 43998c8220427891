import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBundle, ROOT } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { type OfflinePage, openOfflinePage } from './drivers/offline';
import type { ShownForm } from './submit-paths-entry';

// Issue 16, item 3: off-site means any way off-site. Generated Api Tanım forms send their values every way a form
// can (a <base href> under a relative action, formaction/formmethod/formtarget on any submitter, a button without
// a type, an image input, GET or no method, a target or <base target>, an input joined to another form by form=),
// each with its known answer computed here from the URL rules alone; the page locates each in a real browser, at the
// store-settings address the old code required, so that only the submit rules are tested.

const PAGE = 'https://app.shopiverse.tech/tr/settings/store/00159';
const RUNS = 400;
const SEED = 1616;

// Each value with a weight: the ways to send elsewhere are many, and the sample still meets forms that stay.
type Weighted<T> = readonly (readonly [T | undefined, number])[];
const ACTIONS: Weighted<string> = [
  [undefined, 8],
  ['', 1],
  ['kaydet', 2],
  ['/tr/api/kaydet', 2],
  ['https://app.shopiverse.tech/tr/api', 2],
  ['https://evil.example/steal', 1],
  ['//evil.example/x', 1],
  ['http://app.shopiverse.tech/x', 1],
];
const METHODS: Weighted<string> = [
  [undefined, 3],
  ['post', 5],
  ['POST', 1],
  ['get', 1],
  ['dialog', 1],
  ['put', 1],
];
const TARGETS: Weighted<string> = [
  [undefined, 10],
  ['', 1],
  ['_self', 1],
  ['_blank', 1],
  ['side', 1],
  ['_top', 1],
];
const BASES: Weighted<string> = [
  [undefined, 6],
  ['https://evil.example/', 1],
  ['https://app.shopiverse.tech/tr/', 2],
  ['//evil.example/x/', 1],
];
const BASE_TARGETS: Weighted<string> = [
  [undefined, 10],
  ['_blank', 1],
  ['side', 1],
  ['_self', 1],
];
const SUBMITTERS = ['buttonNoType', 'buttonSubmit', 'buttonButton', 'inputSubmit', 'inputImage'] as const;

interface Submitter {
  tag: (typeof SUBMITTERS)[number];
  formaction?: string;
  formmethod?: string;
  formtarget?: string;
  /** Placed after the form and joined to it with form="api". */
  outside: boolean;
}

interface FormCase {
  base?: string;
  baseTarget?: string;
  action?: string;
  method?: string;
  target?: string;
  save: 'buttonNoType' | 'buttonSubmit' | 'inputSubmit';
  submitters: Submitter[];
  /** Another form, elsewhere, that the Client Id field joins with form="away". */
  away?: { action?: string; method?: string };
}

const maybe = <T>(values: Weighted<T>) => fc.oneof(...values.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
const formCase: fc.Arbitrary<FormCase> = fc.record({
  base: maybe(BASES),
  baseTarget: maybe(BASE_TARGETS),
  action: maybe(ACTIONS),
  method: maybe(METHODS),
  target: maybe(TARGETS),
  save: fc.constantFrom('buttonNoType', 'buttonSubmit', 'inputSubmit'),
  submitters: fc.array(
    fc.record({
      tag: fc.constantFrom(...SUBMITTERS),
      formaction: maybe([[undefined, 10], ...ACTIONS]),
      formmethod: maybe([[undefined, 10], ...METHODS]),
      formtarget: maybe(TARGETS),
      outside: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  away: fc.option(fc.record({ action: maybe(ACTIONS), method: maybe(METHODS) }), { nil: undefined, freq: 6 }),
});

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);

function submitterHtml(s: Submitter, index: number): string {
  const extra = `${attr('formaction', s.formaction)}${attr('formmethod', s.formmethod)}${attr('formtarget', s.formtarget)}${s.outside ? ' form="api"' : ''}`;
  const name = `Gönder ${index}`;
  switch (s.tag) {
    case 'buttonNoType':
      return `<button${extra}>${name}</button>`;
    case 'buttonSubmit':
      return `<button type="submit"${extra}>${name}</button>`;
    case 'buttonButton':
      return `<button type="button"${extra}>${name}</button>`;
    case 'inputSubmit':
      return `<input type="submit" value="${name}"${extra}>`;
    case 'inputImage':
      return `<input type="image" alt="${name}" src="/static/x.png"${extra}>`;
  }
}

function show(c: FormCase): ShownForm {
  const save = {
    buttonNoType: '<button>Kaydet</button>',
    buttonSubmit: '<button type="submit">Kaydet</button>',
    inputSubmit: '<input type="submit" value="Kaydet">',
  }[c.save];
  const inside = c.submitters.filter((s) => !s.outside).map(submitterHtml);
  const outside = c.submitters.map((s, i) => (s.outside ? submitterHtml(s, i) : '')).join('');
  const body = `<main><div class="banner">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>
<form id="api"${attr('action', c.action)}${attr('method', c.method)}${attr('target', c.target)}>
<div><input type="checkbox"><span>Durum</span></div>
<div><div>Secret Key</div><input placeholder="Secret Key"></div>
<div><div>Client Id</div><input placeholder="Client Id"${c.away ? ' form="away"' : ''}></div>
<div><div>Store Id</div><input placeholder="Store Id"></div>
${save}${inside.join('')}</form>${outside}</main>
${c.away ? `<form id="away"${attr('action', c.away.action)}${attr('method', c.away.method)}></form>` : ''}`;
  return { base: c.base !== undefined || c.baseTarget !== undefined ? { href: c.base, target: c.baseTarget } : undefined, body };
}

/** The known answer, from the HTML rules for form submission alone (no DOM). */
function expected(c: FormCase): string {
  const baseUrl = c.base !== undefined ? new URL(c.base, PAGE).href : PAGE;
  const resolve = (action: string | undefined) => (action === undefined || action === '' ? PAGE : new URL(action, baseUrl).href);
  const method = (value: string | undefined) => (value && ['post', 'dialog'].includes(value.toLowerCase()) ? value.toLowerCase() : 'get');
  const paths: { url: string; explicit: boolean; method: string; said: boolean; target: string }[] = [];
  const formTarget = c.target ?? c.baseTarget ?? '';
  paths.push({ url: resolve(c.action), explicit: c.action !== undefined, method: method(c.method), said: c.method !== undefined, target: formTarget });
  // The save button submits as the form says; each other submitter as its own attributes say.
  for (const s of c.submitters) {
    if (s.tag === 'buttonButton') continue;
    paths.push({
      url: s.formaction !== undefined ? resolve(s.formaction) : resolve(c.action),
      explicit: c.action !== undefined || s.formaction !== undefined,
      method: s.formmethod !== undefined ? method(s.formmethod) : method(c.method),
      said: c.method !== undefined || s.formmethod !== undefined,
      target: s.formtarget ?? formTarget,
    });
  }
  if (c.away)
    paths.push({
      url: resolve(c.away.action),
      explicit: c.away.action !== undefined,
      method: method(c.away.method),
      said: c.away.method !== undefined,
      target: c.baseTarget ?? '',
    });
  const offsite = paths.some((p) => !p.url.startsWith('https://app.shopiverse.tech/') || !['', '_self'].includes(p.target.toLowerCase()));
  if (offsite) return 'offsite';
  // An action that does not POST, or a method that says GET (a form that says neither is sent by its page's script).
  if (paths.some((p) => (p.explicit && p.method !== 'post') || (p.said && p.method === 'get'))) return 'sendsInUrl';
  return 'one';
}

describe(`every way a form could send the values elsewhere (${BROWSER})`, () => {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    const script = await pageBundle(join(ROOT, 'tests', 'browser', 'submit-paths-entry.ts'), 'submit-paths.js');
    page = await openOfflinePage(BROWSER, PAGE, script, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it(`decides ${RUNS} generated forms as the URL rules say`, async () => {
    const cases = fc.sample(formCase, { numRuns: RUNS, seed: SEED });
    const shown = cases.map(show);
    const got = await (page as OfflinePage).evaluate(
      (forms) => (window as unknown as { submitPaths: { locateEach(forms: ShownForm[]): string[] } }).submitPaths.locateEach(forms),
      shown,
    );
    const want = cases.map(expected);
    const wrong = cases.flatMap((c, i) => (got[i] === want[i] ? [] : [`want ${want[i]}, got ${got[i]}: ${JSON.stringify(c)}`]));
    const tally = (list: string[]) => {
      const counts: Record<string, number> = {};
      for (const status of list) counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    };
    console.log(`submit paths in ${BROWSER}: ${RUNS} forms, expected ${JSON.stringify(tally(want))}, wrong ${wrong.length}\n${wrong.slice(0, 10).join('\n')}`);
    // Each answer is met often enough for the sample to say something.
    for (const status of ['offsite', 'sendsInUrl', 'one']) expect(want.filter((w) => w === status).length).toBeGreaterThan(RUNS / 20);
    expect(wrong).toEqual([]);
  });
});
