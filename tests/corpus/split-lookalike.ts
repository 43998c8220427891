import fc from 'fast-check';

// A look-alike Api Tanım form inside someone else's content (a message, a comment, an editable reply) that borrows
// some of its parts from the page around that content: the page's own Kaydet, a "Durum" switch in a toolbar, a
// field, the banner (the fourth review, finding 1). Its parts' nearest common box is then above the message, so
// judging the box alone let it through. Known answers: the look-alike is never taken nor written into; the store's
// real form, when there too, is. Used by src/shopiverse/api-form.test.ts (happy-dom) and
// tests/browser/others-content.spec.ts (real browsers).

export const PARTS = ['banner', 'secret', 'clientId', 'storeId', 'switch', 'save'] as const;
export type Part = (typeof PARTS)[number];

/** Where others' content sits: quoted markup of each kind, and a section only its title says is messages. */
export const REGIONS = {
  article: (inner: string) => `<article>${inner}</article>`,
  log: (inner: string) => `<div role="log"><div>${inner}</div></div>`,
  blockquote: (inner: string) => `<blockquote>${inner}</blockquote>`,
  comment: (inner: string) => `<div role="comment">${inner}</div>`,
  editable: (inner: string) => `<div contenteditable="true">${inner}</div>`,
  titled: (inner: string) => `<section><h2>Mesajlar</h2><div class="thread">${inner}</div></section>`,
};
export type Region = keyof typeof REGIONS;
const REGION_NAMES = Object.keys(REGIONS) as Region[];

const SWITCHES = {
  checkbox: '<label><input type="checkbox"> Durum</label>',
  role: '<button type="button" role="switch" aria-checked="false">Durum</button>',
};
type SwitchKind = keyof typeof SWITCHES;

export interface SplitCase {
  region: Region;
  /** The look-alike's parts that are the page's, outside the region (never all six). */
  borrowed: Part[];
  switchKind: SwitchKind;
  /** The store's own form is on the page too. */
  real: boolean;
}

export const LOOKALIKE_CODE = '00777';
export const REAL_CODE = '00159';

const partHtml = (part: Part, code: string, switchKind: SwitchKind): string =>
  ({
    banner: `<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('${code}' kodlu mağaza)</div>`,
    secret: '<div><div>Secret Key</div><input placeholder="Secret Key"></div>',
    clientId: '<div><div>Client Id</div><input placeholder="Client Id"></div>',
    storeId: '<div><div>Store Id</div><input placeholder="Store Id"></div>',
    switch: SWITCHES[switchKind],
    save: '<button type="button">Kaydet</button>',
  })[part];

const splitCase: fc.Arbitrary<SplitCase> = fc.record({
  region: fc.constantFrom(...REGION_NAMES),
  borrowed: fc.subarray([...PARTS], { minLength: 1, maxLength: PARTS.length - 1 }),
  switchKind: fc.constantFrom<SwitchKind>('checkbox', 'role'),
  real: fc.boolean(),
});

/** Each part borrowed alone in every region, and `mixes` seeded draws of any mix. */
export function splitCases(mixes: number, seed: number): SplitCase[] {
  return [
    ...PARTS.flatMap((part, i) =>
      REGION_NAMES.map((region, r): SplitCase => ({ region, borrowed: [part], switchKind: (i + r) % 2 ? 'role' : 'checkbox', real: r % 2 === 0 })),
    ),
    ...fc.sample(splitCase, { numRuns: mixes, seed }),
  ];
}

/** The page's body: the look-alike in its region, the borrowed parts in a toolbar of the page, the real form after. */
export function splitPage(c: SplitCase): string {
  const own = PARTS.filter((part) => !c.borrowed.includes(part))
    .map((part) => partHtml(part, LOOKALIKE_CODE, c.switchKind))
    .join('');
  const lookalike = REGIONS[c.region](`<p>Merhaba, mağaza ayarlarım:</p><div class="lookalike"><form>${own}</form></div>`);
  const borrowed = c.borrowed.map((part) => partHtml(part, LOOKALIKE_CODE, c.switchKind)).join('');
  const real = c.real
    ? `<section class="real"><h2>Api Tanım</h2>${partHtml('banner', REAL_CODE, 'checkbox')}<form method="post">${PARTS.filter((part) => part !== 'banner')
        .map((part) => partHtml(part, REAL_CODE, 'checkbox'))
        .join('')}</form></section>`
    : '';
  return `<main>${lookalike}<div class="toolbar">${borrowed}</div>${real}</main>`;
}

/** The known answer, as tests/browser/submit-paths-entry.ts's verdictEach says it. */
export const splitVerdict = (c: SplitCase): string => (c.real ? `one ${REAL_CODE}` : 'noForm');
