import { describe, expect, it } from 'vitest';
import { checksRedirect, decideField, type Evidence, expandsShortened, isCandidate, needsMaskedNote } from './evidence';

// The scorer on tables of evidence: no DOM, each ranking rule one case.

const STORE = '5ac428108b2c3703c514adae';
const PRODUCT = '64f1a2b3c4d5e6f708192a3b';
const OTHER_STORE = '0d0c4a5163f24cdfb3280912';

let site = 0;
function evidence(overrides: Partial<Evidence<'storeId'>>): Evidence<'storeId'> {
  return {
    field: 'storeId',
    value: STORE,
    masked: false,
    label: 'Kimlik No',
    strength: 'strong',
    via: 'sibling',
    source: 'text',
    distance: 1,
    section: 'Genel Bilgi',
    inSection: true,
    visible: true,
    listColumn: false,
    site: site++,
    ...overrides,
  };
}

describe('decideField', () => {
  it('takes a strong label beside its value over a weak "ID" in a product list far below', () => {
    const decision = decideField(
      [evidence({}), evidence({ value: PRODUCT, label: 'ID', strength: 'weak', inSection: false, section: 'Son Ürünler' })],
      'storeId',
    );
    expect(decision).toMatchObject({ value: STORE, ambiguous: false });
  });

  it('never counts a weak label outside its section, even alone', () => {
    expect(decideField([evidence({ value: PRODUCT, label: 'ID', strength: 'weak', inSection: false })], 'storeId').value).toBeUndefined();
  });

  it('counts a weak label inside its section when nothing stronger is there', () => {
    expect(decideField([evidence({ label: 'ID', strength: 'weak', inSection: true })], 'storeId').value).toBe(STORE);
  });

  it('drops hidden values and list columns', () => {
    const decision = decideField([evidence({ value: PRODUCT, visible: false }), evidence({ value: OTHER_STORE, listColumn: true })], 'storeId');
    expect(decision.value).toBeUndefined();
    expect(decision).toMatchObject({ ambiguous: false, candidates: [] });
    expect(isCandidate(evidence({ visible: false }))).toBe(false);
  });

  it('ranks a strong label in its own section over a strong label elsewhere', () => {
    const decision = decideField([evidence({ inSection: false, section: 'Diğer mağazalar', value: OTHER_STORE }), evidence({})], 'storeId');
    expect(decision.value).toBe(STORE);
  });

  it('calls two strong labels in no known section with different values ambiguous, and lists both nearest first', () => {
    const decision = decideField(
      [evidence({ inSection: false, value: OTHER_STORE, distance: 1 }), evidence({ inSection: false, value: STORE, distance: 0, via: 'inline' })],
      'storeId',
    );
    expect(decision.ambiguous).toBe(true);
    expect(decision.value).toBeUndefined();
    expect(decision.candidates.map((item) => item.value)).toEqual([STORE, OTHER_STORE]);
  });

  it('lets a weak label in its section tie with a strong label elsewhere: the seller chooses', () => {
    const decision = decideField([evidence({ strength: 'weak', label: 'ID' }), evidence({ inSection: false, value: OTHER_STORE })], 'storeId');
    expect(decision.ambiguous).toBe(true);
  });

  it('prefers a value beside its label to one found by climbing, within a tier', () => {
    const decision = decideField([evidence({ value: OTHER_STORE, via: 'climb', distance: 3 }), evidence({ distance: 1 })], 'storeId');
    expect(decision.value).toBe(STORE);
  });

  it('takes one value shown in several places once', () => {
    const decision = decideField([evidence({}), evidence({ via: 'inline', distance: 0 }), evidence({ source: 'attribute' })], 'storeId');
    expect(decision).toMatchObject({ value: STORE, ambiguous: false });
    expect(decision.candidates).toHaveLength(1);
  });

  it('reports a masked value when only a masked one stands under the label', () => {
    const decision = decideField([evidence({ value: '', masked: true })], 'storeId');
    expect(decision.masked).toBe(true);
    expect(decision.value).toBeUndefined();
    expect(decideField([evidence({ value: '', masked: true, visible: false })], 'storeId').masked).toBe(false);
  });
});

describe("a label in a region of others' words (a chat, help, recently viewed)", () => {
  it("is no candidate, even alone, and beside the page's own value it makes nothing ambiguous", () => {
    const alone = decideField([evidence({ othersRegion: true })], 'storeId');
    expect([alone.value, alone.ambiguous]).toEqual([undefined, false]);
    const decision = decideField([evidence({ inSection: false }), evidence({ inSection: false, value: OTHER_STORE, othersRegion: true })], 'storeId');
    expect(decision).toMatchObject({ value: STORE, ambiguous: false });
    expect(decideField([evidence({ listColumn: true, othersRegion: true }), evidence({ listColumn: true, value: OTHER_STORE })], 'storeId').listed).toEqual([]);
  });
});

describe('values of a list', () => {
  it('are never taken nor ambiguous, but offered when they are strong-labelled and nothing else stands', () => {
    const rows = [evidence({ listColumn: true }), evidence({ listColumn: true, value: OTHER_STORE })];
    const decision = decideField(rows, 'storeId');
    expect(decision.value).toBeUndefined();
    expect(decision.ambiguous).toBe(false);
    expect(decision.listed.map((item) => item.value)).toEqual([STORE, OTHER_STORE]);
    const products = [evidence({ listColumn: true, strength: 'weak' }), evidence({ listColumn: true, strength: 'weak', value: PRODUCT })];
    expect(decideField(products, 'storeId').listed).toEqual([]);
  });
});

describe('expandsShortened', () => {
  it.each([
    ['64b7f0…9f8e', '64b7f0aa11bb22cc33dd9f8e', true],
    ['64b7f0...9f8e', '64b7f0aa11bb22cc33dd9f8e', true],
    ['64b7f0…', '64b7f0aa11bb22cc33dd9f8e', true],
    ['64b7f0…9f8e', '64b7f1aa11bb22cc33dd9f8e', false],
    ['64b7f0…9f8e', '64b7f0aa11bb22cc33dd9f8f', false],
    ['6…e', '64b7f0aa11bb22cc33dd9f8e', false],
    ['64b7f0aa11bb', '64b7f0aa11bb22cc33dd9f8e', false],
  ])('%s stands for %s: %s', (shown, full, expected) => {
    expect(expandsShortened(shown, full)).toBe(expected);
  });
});

describe('what the Joom page shows beside a reading (moved out of joom/read-values.ts)', () => {
  const secret = (overrides: Partial<Evidence>): Evidence => ({ ...evidence({}), field: 'secret', label: 'Gizli Anahtar', ...overrides }) as Evidence;
  it.each<[string, Partial<Evidence>, boolean]>([
    ['a masked Secret Key the seller sees', { masked: true, value: '' }, true],
    ['a shown Secret Key', {}, false],
    ['a masked Secret Key in a hidden box', { masked: true, value: '', visible: false }, false],
    ["a masked Secret Key in others' words (a chat)", { masked: true, value: '', othersRegion: true }, false],
    ["a masked Secret Key in a list's column", { masked: true, value: '', listColumn: true }, false],
    ['a masked Store ID', { masked: true, value: '', field: 'storeId' }, false],
  ])('a masked note, %s: %s', (_name, overrides, expected) => {
    expect(needsMaskedNote(secret(overrides))).toBe(expected);
  });

  it.each<[string, string | undefined, boolean]>([
    ["an application's page (a Client ID decided)", 'a1b2c3d4e5f60718', true],
    ['no Client ID decided (a guide quoting a redirect URL)', undefined, false],
  ])('the redirect checked, %s: %s', (_name, value, expected) => {
    expect(checksRedirect({ value })).toBe(expected);
  });
});
