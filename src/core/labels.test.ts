import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOOM_LABELS, joomShape, OTHER_OBJECT_LABELS, OTHERS_REGIONS } from './joom-labels';
import { bannerMarketplace, bannerStoreCode, buildLabelIndex, matchEntry, matchLabel, mentionsAny, middleDotItems } from './labels';
import { normalizeLabel } from './normalize';

const index = buildLabelIndex(JOOM_LABELS);

describe('normalizeLabel', () => {
  it.each([
    ['KİMLİK NO', 'kimlik no'],
    ['Kimlik No', 'kimlik no'],
    ['kimlik no', 'kimlik no'],
    ['  Kimlik\u00a0 No : ', 'kimlik no'],
    ['CLIENT ID', 'client id'],
    ['Client Id', 'client id'],
    ['Yeniden Yönlendirme URL’si', "yeniden yonlendirme url'si"],
    ["YENİDEN YÖNLENDİRME URL'Sİ", "yeniden yonlendirme url'si"],
    ['Musteri Kimlik Numarasi', 'musteri kimlik numarasi'],
    ['Kimlik No.', 'kimlik no'],
    ['Gizli anahtar*', 'gizli anahtar'],
    ['MÜŞTERİ KİMLİK NUMARASI', 'musteri kimlik numarasi'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

// A page's label dressed with an icon or a mark, or written in two languages (pages-s46 M1, M2): loosely, where the
// caller can tell two entries apart (here field names: the same field is the same entry).
describe('matchEntry, loosely', () => {
  const loose = { sameEntry: (one: string, other: string) => one === other };
  it.each([
    ['🔑 Kimlik No', 'storeId', undefined],
    ['Kimlik No 🔑', 'storeId', undefined],
    ['• Kimlik No', 'storeId', undefined],
    ['Kimlik No ›', 'storeId', undefined],
    ['ⓘ Gizli Anahtar', 'secret', undefined],
    ['🔑 Kimlik No: 5ac428108b2c3703c514adae', 'storeId', '5ac428108b2c3703c514adae'],
    ['Kimlik No / Store ID', 'storeId', undefined],
    ['Store ID · Kimlik No', 'storeId', undefined],
    ['Store ID — Kimlik No', 'storeId', undefined],
    ['Gizli Anahtar / Client secret', 'secret', undefined],
    ['Müşteri Kimlik Numarası | Client ID: 7d1f04b2e9a36c58', 'clientId', '7d1f04b2e9a36c58'],
  ])('reads %s as %s', (text, field, rest) => {
    expect(matchEntry(index, text, 200, loose)).toEqual({ entry: field, ...(rest ? { rest } : {}) });
  });
  it.each([
    ['Kimlik No / Client ID', 'two fields joined'],
    ['Kimlik No / Durum', 'a field and another word'],
    ['Anadolu Halı · Kimlik No', 'a name before a label'],
    ['Kimlik No ve Client ID', 'a sentence'],
    ['🔑', 'an icon alone'],
  ])('takes no label from %s (%s)', (text) => {
    expect(matchEntry(index, text, 200, loose)).toBeUndefined();
  });
  it('is exact without a way to compare entries', () => {
    expect(matchEntry(index, '🔑 Kimlik No')).toBeUndefined();
    expect(matchEntry(index, 'Kimlik No / Store ID')).toBeUndefined();
  });
});

describe('matchLabel', () => {
  it('matches a whole label in any case and apostrophe', () => {
    expect(matchLabel(index, 'KİMLİK NO')?.field).toBe('storeId');
    expect(matchLabel(index, 'Gizli anahtar')?.field).toBe('secret');
    expect(matchLabel(index, "Yeniden yönlendirme URL'si:")?.field).toBe('redirectUrl');
    expect(matchLabel(index, 'Client secret')?.field).toBe('secret');
    expect(matchLabel(index, 'Müşteri Kimlik Numarası')?.field).toBe('clientId');
  });

  // Guesses at the English, Russian and Chinese panels (joom-labels.ts marks them 'guess': they rank, they never gate).
  it.each([
    ['Идентификатор магазина', 'storeId'],
    ['ID магазина', 'storeId'],
    ['Идентификатор клиента', 'clientId'],
    ['Секрет клиента', 'secret'],
    ['Секрет приложения', 'secret'],
    ['Секретный ключ', 'secret'],
    ['Application secret', 'secret'],
    ['店铺 ID', 'storeId'],
    ['客户端 ID', 'clientId'],
    ['密钥', 'secret'],
  ])('matches the guessed label %s as %s', (label, field) => {
    expect(matchLabel(index, label)?.field).toBe(field);
  });

  it('matches "label: value" and returns the value', () => {
    expect(matchLabel(index, 'Kimlik No: 5ac428108b2c3703c514adae')).toEqual({ field: 'storeId', rest: '5ac428108b2c3703c514adae' });
  });

  it('does not take a sentence that mentions a label', () => {
    expect(matchLabel(index, "Kimlik No'nuzu ShopiVerse'e yapıştırın")).toBeUndefined();
    expect(matchLabel(index, 'Mağaza Kimlik No bilgisi için destek ekibine yazın')).toBeUndefined();
    expect(matchLabel(index, 'Müşteri Kimlik Numarası nedir?')).toBeUndefined();
  });

  it('never throws and stays fast on any text (property)', () => {
    // The time is summed over all runs: a runaway pattern costs seconds, while one call that a busy machine
    // happens to pause for is no fault of ours.
    const started = performance.now();
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        matchLabel(index, text);
        normalizeLabel(text);
      }),
      { numRuns: 3000 },
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('finds every label of the table whatever its case (property)', () => {
    const labels = Object.values(JOOM_LABELS).flat();
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.boolean(), (label, upper) => {
        const text = upper ? label.toLocaleUpperCase('tr') : label.toLocaleLowerCase('tr');
        expect(matchLabel(index, `${text} `)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bannerMarketplace', () => {
  it('reads the marketplace from the ShopiVerse banner', () => {
    expect(bannerMarketplace("Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu …)")).toBe('Joom(Joom)');
    expect(bannerMarketplace("Trendyol(Trendyol) Mağazasına ait düzenleme yapmaktasınız. ('00160' kodlu)")).toBe('Trendyol(Trendyol)');
    expect(bannerMarketplace("You are editing the Joom(Joom) store. (store code '00159')")).toBe('Joom(Joom)');
    expect(bannerMarketplace('Ana Sayfa / Ayarlar')).toBeUndefined();
  });
});

describe('bannerStoreCode', () => {
  it.each([
    ["Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu …)", '00159'],
    ["You are editing the Joom(Joom) store. (store code '00161')", '00161'],
    ['Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. (00159 kodlu, 00159)', '00159'],
    // No code, a code of another length, or two codes: no store is named.
    ['Joom(Joom) Mağazasına ait düzenleme yapmaktasınız.', undefined],
    ["Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('001590' kodlu)", undefined],
    ["Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu, '00161' kodlu)", undefined],
  ])('%s → %s', (text, code) => {
    expect(bannerStoreCode(text)).toBe(code);
  });
});

describe('mentionsAny', () => {
  it.each([
    ['Mesajlar', true],
    ['MESAJLARIM', true],
    ['Son Görüntülenen Mağazalar', true],
    ['Yardım merkezi', true],
    ['Bildirimler', true],
    ['Recently viewed stores', true],
    ['Notifications', true],
    ['Örnek', true],
    ['Genel Bilgi', false],
    ['Kimlik Bilgileri', false],
    ['Diğer mağazalarınız', false],
    ['Mağaza ayarları', false],
    ['Anadolu Halı', false],
    [undefined, false],
  ])("%s names a region of others' words: %s", (title, expected) => {
    expect(mentionsAny(title, OTHERS_REGIONS)).toBe(expected);
  });

  it('matches word starts only: "Sorumlu" is not "sss", "Yardımcı" is help but "Ayardım" is not', () => {
    expect(mentionsAny('Sorumlu kişi', OTHERS_REGIONS)).toBe(false);
    expect(mentionsAny('Ayardım', OTHERS_REGIONS)).toBe(false);
  });
});

describe('labels of another object than the store', () => {
  it.each([
    ['ID 65a1b2c3 Ürün Adı Halı 160x230 Durum Yayında', true],
    ['Sipariş No 1234 Tutar 120 ₺', true],
    ['ID 6011aa22 Depo Adı İstanbul Depo', true],
    ['Product name Rug SKU RG-1', true],
    ['Depo Kimlik No Şehir İstanbul Ana Depo 6011aa22 İstanbul', true],
    ['Webhook URL https://app.shopiverse.tech/hooks/joom Gizli Anahtar c0ffee00 Olaylar order.created', true],
    ['Create webhook URL Secret c0ffee00', true],
    ['Müşteri Kimlik Numarası 3f9a1c7e Gizli Anahtar 9e107d9d', false],
    ['Mağaza Adı Anadolu Halı ID 64b7f0c2 Ürün Sayısı 120', false],
    ['Store name Anatolian Rugs Products 120 Orders 4', false],
  ])('"%s" names another object: %s', (texts, expected) => {
    expect(mentionsAny(texts, OTHER_OBJECT_LABELS)).toBe(expected);
  });
});

describe("a Joom field's shape (moved out of joom/fields.ts)", () => {
  it.each<[Parameters<typeof joomShape>[0], string, string | undefined]>([
    ['appStore', '  Anadolu Halı  ', 'Anadolu Halı'],
    ['appStore', '   ', undefined],
    ['storeId', ' 5ac428108b2c3703c514adae ', '5ac428108b2c3703c514adae'],
    ['storeId', 'Anadolu Halı', undefined],
    ['storeName', 'Anadolu Halı', 'Anadolu Halı'],
  ])('%s %j: %j', (field, raw, expected) => {
    expect(joomShape(field, raw)).toBe(expected);
  });
});

describe('a line of items a middle dot separates (moved out of the label finder)', () => {
  it.each<[string, string[] | undefined]>([
    ['Anadolu Halı · Mağaza Kimlik No: 5ac4', ['Anadolu:Halı', 'Mağaza Kimlik No: 5ac4']],
    ['Aktif · Kimlik No: 5ac4', ['Aktif', 'Kimlik No: 5ac4']],
    ['Anadolu Halı · Mağaza Kimlik No 5ac4', ['Anadolu:Halı', 'Mağaza Kimlik No:5ac4']],
    ['Kimlik No: 5ac4', undefined],
    ['a·b', undefined],
  ])('%j: %j', (text, expected) => {
    expect(middleDotItems(text)).toEqual(expected);
  });
});
