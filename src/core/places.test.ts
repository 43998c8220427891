import { describe, expect, it } from 'vitest';
import {
  type BesideLabel,
  besideInRun,
  boxStep,
  dressesLabel,
  isTagText,
  labelBeforeColon,
  linedUpRow,
  type PlaceFacts,
  placesToRead,
  type RunBox,
  type RunItem,
  type RunReading,
  runItem,
  runReading,
  type StopRule,
  showsNoValue,
  valueAfterColon,
  valueOfLine,
  withoutMarks,
} from './places';

describe('a tag beside a label', () => {
  it.each([
    ['API', true],
    ['Yeni', true],
    ['Zorunlu', true],
    ['Read only', true],
    ['—', false],
    ['-', false],
    ['', false],
    ['5ac428108b2c3703c514adae', false],
    ['12.03.2024', false],
    ['a value with many words', false],
    ['Çokuzunbirkelimeburada', false],
  ])('%j is a tag: %s', (text, expected) => {
    expect(isTagText(text)).toBe(expected);
  });
});

const node = (facts: Partial<BesideLabel>): BesideLabel => ({
  icon: false,
  trigger: false,
  holdsValue: false,
  text: '',
  after: true,
  ...facts,
});

describe('what dresses a label', () => {
  it.each<[string, Partial<BesideLabel>, boolean]>([
    ['a colon', { text: ':' }, true],
    ['nothing at all (a space)', { text: '' }, true],
    ['a required asterisk', { text: '*' }, true],
    ['an icon', { icon: true }, true],
    ['a ligature icon', { icon: true, text: 'info' }, true],
    ['a tooltip trigger', { trigger: true, text: 'ⓘ' }, true],
    ['a captioned button (Kopyala)', { trigger: true, text: 'Kopyala' }, true],
    ['a captioned button of three words', { trigger: true, text: 'Copy to clipboard' }, false],
    ['a badge', { text: 'Yeni' }, true],
    ['a word before the label (another label)', { text: 'Unvan', after: false }, false],
    ['a placeholder', { text: '—' }, false],
    ['a value', { text: '5ac428108b2c3703c514adae' }, false],
    ['an input', { holdsValue: true }, false],
    ["a word with the field's shape (a title beside 'Unvan')", { text: 'ShopiVerse', holdsValue: true }, false],
    ['a copy button', { trigger: true, holdsValue: true }, false],
  ])('%s: %s', (_name, facts, expected) => {
    expect(dressesLabel(node(facts))).toBe(expected);
  });
});

describe('a place that says its value is missing', () => {
  it.each([
    ['nothing', '', true],
    ['spaces', '  ', true],
    ['a dash', '—', true],
    ['a hyphen between spaces', ' - ', true],
    ['three dashes', '---', true],
    ['a value', '5ac428108b2c3703c514adae', false],
    ['a word', 'Yok', false],
  ])('%s', (_name, text, expected) => {
    expect(showsNoValue(text)).toBe(expected);
  });
});

// The walk from a label to its values, over records of places: what each place is, and what reading it gave.
type Place = { name: string; facts: Partial<PlaceFacts>; found?: 'value' | 'masked' };
const ROW_A = { row: 'a' };
const walk = (places: Place[]) => {
  let foundAny = false;
  const read: string[] = [];
  const steps = placesToRead(
    places,
    (place) => ({
      via: 'sibling',
      row: null,
      linked: false,
      next: 'other',
      shapedAsTaggedLabel: false,
      holdsAnotherLabel: false,
      followsAnotherLabel: false,
      beforeCaption: false,
      ...place.facts,
    }),
    (place) => {
      foundAny ||= place.found !== undefined;
      return { foundAny, masked: place.found === 'masked' };
    },
  );
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { read, stop: step.value };
    read.push(step.value.name);
  }
};

describe('the walk from a label to its values', () => {
  it.each<[string, Place[], string[], StopRule | undefined]>([
    [
      'the nearest place holding a value ends it',
      [
        { name: 'next', facts: {}, found: 'value' },
        { name: 'climb', facts: { via: 'climb' } },
      ],
      ['next'],
      'nearest-holds-value',
    ],
    [
      'empty places are passed over',
      [
        { name: 'icon', facts: {} },
        { name: 'next', facts: {}, found: 'value' },
      ],
      ['icon', 'next'],
      'nearest-holds-value',
    ],
    [
      'nothing anywhere: every place is read',
      [
        { name: 'a', facts: {} },
        { name: 'b', facts: {} },
      ],
      ['a', 'b'],
      undefined,
    ],
    [
      "a row's other cells are rivals (two stores compared)",
      [
        { name: 'cell 1', facts: { via: 'row', ...ROW_A }, found: 'value' },
        { name: 'cell 2', facts: { via: 'row', ...ROW_A }, found: 'value' },
        { name: 'cell 3', facts: { via: 'row', ...ROW_A, next: 'none' } },
      ],
      ['cell 1', 'cell 2', 'cell 3'],
      'row-ends',
    ],
    [
      'a row ends before a header cell',
      [
        { name: 'cell 1', facts: { via: 'row', ...ROW_A, next: 'header' }, found: 'value' },
        { name: 'column', facts: { via: 'column' } },
      ],
      ['cell 1'],
      'row-ends',
    ],
    [
      'past the row, the column below is not asked',
      [
        { name: 'cell 1', facts: { via: 'row', ...ROW_A }, found: 'value' },
        { name: 'below', facts: { via: 'column', row: 'b' } },
      ],
      ['cell 1'],
      'past-own-row',
    ],
    [
      'a masked cell has no rivals',
      [
        { name: 'cell 1', facts: { via: 'row', ...ROW_A }, found: 'masked' },
        { name: 'cell 2', facts: { via: 'row', ...ROW_A } },
      ],
      ['cell 1'],
      'masked-has-no-rivals',
    ],
    [
      'a linked value is a rival, never a reason to stop',
      [
        { name: 'named by aria', facts: { via: 'for', linked: true }, found: 'value' },
        { name: 'beside', facts: {}, found: 'value' },
      ],
      ['named by aria', 'beside'],
      'nearest-holds-value',
    ],
    [
      'after a linked value, the first place ends the walk even empty',
      [
        { name: 'named by aria', facts: { via: 'for', linked: true }, found: 'value' },
        { name: 'empty', facts: {} },
        { name: 'beyond', facts: {} },
      ],
      ['named by aria', 'empty'],
      'nearest-holds-value',
    ],
    ['a box shaped as the tagged label is the next row of its list', [{ name: 'next row', facts: { shapedAsTaggedLabel: true } }], [], 'next-row-of-list'],
    // The pages of s42 (O1): "Müşteri Kimlik Numarası: <canvas>" walked on to "Gizli Anahtar: <span>3e9a…</span>".
    ["the next line, holding another label, is that label's", [{ name: 'next line', facts: { holdsAnotherLabel: true }, found: 'value' }], [], undefined],
    [
      "past another label's line, a lined-up column is still asked",
      [
        { name: 'next line', facts: { via: 'climb', holdsAnotherLabel: true }, found: 'value' },
        { name: 'lined-up cell', facts: { via: 'row' }, found: 'value' },
      ],
      ['lined-up cell'],
      undefined,
    ],
    [
      'the value standing right after another label is that label’s (a grid’s last label, with no value of its own)',
      [{ name: 'value above', facts: { followsAnotherLabel: true }, found: 'value' }],
      [],
      undefined,
    ],
    [
      'the value before a caption is its own, though it stands after the caption before it',
      [{ name: 'value before', facts: { followsAnotherLabel: true, beforeCaption: true }, found: 'value' }],
      ['value before'],
      'nearest-holds-value',
    ],
    [
      'the box before a caption that holds another label is that label’s',
      [{ name: 'label before', facts: { holdsAnotherLabel: true, beforeCaption: true }, found: 'value' }],
      [],
      undefined,
    ],
    [
      'a field the label names by `for` is its own wherever it stands',
      [{ name: 'control', facts: { via: 'for', followsAnotherLabel: true }, found: 'value' }],
      ['control'],
      'nearest-holds-value',
    ],
    [
      'what names the label as its own is read though it holds another label',
      [{ name: 'named by aria', facts: { via: 'for', linked: true, holdsAnotherLabel: true }, found: 'value' }],
      ['named by aria'],
      undefined,
    ],
    [
      'a row cell with no row: nothing after it',
      [
        { name: 'cell', facts: { via: 'row', row: null }, found: 'value' },
        { name: 'more', facts: { via: 'row', row: null } },
      ],
      ['cell'],
      'past-own-row',
    ],
  ])('%s', (_name, places, read, stop) => {
    expect(walk(places)).toEqual({ read, stop });
  });
});

describe("a label's box growing into its parent", () => {
  it.each<[string, Partial<BesideLabel>[], boolean, ReturnType<typeof boxStep>]>([
    ['beside a colon: grows, undressed', [{ text: ':' }], false, { grows: true, dressed: false, tagged: false }],
    ['beside an icon: grows, dressed', [{ icon: true }], false, { grows: true, dressed: true, tagged: false }],
    ['beside a badge: grows, dressed and tagged', [{ text: 'Yeni' }], false, { grows: true, dressed: true, tagged: true }],
    ["beside a word, the next box as big (a column of labels): the word is the next row's label", [{ text: 'Unvan' }], true, { grows: false }],
    ['beside an icon, the next box as big: an icon is no row', [{ icon: true }], true, { grows: true, dressed: true, tagged: false }],
    ['beside a value: stays', [{ text: '5ac428108b2c3703c514adae' }], false, { grows: false }],
    ['beside an icon and a value: stays', [{ icon: true }, { holdsValue: true }], false, { grows: false }],
    ['beside nothing (an only child): grows, undressed', [], false, { grows: true, dressed: false, tagged: false }],
  ])('%s', (_name, beside, nextBoxAlike, expected) => {
    expect(boxStep(beside.map(node), nextBoxAlike)).toEqual(expected);
  });
});

describe("a label's marks", () => {
  it.each([
    ['Kimlik No', 'KimlikNo'],
    ['Kimlik No (?)', 'KimlikNo'],
    [' : * ', ''],
    ['Gizli Anahtar：', 'GizliAnahtar'],
  ])('%j without its marks is %j', (text, expected) => {
    expect(withoutMarks(text)).toBe(expected);
  });
});

describe("a label's line, read as text (moved out of the collector)", () => {
  it.each<[string, string]>([
    ['Kimlik No: 5ac4', 'Kimlik No'],
    ['Kimlik No：5ac4', 'Kimlik No'],
    ['Redirect URL: https://x.test/a', 'Redirect URL'],
  ])('the label of %j is %j', (text, expected) => {
    expect(labelBeforeColon(text)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    [': 5ac428108b2c3703c514adae ', '5ac428108b2c3703c514adae'],
    ['： 5ac4', '5ac4'],
    [' 5ac4', '5ac4'],
    [' : ', undefined],
    ['', undefined],
  ])('the value after the label element in %j is %j', (text, expected) => {
    expect(valueAfterColon(text)).toBe(expected);
  });

  it.each<[string, string[], string | undefined]>([
    ['one piece', ['Kimlik No: 5ac4'], '5ac4'],
    ['the value in the next piece', ['Kimlik No:', ' 5ac4 '], '5ac4'],
    ['a badge after the value is not part of it', ['Kimlik No: 5ac4', 'Aktif'], '5ac4'],
    ['no colon', ['Kimlik No', '5ac4'], undefined],
    ['a colon and nothing after', ['Kimlik No:'], undefined],
  ])('%s: %j', (_name, pieces, expected) => {
    expect(valueOfLine(pieces)).toBe(expected);
  });

  it.each<[string, number, number, number, number | undefined]>([
    ['three labels beside three values', 3, 3, 1, 1],
    ['three labels beside two values (not lined up)', 3, 2, 1, undefined],
    ['one label beside one value (lines up with anything)', 1, 1, 0, undefined],
    ['a label not in its column', 3, 3, -1, undefined],
  ])('a lined-up row, %s: %s', (_name, labels, cells, at, expected) => {
    expect(linedUpRow(labels, cells, at)).toBe(expected);
  });

  it.each<[string, string, RunItem]>([
    ['a label', 'Kimlik No', 'words'],
    ['a label with its colon', 'Müşteri Kimlik Numarası:', 'words'],
    ['another panel’s caption', 'Webhook ID', 'words'],
    ['a button’s name', 'Kopyala', 'words'],
    ['an ID', '5ac428108b2c3703c514adae', 'value'],
    ['an ID in groups', '5ac4 2810 8b2c 3703', 'value'],
    ['a mask', '••••••••••••', 'value'],
    ['a short number', '#12', 'other'],
    ['a count', '124 ürün', 'other'],
    ['a date', '2026-12-07 01:40', 'other'],
    ['a name with a year', 'Anadolu Halı 1985', 'other'],
    ['a Latin name with a year, in words', 'Tekstil Evi 2024', 'other'],
    ['a phone number', '+90 532 123 45 67', 'other'],
    ['a long date', '12 December 2026', 'other'],
    ['a dash', '—', 'other'],
    ['nothing', '', 'other'],
  ])('a box showing %s is %s: %j', (_name, text, expected) => {
    expect(runItem(text)).toBe(expected);
  });

  // Runs written as boxes: S, C, K a Store ID, a Client ID and a Secret Key; s, c, k their labels; w other words; b a
  // control named in words (a copy button); o else.
  const VALUES: Record<string, string> = {
    S: '5ac428108b2c3703c514adae',
    W: '9e0f1a2b3c4d5e6f70819203',
    C: '7d1f04b2e9a36c58',
    K: '3e9a0c7f51b24d86a1f09e3c7b5d2a48',
    D: '9e0f1a2b3c4d5e6f70819203',
    A: 'ShopiVerse2024app',
    // A value's box read with more than the value in it: a Store ID and a badge's word drawn against it.
    X: '5ac428108b2c3703c514adaeAktif',
  };
  const FIELDS: Record<string, string> = { s: 'storeId', c: 'clientId', k: 'secret' };
  const box = (letter: string): RunBox =>
    VALUES[letter]
      ? { kind: 'value', text: VALUES[letter] as string }
      : FIELDS[letter]
        ? { kind: 'label', field: FIELDS[letter] as string }
        : letter === 'w'
          ? { kind: 'words' }
          : letter === 'b'
            ? { kind: 'control' }
            : { kind: 'other' };
  // The fields' shapes, as core/shape-rules.ts has them: a Store ID 24 hex (an exact shape), the others tokens (12+, 16+).
  const fits = (field: string, text: string) =>
    field === 'storeId' ? (/^[0-9a-f]{24}$/.test(text) ? 2 : 0) : text.length >= (field === 'clientId' ? 12 : 16) ? 1 : 0;
  it.each<[string, string, RunReading]>([
    ['values, each with its caption after it', 'S s C c K k', 'captions'],
    ['one value and its caption', 'K k', 'captions'],
    ['captions with a caption’s value missing', 'S s c K k', 'captions'],
    ['captions, a title first and a date last', 'w S s C c K k o', 'captions'],
    ['a value at each end, all fitting either way', 'K k C c S s D w', 'either'],
    ['a webhook’s ID after a secret and its caption', 'K k D w', 'either'],
    ['labels before values', 's S c C k K', 'labels'],
    ['labels before values, a badge after each', 's S w c C w k K w', 'labels'],
    ['labels before values, an app ID first and a link last (the review of s44)', 'A s S c C k K o', 'labels'],
    ['labels before values, a name with a year first and a badge last', 'A c C k K w', 'either'],
    ['labels before values, the last value missing', 's S c C k', 'labels'],
    ['a label, its value, a label with none', 'c C k', 'labels'],
    // Its first caption's value missing, a run that starts with a label is not turned around: the seller is asked (the
    // attack review of s47, F3: a labels-first run with a value of another shape and no secret shown read as captions).
    ['captions, the first value missing', 's C c K k', 'either'],
    ['a label alone', 'k', 'labels'],
    // A copy button between each value and its caption, or after each label's value (the review of s44, 5 and 2).
    ['captions, a copy button after each value', 'S b s C b c K b k', 'captions'],
    ['captions, a copy button after each value, the Secret Key first', 'K b k C b c S b s', 'captions'],
    ['captions, a copy button after each value, the Store ID last', 'C b c K b k S b s', 'captions'],
    ['labels before values, a copy button after each value', 's S b c C b k K b', 'labels'],
    ['labels before values, a copy button after each value, the Secret Key first', 'k K b c C b s S b', 'labels'],
    ['labels before values, a copy button between each label and its value', 's b S c b C k b K', 'labels'],
    // Another label (words) before its own value, ours after it with its value hidden behind a button (the review of
    // s45, H1 and M1): the value is the other label's as much as ours, never ours alone.
    ['another label and its ID, then ours with a button for a value', 'w W k b', 'labels'],
    ['another label and its ID, then ours and theirs', 'w W c C k K', 'labels'],
    ['another label and its ID first, then ours and theirs', 'w W s S c C k K', 'labels'],
    ['a heading, another label and its ID, then ours and theirs', 'w w W c C k K', 'labels'],
    ['captions with another caption among them', 'S s W w C c K k', 'captions'],
    ['captions with another caption before ours', 'S s W w K k', 'captions'],
    // A value of another shape is one label wrong, as a label with no value is (the second review of s46, F2): the
    // Store ID's box holding more than the Store ID turned labels before values into captions.
    ['labels before values, the Store ID’s box another shape', 's X c C k K', 'labels'],
    ['labels before values, the Client ID’s box another shape', 's S c X k K', 'labels'],
    ['captions, the Store ID’s box another shape', 'X s C c K k', 'captions'],
    ['captions, the Secret Key’s box another shape', 'S s C c X k', 'captions'],
    ['labels before values, the Store ID’s box another shape, the secret behind a button', 's X c C k b', 'either'],
    ['labels before values, the Store ID’s box another shape, no secret shown', 's X c C k', 'either'],
  ])('a run of %s (%s) reads as %s', (_name, run, expected) => {
    expect(runReading(run.split(' ').map(box), fits)).toBe(expected);
  });

  it.each<[string, number, -1 | 1, number]>([
    ['S b s', 2, -1, 0],
    ['S b b s', 3, -1, 0],
    ['s b S', 0, 1, 2],
    ['S s', 1, -1, 0],
    ['b s', 1, -1, -1],
  ])('in %s the box beside %i on side %i, past controls, is %i', (run, at, side, expected) => {
    expect(besideInRun(run.split(' ').map(box), at, side)).toBe(expected);
  });
});
