import { describe, expect, it } from 'vitest';
import type { LabelFacts } from './evidence';
import {
  type Ancestor,
  aboutOtherObject,
  countsForRepeats,
  inOthersWords,
  inOwnSection,
  inProse,
  isListColumn,
  namesNothingHere,
  repeatedSites,
  rowsAlike,
  type SiteFacts,
  sectionTitle,
  type TitleFacts,
  type Vocabulary,
} from './qualify';

// The judgements the page collector used to make itself, each over a table of recorded facts.

const WORDS: Vocabulary = { othersRegions: ['mesaj', 'help'], otherObjects: ['ürün adı', 'webhook'], genericLabels: ['ID', 'Kimlik No'] };
const placed = (section: string | undefined, facts: Partial<LabelFacts>) => ({
  section,
  facts: { labelRow: 'Kimlik No', sections: ['Genel Bilgi'], quoted: false, groupText: '', repeats: false, columnRows: 0, ...facts },
});

describe('the label stands in its own section', () => {
  it.each<[string | undefined, boolean]>([
    ['Genel Bilgi', true],
    ['GENEL BİLGİ', true],
    ['Son Ürünler', false],
    [undefined, false],
  ])('under %j: %s', (section, expected) => {
    expect(inOwnSection(placed(section, {}))).toBe(expected);
  });
});

describe("others' words", () => {
  it.each<[string, string | undefined, Partial<LabelFacts>, boolean]>([
    ['quoted markup (a chat log, an alert)', 'Genel Bilgi', { quoted: true }, true],
    ['a section for messages', 'Alıcı mesajları', {}, true],
    ['a help section', 'Help center', {}, true],
    ['the store section', 'Genel Bilgi', {}, false],
  ])('%s: %s', (_name, section, facts, expected) => {
    expect(inOthersWords(placed(section, facts), WORDS)).toBe(expected);
  });
});

describe('another object', () => {
  it.each<[string, string | undefined, Partial<LabelFacts>, boolean]>([
    ['a bare ID among a product’s fields', 'Genel Bilgi', { labelRow: 'ID', groupText: 'Ürün Adı Kilim ID 5ac4' }, true],
    ['a generic label on a webhook page', 'Uç Nokta', { pageTitle: 'Webhook Ayarları' }, true],
    ['a label that says whose (Mağaza Kimlik No) among a product’s fields', 'Genel Bilgi', { labelRow: 'Mağaza Kimlik No', groupText: 'Ürün Adı' }, false],
    ['a generic label among the store’s fields', 'Genel Bilgi', { groupText: 'Mağaza Adı Anadolu Ülke Türkiye' }, false],
    ['beside a sibling "Webhook Kimlik No" (the object and this label)', 'ShopiVerse', { groupText: 'Kimlik No WEBHOOK KİMLİK NO' }, false],
    ['beside a sibling "Webhook Kimlik No", under a title naming the webhook', 'Webhook', { groupText: 'Kimlik No Webhook Kimlik No' }, true],
    ['beside the webhook’s other fields', 'ShopiVerse', { groupText: 'Kimlik No Webhook URL https://example.test' }, true],
  ])('%s: %s', (_name, section, facts, expected) => {
    expect(aboutOtherObject(placed(section, facts), WORDS)).toBe(expected);
  });
});

describe("a list's column", () => {
  it.each<[string, string | undefined, Partial<LabelFacts>, boolean]>([
    ['a column of several rows', 'Genel Bilgi', { columnRows: 3 }, true],
    ['a column of one row (a table of one store)', 'Son Ürünler', { columnRows: 1 }, false],
    ['a label repeated in sibling rows', 'Son Ürünler', { repeats: true }, true],
    ['repeated, but under its own section (a seller block laid out alike)', 'Genel Bilgi', { repeats: true }, false],
    ['one label, one value', 'Son Ürünler', {}, false],
  ])('%s: %s', (_name, section, facts, expected) => {
    expect(isListColumn(placed(section, facts))).toBe(expected);
  });
});

describe('a label in a sentence', () => {
  it.each<[string, string, string, boolean]>([
    ['alone in its line', '', '', false],
    ['after a colon only', '', ': 5ac428108b2c3703c514adae', false],
    ['after a word (Lütfen <b>Kimlik No</b>)', 'Lütfen ', '', true],
    ['a sentence of five words after it', '', ' değerini aşağıdaki alana yapıştırıp kaydedin', true],
    ['four words after it', '', ' değerini buraya yapıştırın lütfen', false],
    ['a number before it is no word', '1. ', '', false],
    ['a one-letter word before it is no word', 'a ', '', false],
  ])('%s: %s', (_name, textBefore, textAfter, expected) => {
    expect(inProse({ textBefore, textAfter })).toBe(expected);
  });

  it.each<[string, SiteFacts, boolean]>([
    ['in a figure', { inFigure: true, textBefore: '', textAfter: '' }, true],
    ['in a sentence', { inFigure: false, textBefore: 'Lütfen', textAfter: '' }, true],
    ['a label of the page', { inFigure: false, textBefore: '', textAfter: '' }, false],
  ])('names nothing here, %s: %s', (_name, site, expected) => {
    expect(namesNothingHere(site)).toBe(expected);
  });
});

describe('a section title', () => {
  const KNOWN = new Set(['genel bilgi']);
  const box = (facts: Partial<TitleFacts>): TitleFacts => ({ childElements: 0, text: '', heading: false, ...facts });
  it.each<[string, Partial<TitleFacts>, string | undefined]>([
    ['a heading', { heading: true, text: ' Mağaza Bilgileri ' }, 'Mağaza Bilgileri'],
    ['a plain text naming a known section', { text: 'GENEL BİLGİ' }, 'GENEL BİLGİ'],
    ['a plain text naming no section', { text: 'Hoş geldiniz' }, undefined],
    ['a long heading (a paragraph styled so)', { heading: true, text: 'x'.repeat(61) }, undefined],
    ['an empty heading', { heading: true, text: '  ' }, undefined],
    ['a box of many elements (no need to read it)', { childElements: 5, heading: true, text: 'Genel Bilgi' }, undefined],
    ['a card header: a heading and a small button', { childElements: 2, text: 'Genel Bilgi Düzenle', innerHeading: 'Genel Bilgi' }, 'Genel Bilgi'],
    ['a heading and a long text', { childElements: 2, text: 'Genel Bilgi and a long paragraph of text', innerHeading: 'Genel Bilgi' }, undefined],
    ['a heading not first in its box', { childElements: 2, text: 'Düzenle Genel Bilgi', innerHeading: 'Genel Bilgi' }, undefined],
  ])('%s: %j', (_name, facts, expected) => {
    expect(sectionTitle(box(facts), KNOWN)).toBe(expected);
  });
});

describe('labels that repeat in sibling rows', () => {
  // Paths innermost first; nodes by name. Two rows of one table: td < tr#1 < tbody; td < tr#2 < tbody.
  const path = (...steps: string[]): Ancestor[] => steps.map((step) => ({ node: step, tag: step.split('#')[0] ?? '' }));
  const tbody = ['tbody#1', 'table#1', 'body#1'];
  it.each<[string, Ancestor[], Ancestor[], boolean]>([
    ['two rows of one table', path('td#1', 'tr#1', ...tbody), path('td#2', 'tr#2', ...tbody), true],
    ['two cards of a grid', path('dt#1', 'dl#1', 'div#1', 'main#1'), path('dt#2', 'dl#2', 'div#2', 'main#1'), true],
    ['a row and a card (paths of other tags)', path('td#1', 'tr#1', ...tbody), path('dt#1', 'dl#1', 'tr#2', ...tbody), false],
    ['one element twice', path('td#1', 'tr#1', ...tbody), path('td#1', 'tr#1', ...tbody), false],
    [
      'nested apart by more than seven levels',
      path('a#1', 'b#1', 'c#1', 'd#1', 'e#1', 'f#1', 'g#1', 'h#1', 'x#1'),
      path('a#2', 'b#2', 'c#2', 'd#2', 'e#2', 'f#2', 'g#2', 'h#2', 'x#1'),
      false,
    ],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(rowsAlike(a, b)).toBe(expected);
  });

  it('pairs only labels of one key, within eight sites', () => {
    type Site = { key: string; path: Ancestor[] };
    const row = (n: number, key = 'storeId|kimlik no'): Site => ({ key, path: path(`td#${n}`, `tr#${n}`, ...tbody) });
    const sites = [row(1), row(2, 'secret|gizli anahtar'), row(3), ...Array.from({ length: 9 }, (_, i) => row(10 + i, `other|${i}`)), row(30, 'lone|x')];
    const repeated = repeatedSites(
      sites,
      (site) => site.key,
      (site) => site.path,
    );
    expect([...repeated].map((site) => site.path[0]?.node)).toEqual(['td#1', 'td#3']);
  });

  it.each([
    [{ masked: false, visible: true }, true],
    [{ masked: true, visible: true }, false],
    [{ masked: false, visible: false }, false],
  ])('%j counts for repeats: %s', (evidence, expected) => {
    expect(countsForRepeats(evidence)).toBe(expected);
  });
});
