import { describe, expect, it } from 'vitest';
import {
  differingFields,
  drawnOver,
  type FormFacts,
  inOthersContent,
  isJoomMarketplace,
  namesOthersContent,
  type PartPlace,
  partInOthersContent,
  qualifyApiForm,
  type SiblingLook,
  type Submission,
  secretRefusal,
  sendsInUrl,
  sendsOffsite,
  siblingTitles,
} from './api-form-rules';

const ALL = { secrets: 1, clientIds: 1, storeIds: 1, switches: 1, saves: 1, banners: 1 };
/** The six seen parts of a form, in the order the page records them: three fields, the switch, Kaydet, the banner. */
const PART_NAMES = ['secret', 'clientId', 'storeId', 'switch', 'save', 'banner'] as const;
type PartName = (typeof PART_NAMES)[number];
const STORE_PAGE: PartPlace = { quoted: false, titles: ['Mağaza', 'Api Tanım'] };
/** Every part at `place`, but those named in `elsewhere`, each at its own place. */
const placed = (place: PartPlace, elsewhere: Partial<Record<PartName, PartPlace>> = {}): PartPlace[] => PART_NAMES.map((name) => elsewhere[name] ?? place);
const JOOM: FormFacts = { rendered: ALL, present: ALL, marketplace: 'Joom(Joom)', code: '00159', submissions: [], parts: placed(STORE_PAGE) };
const BACK: Submission = { url: 'https://app.shopiverse.tech/tr/settings/store/00159', explicit: false, method: 'get', methodSaid: false, target: '' };
const withSubmission = (submission: Partial<Submission>): FormFacts => ({ ...JOOM, submissions: [{ ...BACK, ...submission }] });

describe('which Api Tanım form qualifies', () => {
  it('takes the one complete Joom form, with the code its banner gives, wherever the page is', () => {
    expect(qualifyApiForm([JOOM])).toEqual({ status: 'one', index: 0, code: '00159' });
    expect(qualifyApiForm([{ ...JOOM, code: '00161', marketplace: 'Joom' }])).toEqual({ status: 'one', index: 0, code: '00161' });
    expect(qualifyApiForm([withSubmission({ url: 'https://app.shopiverse.tech/x', explicit: true, method: 'post' })])).toMatchObject({ status: 'one' });
  });

  it('refuses two qualifying forms, or one container holding two of a part', () => {
    expect(qualifyApiForm([JOOM, JOOM]).status).toBe('manyForms');
    const twins = { ...ALL, secrets: 2, clientIds: 2, storeIds: 2 };
    expect(qualifyApiForm([{ ...JOOM, rendered: twins, present: twins }]).status).toBe('manyForms');
    expect(qualifyApiForm([JOOM, { ...JOOM, rendered: { ...ALL, saves: 2 } }]).status).toBe('manyForms');
  });

  it('counts what is seen: a hidden extra part is no twin', () => {
    expect(qualifyApiForm([{ ...JOOM, present: { ...ALL, secrets: 2 } }])).toMatchObject({ status: 'one' });
  });

  it('skips a form that submits elsewhere, and says so when it is the only one', () => {
    const offsite = withSubmission({ url: 'https://elsewhere.example/steal', explicit: true, method: 'post' });
    expect(qualifyApiForm([offsite, JOOM])).toMatchObject({ status: 'one', index: 1 });
    expect(qualifyApiForm([offsite]).status).toBe('offsite');
    expect(qualifyApiForm([withSubmission({ url: 'http://app.shopiverse.tech/', explicit: true, method: 'post' })]).status).toBe('offsite');
    expect(qualifyApiForm([withSubmission({ url: 'javascript:void 0', explicit: true, method: 'post' })]).status).toBe('offsite');
    expect(qualifyApiForm([withSubmission({ target: 'popup' })]).status).toBe('offsite');
    expect(qualifyApiForm([withSubmission({ explicit: true, method: 'get' })]).status).toBe('sendsInUrl');
  });

  it.each([
    ['a Trendyol banner', { marketplace: 'Trendyol(Trendyol)' }, 'notJoom'],
    ['Joomla', { marketplace: 'Joomla(Joomla)' }, 'notJoom'],
    ['a list naming Joom among others', { marketplace: 'Trendyol, Joom' }, 'notJoom'],
    ['a Joom banner without a store code', { code: undefined }, 'notJoom'],
    ['no banner', { rendered: { ...ALL, banners: 0 }, present: { ...ALL, banners: 0 }, marketplace: undefined, code: undefined }, 'noForm'],
    ['no Durum switch at all', { rendered: { ...ALL, switches: 0 }, present: { ...ALL, switches: 0 } }, 'noForm'],
    ['Kaydet in the page but not seen', { rendered: { ...ALL, saves: 0 } }, 'hidden'],
    ['the Secret Key field in the page but not seen', { rendered: { ...ALL, secrets: 0 } }, 'hidden'],
    ['parts not seen under a banner not seen', { rendered: { ...ALL, banners: 0, secrets: 0 } }, 'noForm'],
  ] as [string, Partial<FormFacts>, string][])('%s → %s', (_name, change, status) => {
    expect(qualifyApiForm([{ ...JOOM, ...change }]).status).toBe(status);
  });

  it('finds nothing in nothing', () => {
    expect(qualifyApiForm([])).toEqual({ status: 'noForm' });
  });
});

describe('where a submission sends the values', () => {
  it.each([
    ['back to its own page (no action)', {}, false, false],
    ['a POST to ShopiVerse', { explicit: true, method: 'post' }, false, false],
    ['a GET to ShopiVerse named by an action', { explicit: true, method: 'get' }, false, true],
    ['a dialog with an action', { explicit: true, method: 'dialog' }, false, true],
    ['a form that says method="get" with no action', { method: 'get', methodSaid: true }, false, true],
    ['a submitter that says formmethod="get" (a hidden default button, an injected one)', { method: 'get', methodSaid: true }, false, true],
    ['a form that says method="post" with no action', { method: 'post', methodSaid: true }, false, false],
    ['a form that says neither (an SPA sends it; a native GET is stopped at the submit)', {}, false, false],
    ['a POST to another site', { url: 'https://evil.example/x', explicit: true, method: 'post' }, true, false],
    ['a look-alike host', { url: 'https://app.shopiverse.tech.example.test/x', explicit: true, method: 'post' }, true, false],
    ['plain http', { url: 'http://app.shopiverse.tech/x', explicit: true, method: 'post' }, true, false],
    ['a named window', { target: 'other' }, true, false],
    ['a new tab', { target: '_blank' }, true, false],
    ['_self', { target: '_self' }, false, false],
    ['_SELF', { target: '_SELF' }, false, false],
    ['a URL that is no URL', { url: 'not a url', explicit: true, method: 'post' }, true, false],
  ] as [string, Partial<Submission>, boolean, boolean][])('%s: elsewhere %s, in a URL %s', (_name, change, offsite, inUrl) => {
    expect(sendsOffsite({ ...BACK, ...change })).toBe(offsite);
    expect(sendsInUrl({ ...BACK, ...change })).toBe(inUrl);
  });
});

describe('the Secret Key taken out of a submission being sent (shopiverse/submit-guard.ts)', () => {
  const POST = { ...BACK, explicit: true, method: 'post', methodSaid: true };
  it.each([
    ['a same-origin POST', [POST], true, undefined],
    ['a form that says no method, sent natively (the browser GETs it)', [BACK], true, 'sendsInUrl'],
    ['a form that says no method, its entries built by the page handling the submit', [BACK], false, undefined],
    ['a form that says GET, whoever sends it', [{ ...BACK, method: 'get', methodSaid: true }], false, 'sendsInUrl'],
    ['a POST moved off-site by a <base href> added after the fill', [{ ...POST, url: 'https://evil.example/x/kaydet' }], true, 'offsite'],
    [
      'one of several ways off-site (no submitter known: form.submit(), a stopped submit event)',
      [POST, { ...POST, url: 'https://evil.example/c' }],
      true,
      'offsite',
    ],
    ['one of several ways by GET', [POST, { ...POST, method: 'get' }], true, 'sendsInUrl'],
  ] as [string, Submission[], boolean, string | undefined][])('%s → %s', (_name, ways, byDefaultToo, refusal) => {
    expect(secretRefusal(ways, byDefaultToo)).toBe(refusal);
  });
});

describe('someone else’s content is never the store’s form', () => {
  const MESSAGE: PartPlace = { quoted: true, titles: ['Mağaza', 'Mesajlar'] };
  /** A message's look-alike inside main, under "Mesajlar": not quoted, but its title is over it. */
  const UNDER_MESSAGES: PartPlace = { quoted: false, titles: ['Mesajlar'] };
  const MAIN: PartPlace = { quoted: false, titles: [] };
  it.each([
    ['the Api Tanım tab', placed(STORE_PAGE), false],
    ['no title at all', placed(MAIN), false],
    ['a product description', placed({ quoted: false, titles: ['Ürün: Kilim'] }), true],
    ['a chat', placed({ quoted: false, titles: ['Mesajlar'] }), true],
    ['an order page', placed({ quoted: false, titles: ['Order #1234'] }), true],
    ['a help panel’s example', placed({ quoted: false, titles: ['Yardım', 'Örnek form'] }), true],
    ['inside editable or quoted content', placed({ quoted: true, titles: ['Api Tanım'] }), true],
    // The third review: a look-alike under its own heading, inside a page or section of others' content.
    ['its own heading under a messages section', placed({ quoted: false, titles: ['Mağaza', 'Api Tanım', 'Gelen Mesajlar'] }), true],
    [
      'a store page and its Api Tanım tab, in a drawer named by its store',
      placed({ quoted: false, titles: ['Mağaza Düzenle', 'Joom · 00159', 'Api Tanım'] }),
      false,
    ],
    // The fourth review: a look-alike in a message borrowing parts from the page around it has its box above the
    // message (main, say), which is neither quoted nor under the message's titles. Its parts are.
    ['a message’s look-alike borrowing Kaydet from the page', placed(MESSAGE, { save: MAIN }), true],
    ['a message’s look-alike borrowing the Durum switch', placed(MESSAGE, { switch: MAIN }), true],
    ['a message’s look-alike borrowing Kaydet and Durum, under the messages’ title only', placed(UNDER_MESSAGES, { save: MAIN, switch: MAIN }), true],
    ['the page’s fields under a banner from a message', placed(MAIN, { banner: MESSAGE }), true],
    ['one field inside a message', placed(STORE_PAGE, { storeId: MESSAGE }), true],
    ['one field under a reviews title', placed(STORE_PAGE, { clientId: { quoted: false, titles: ['Mağaza', 'Değerlendirmeler'] } }), true],
    ['parts at different places on the store’s own page', placed(STORE_PAGE, { save: MAIN, banner: { quoted: false, titles: ['Mağaza'] } }), false],
  ] as [string, PartPlace[], boolean][])('%s: %s', (_name, parts, others) => {
    expect(inOthersContent({ ...JOOM, parts })).toBe(others);
    expect(qualifyApiForm([{ ...JOOM, parts }]).status).toBe(others ? 'noForm' : 'one');
  });

  it('judges each part where it sits: one part inside others’ content is enough', () => {
    for (const [i, name] of PART_NAMES.entries()) {
      const one = placed(STORE_PAGE, { [name]: { quoted: true, titles: ['Api Tanım'] } });
      expect(partInOthersContent(one[i] as PartPlace)).toBe(true);
      expect(inOthersContent({ ...JOOM, parts: one }), name).toBe(true);
    }
  });

  it('takes the store’s form beside a look-alike refused for a part in a message', () => {
    const lookalike: FormFacts = { ...JOOM, code: '00777', parts: placed(MESSAGE, { save: MAIN }) };
    expect(qualifyApiForm([lookalike, JOOM])).toEqual({ status: 'one', index: 1, code: '00159' });
  });

  it.each([
    // Buyers' questions, returns, complaints and tickets, in Turkish and English, as sellers' panels title them.
    ['Müşteri Soruları', true],
    ['Soru', true],
    ['Soru & Cevap', true],
    ['Ürün sorusu', true],
    ['İade Talepleri', true],
    ['İadeler', true],
    ['Şikayetler', true],
    ['ŞİKÂYET', true],
    ['Destek Talebi #4411', true],
    ['Talepler', true],
    ['Questions', true],
    ['Customer questions', true],
    ['Returns', true],
    ['Return requests', true],
    ['Refunds', true],
    ['Complaints', true],
    ['Support tickets', true],
    ['Tickets', true],
    ['Disputes', true],
    // ShopiVerse's own words over a store's form: never refused.
    ['Api Tanım', false],
    ['Yetki Talep Et', false],
    ['Mağaza Sorumlusu', false],
    ['Sorun mu var?', false],
    ['Return URL', false],
    ['Mağaza Düzenle', false],
    ['Mağazalar', false],
    ['İş Planı', false],
    ['Joom · 00159', false],
    ['API settings', false],
  ] as [string, boolean][])('the title “%s” names others’ content: %s', (title, others) => {
    expect(namesOthersContent(title)).toBe(others);
  });
});

describe('which fields really differ from the push', () => {
  const PUSHED = { secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', clientId: '9f3c2a1b4d5e6f70', storeId: '5ac428108b2c3703c514adae' };
  const EMPTY = { secret: '', clientId: '', storeId: '' };
  it.each([
    ['an empty form', EMPTY, PUSHED, []],
    ['a form holding the pushed values', PUSHED, PUSHED, []],
    ['the pushed values with spaces around', { secret: ` ${PUSHED.secret}`, clientId: `${PUSHED.clientId} `, storeId: PUSHED.storeId }, PUSHED, []],
    ['another Client Id', { ...PUSHED, clientId: 'typed-123456789' }, PUSHED, ['clientId']],
    ['another secret', { ...PUSHED, secret: 'f'.repeat(32) }, PUSHED, ['secret']],
    ['a secret held, not told (the question)', { ...PUSHED, secret: 'f'.repeat(32) }, { ...PUSHED, secret: undefined }, []],
    ['all three different', { secret: 'x', clientId: 'y', storeId: 'z' }, PUSHED, ['secret', 'clientId', 'storeId']],
  ] as [string, typeof EMPTY, Record<string, string | undefined>, string[]][])('%s → %j', (_name, held, pushed, differ) => {
    expect(differingFields(held, pushed as never)).toEqual(differ);
  });
});

describe('the titles directly before a box (siblingTitles), nearest sibling first', () => {
  const title = (text: string): SiblingLook => ({ kind: 'title', text });
  const quiet: SiblingLook = { kind: 'quiet' };
  const block: SiblingLook = { kind: 'block' };
  it.each<[string, SiblingLook[], string[]]>([
    ['a heading right before the box (a list under "Mesajlar")', [title('Mesajlar')], ['Mesajlar']],
    ['nothing before the box', [], []],
    ['blocks only', [block, block], []],
    // The sixth review, finding 2: a block between the heading and the box does not end its reach.
    ['a summary line between "Mesajlar" and the list', [block, title('Mesajlar')], ['Mesajlar']],
    ['earlier messages between "Mesajlar" and a look-alike in a message', [block, block, title('Mesajlar')], ['Mesajlar']],
    ["the panel's announcements list above a card with no header: its heading still titles the card", [block, title('Duyurular')], ['Duyurular']],
    ['a rule, a spacer or a hidden block between them: the seller sees the heading over the box', [quiet, quiet, title('Mesajlar')], ['Mesajlar']],
    ['a run of headings: every one titles the box', [title('Bugün'), quiet, title('Mesajlar')], ['Bugün', 'Mesajlar']],
    ["a card's own header ends the reach of a heading further up", [title('Api Tanım'), block, title('Duyurular')], ['Api Tanım']],
    ['the nearest title and its run, past blocks', [block, title('Mesajlar'), title('Sorular'), block, title('Duyurular')], ['Mesajlar', 'Sorular']],
  ])('%s', (_name, before, want) => {
    expect(siblingTitles(before)).toEqual(want);
  });

  it('reads no sibling past the run of the nearest title (a scan runs on every change of the page)', () => {
    const read: number[] = [];
    function* looks(): Generator<SiblingLook> {
      for (const [index, look] of [quiet, block, title('Mesajlar'), block, title('Duyurular')].entries()) {
        read.push(index);
        yield look;
      }
    }
    expect(siblingTitles(looks())).toEqual(['Mesajlar']);
    expect(read).toEqual([0, 1, 2, 3]);
  });
});

describe('a form drawn over another Joom form (drawnOver)', () => {
  const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
  const REAL = box(100, 200, 700, 500);
  it.each([
    ['a full-page layer holding the copy, over the real form', [box(100, 20, 700, 120), box(0, 0, 1280, 800)], REAL, true],
    ['the copy itself laid on the real form', [box(150, 250, 650, 450)], REAL, true],
    ['a copy beside the real form, no layer over it', [box(800, 200, 1200, 500), box(760, 0, 1280, 800)], REAL, false],
    ['the other form display:none (no area)', [box(100, 200, 700, 500)], box(0, 0, 0, 0), false],
    ['the other form off-screen', [box(100, 200, 700, 500), box(0, 0, 1280, 2000)], box(-10_000, 200, -9400, 500), false],
    ['edges touching only', [box(100, 500, 700, 800)], REAL, false],
  ] as const)('%s', (_name, layers, other, over) => {
    expect(drawnOver(layers, other)).toBe(over);
  });
});

describe('isJoomMarketplace', () => {
  it.each([
    ['Joom(Joom)', true],
    ['Joom', true],
    ['joom ( Joom )', true],
    ['Joom(Trendyol)', false],
    ['Trendyol(Joom)', false],
    ['Joomla(Joomla)', false],
    ['Joom, Trendyol', false],
    [undefined, false],
  ])('%s → %s', (marketplace, expected) => {
    expect(isJoomMarketplace(marketplace)).toBe(expected);
  });
});
