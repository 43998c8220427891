import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Control,
  INSTRUCTION_NAMES,
  instructionKeys,
  instructionNames,
  languageOfTag,
  MENUS,
  menuKey,
  type NameForm,
  nameKey,
  panelLanguage,
  type SeenNames,
} from './button-names';
import { SHOPIVERSE_BUTTONS, SHOPIVERSE_STATUS } from './labels';

const messages = (lang: 'tr' | 'en') =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** A message rendered as the browser does: $1… replaced by the substitutions. */
const render = (lang: 'tr' | 'en', [key, ...subs]: readonly string[]) => {
  const message = messages(lang)[key as string]?.message;
  if (message === undefined) throw new Error(`${lang}: no message ${key}`);
  return message.replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '');
};

describe('how the UI names ShopiVerse’s buttons', () => {
  it.each<[string, Control, NameForm, string | undefined, string, string]>([
    // control, form, the label the page showed, en, tr
    ['no page seen: English with the Turkish as a hint; Turkish as is', 'save', 'name', undefined, '“Save” (Kaydet)', '“Kaydet”'],
    ['no page seen, pressed', 'save', 'to', undefined, '“Save” (Kaydet)', '“Kaydet” düğmesine'],
    ['no page seen: the switch', 'status', 'name', undefined, '“Status” (Durum)', '“Durum”'],
    ['no page seen: the switch, ticked', 'status', 'acc', undefined, '“Status” (Durum)', '“Durum”u'],
    ['no page seen: authorize', 'authorize', 'name', undefined, '“Request Authorization” (Yetki Talep Et)', '“Yetki Talep Et”'],
    ['no page seen: authorize, pressed', 'authorize', 'to', undefined, '“Request Authorization” (Yetki Talep Et)', '“Yetki Talep Et” düğmesine'],
    ['a Turkish page', 'save', 'name', 'Kaydet', '“Kaydet”', '“Kaydet”'],
    ['a Turkish page, pressed', 'save', 'to', 'Kaydet', '“Kaydet”', '“Kaydet” düğmesine'],
    ['a Turkish page: the switch, ticked', 'status', 'acc', 'Durum', '“Durum”', '“Durum”u'],
    ['a Turkish page: “Aktif”, ticked', 'status', 'acc', 'Aktif', '“Aktif”', '“Aktif”i'],
    ['a Turkish page: authorize, pressed', 'authorize', 'to', 'Yetki Talep Et', '“Yetki Talep Et”', '“Yetki Talep Et” düğmesine'],
    ['an English page', 'save', 'name', 'Save', '“Save”', '“Save”'],
    ['an English page, pressed: no Turkish suffix on an English word', 'save', 'to', 'Save', '“Save”', '“Save” düğmesine'],
    ['an English page: the switch, ticked', 'status', 'acc', 'Status', '“Status”', '“Status” anahtarını'],
    ['an English page: “Active”', 'status', 'name', 'Active', '“Active”', '“Active”'],
    ['an English page: authorize as it is worded there', 'authorize', 'to', 'Authorize', '“Authorize”', '“Authorize” düğmesine'],
    ['an English page: authorize', 'authorize', 'name', 'Request Authorization', '“Request Authorization”', '“Request Authorization”'],
  ])('%s', (_name, control, form, seen, en, tr) => {
    const key = nameKey(control, form, seen);
    expect(render('en', [key])).toBe(en);
    expect(render('tr', [key])).toBe(tr);
  });

  it('has a message in both languages for every known label, in every form an instruction uses, and no other', () => {
    const known = { save: SHOPIVERSE_BUTTONS.save, status: SHOPIVERSE_STATUS, authorize: SHOPIVERSE_BUTTONS.authorize };
    const keys = INSTRUCTION_NAMES.flatMap(([control, form]) => [...known[control], undefined].map((seen) => nameKey(control, form, seen)));
    for (const lang of ['en', 'tr'] as const) {
      for (const key of keys) expect(render(lang, [key]), `${lang} ${key}`).toMatch(/^“[^“”$]+”/);
      expect(
        Object.keys(messages(lang))
          .filter((key) => key.startsWith('sv_'))
          .sort(),
        lang,
      ).toEqual([...keys].sort());
    }
  });

  it('fills the instructions with the page’s names: an English page reads “Save” in both languages', () => {
    const names = (lang: 'en' | 'tr', seen?: SeenNames) => instructionNames(seen).map((key) => render(lang, [key]));
    const english: SeenNames = { save: 'Save', status: 'Status', authorize: 'Request Authorization' };
    const turkish: SeenNames = { save: 'Kaydet', status: 'Durum', authorize: 'Yetki Talep Et' };
    expect(render('en', ['next_saved_how', ...names('en', english)])).toBe(
      '✓ The values are in the “Api Tanım” (API settings) form. Check them; tick “Status” if it is not ticked, then press “Save”.',
    );
    expect(render('en', ['next_saved_how', ...names('en', turkish)])).toBe(
      '✓ The values are in the “Api Tanım” (API settings) form. Check them; tick “Durum” if it is not ticked, then press “Kaydet”.',
    );
    expect(render('en', ['next_saved', ...names('en')])).toBe('Press “Save” (Kaydet) in ShopiVerse');
    expect(render('tr', ['next_saved_how', ...names('tr')])).toBe(
      '✓ Değerler “Api Tanım” formuna yazıldı. Kontrol edin; “Durum” işaretli değilse işaretleyin, sonra “Kaydet” düğmesine basın.',
    );
    expect(render('tr', ['next_saved_how', ...names('tr', english)])).toBe(
      '✓ Değerler “Api Tanım” formuna yazıldı. Kontrol edin; “Status” işaretli değilse işaretleyin, sonra “Save” düğmesine basın.',
    );
    // The page's own note takes $1 the save button pressed and $2 the switch ticked (shopiverse/api-form.ts).
    const note = (lang: 'en' | 'tr') =>
      render(lang, ['pressSaveTickStatus', ...[nameKey('save', 'to', undefined), nameKey('status', 'acc', undefined)].map((key) => render(lang, [key]))]);
    expect(note('en')).toBe(
      'Values filled in: tick “Status” (Durum) yourself (Joom Connector does not click a switch that could send the form), check the values, then press “Save” (Kaydet).',
    );
    expect(note('tr')).toContain('“Durum”u kendiniz işaretleyin');
    expect(note('tr')).toContain('kontrol edip “Kaydet” düğmesine basın.');
  });
});

describe('how the UI names ShopiVerse’s menus (look verdict 8: Turkish menu words in the English popup)', () => {
  const english: SeenNames = { save: 'Save', status: 'Status', authorize: 'Request Authorization' };
  const turkish: SeenNames = { save: 'Kaydet' };

  it.each<[string, SeenNames | undefined, 'tr' | 'en' | undefined]>([
    ['no form seen', undefined, undefined],
    ['nothing named', {}, undefined],
    ['a Turkish save button', turkish, 'tr'],
    ['only “Aktif” seen', { status: 'Aktif' }, 'tr'],
    ['only “Yetki Talep Et” seen', { authorize: 'Yetki Talep Et' }, 'tr'],
    ['an English form', english, 'en'],
    ['only “Authorize” seen', { authorize: 'Authorize' }, 'en'],
  ])('the panel’s language: %s', (_name, seen, language) => {
    expect(panelLanguage(seen)).toBe(language);
  });

  it.each<[string, 'tr' | 'en' | undefined]>([
    ['tr', 'tr'],
    ['tr-TR', 'tr'],
    [' EN-us ', 'en'],
    ['ru', undefined],
    ['', undefined],
  ])('a page tagged %j reads as %s', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it.each<[string, 'tr' | 'en', string, SeenNames | undefined, string]>([
    [
      'English UI, no form seen: English with the Turkish as a hint',
      'en',
      'nextShopiverseWhere',
      undefined,
      'If this page is not open in ShopiVerse, go to “Settings” (Ayarlar) > “Stores” (Mağazalar) > your Joom store’s name > the “Api Tanım” (API settings) tab.',
    ],
    [
      'English UI, an English panel',
      'en',
      'nextShopiverseWhere',
      english,
      'If this page is not open in ShopiVerse, go to “Settings” > “Stores” > your Joom store’s name > the “Api Tanım” (API settings) tab.',
    ],
    [
      'English UI, a Turkish panel: its own words',
      'en',
      'refusedWhere',
      turkish,
      'In ShopiVerse, go to “Ayarlar” > “Mağazalar” > your Joom store’s name > the “Api Tanım” (API settings) tab.',
    ],
    ['English UI, products, an English panel', 'en', 'next_images_where', english, 'In ShopiVerse: “Products” > “My Products”.'],
    ['English UI, products, no form seen', 'en', 'next_images_where', undefined, 'In ShopiVerse: “Products” (Ürünler) > “My Products” (Ürünlerim).'],
    ['English UI, a new product, a Turkish panel', 'en', 'next_dimensions_where', turkish, 'In ShopiVerse: “Ürünler” > “Yeni Ürün”, or edit a product.'],
    [
      'Turkish UI, no form seen',
      'tr',
      'nextShopiverseWhere',
      undefined,
      'ShopiVerse’te “Api Tanım” sayfası açık değilse: “Ayarlar” > “Mağazalar” > Joom mağazanızın adı > “Api Tanım” sekmesi.',
    ],
    [
      'Turkish UI, an English panel: its words, Turkish around them',
      'tr',
      'here_pushed',
      english,
      'Bu sayfada: “Settings” > “Stores” > Joom mağazanızın adı > “Api Tanım” sekmesini açın; değerler orada doldurulur.',
    ],
    ['Turkish UI, products', 'tr', 'here_images', undefined, 'Bu sayfada: “Ürünler” > “Ürünlerim” sayfasını açın; Joom’un reddedeceği görseller işaretlenir.'],
  ])('%s', (_name, lang, key, seen, expected) => {
    expect(render(lang, [key, ...instructionKeys(seen).map((name) => render(lang, [name]))])).toBe(expected);
  });

  it('says the page’s note with the store’s path as $1, in the page’s language', () => {
    expect(render('en', ['pendingHint', render('en', [menuKey('store', languageOfTag('en-US'))])])).toBe(
      'Joom Connector: open “Settings” > “Stores” > your Joom store’s name > the “Api Tanım” (API settings) tab within 10 minutes of the push; the form is filled in for you there.',
    );
    expect(render('tr', ['pendingHint', render('tr', [menuKey('store', languageOfTag('tr'))])])).toBe(
      'Joom Bağlayıcı: aktardıktan sonraki 10 dakika içinde “Ayarlar” > “Mağazalar” > Joom mağazanızın adı > “Api Tanım” sekmesini açın; form orada sizin için doldurulur.',
    );
  });

  it('has every menu in every language, in both UIs, and no other menu message', () => {
    const keys = MENUS.flatMap((menu) => [menuKey(menu, 'tr'), menuKey(menu, 'en'), menuKey(menu, undefined)]);
    for (const lang of ['en', 'tr'] as const) {
      for (const key of keys) expect(render(lang, [key]), `${lang} ${key}`).not.toBe('');
      expect(
        Object.keys(messages(lang))
          .filter((key) => key.startsWith('menu_'))
          .sort(),
      ).toEqual([...keys].sort());
    }
  });
});
