import { describe, expect, it } from 'vitest';
import type { LabelFacts } from './evidence';
import { aboutOtherObject, inOthersWords, inOwnSection, isListColumn, type Vocabulary } from './qualify';

// The judgements the page collector used to make itself, each over a table of recorded facts.

const WORDS: Vocabulary = { othersRegions: ['mesaj', 'help'], otherObjects: ['ürün adı', 'webhook'], genericLabels: ['ID', 'Kimlik No'] };
const placed = (section: string | undefined, facts: Partial<LabelFacts>) => ({
  section,
  facts: { labelRow: 'Kimlik No', sections: ['Genel Bilgi'], quoted: false, groupText: '', repeats: false, manyRows: false, ...facts },
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
    ['a column of several rows', 'Genel Bilgi', { manyRows: true }, true],
    ['a label repeated in sibling rows', 'Son Ürünler', { repeats: true }, true],
    ['repeated, but under its own section (a seller block laid out alike)', 'Genel Bilgi', { repeats: true }, false],
    ['one label, one value', 'Son Ürünler', {}, false],
  ])('%s: %s', (_name, section, facts, expected) => {
    expect(isListColumn(placed(section, facts))).toBe(expected);
  });
});
