import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Wording rules the look verdicts asked for, checked over both locales' messages.

const messages = (lang: 'tr' | 'en') =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe.each(['tr', 'en'] as const)('the %s messages', (lang) => {
  const all = messages(lang);

  it('say "the extension filled this form" in one sentence, on the page and in the popup', () => {
    const note = all.prefilledNote?.message ?? '';
    expect(note).not.toBe('');
    expect(all.here_api_app?.message.endsWith(note)).toBe(true);
  });

  // The value to pick is named by the one glossary, on Joom's page by Joom's label alone in both languages ("Kimlik
  // No", "Müşteri Kimlik Numarası", "Gizli Anahtar"; "Store ID", "Client ID", "Client secret"): ShopiVerse's field in
  // parentheses belongs where the value goes into ShopiVerse's form (the en banner alone carried "(Secret Key)": seller
  // judge, issue 17 point 8). As everywhere else ("kimlik kodu" was a third name: issue 17), and described by its shape
  // too, since the page may label it otherwise.
  const glossary: Record<string, Record<string, string>> = {
    tr: { storeId: 'Kimlik No', clientId: 'Müşteri Kimlik Numarası', secret: 'Gizli Anahtar' },
    en: { storeId: 'Store ID', clientId: 'Client ID', secret: 'Client secret' },
  };
  it('name the value to pick by the glossary, with its shape', () => {
    for (const field of ['storeId', 'clientId', 'secret']) {
      const banner = all[`pickBanner_${field}`]?.message ?? '';
      expect(banner, field).toContain('$1');
      expect(banner, field).toContain(glossary[lang]?.[field]);
      expect(banner, field).not.toMatch(/\((Store Id|Client Id|Secret Key)\)/);
    }
    for (const [key, { message }] of Object.entries(all)) expect(message, key).not.toMatch(/kimlik kodu/iu);
  });
});

describe.each(['tr', 'en'] as const)('the %s messages’ sizes', (lang) => {
  it('write a size as "550×550", with no spaces around × (look verdict 7)', () => {
    for (const [key, { message }] of Object.entries(messages(lang))) expect(message, key).not.toMatch(/[\d$] ×|× [\d$]/u);
  });
});

describe('the tr messages', () => {
  // TDK: a suffix follows a closing quote directly, with no apostrophe ("“Yetki Talep Et”e"; look verdict 7 corrected
  // verdict 6's advice), and ShopiVerse's on-screen names are quoted every time.
  it('attach a suffix to a closing quote directly (“Yetki Talep Et”e), never with an apostrophe', () => {
    for (const [key, { message }] of Object.entries(messages('tr'))) expect(message, key).not.toMatch(/”[’']/u);
  });

  // Look verdict 7: on-screen field and menu names take no apostrophe ("Gizli Anahtar’ı"): they are quoted, with the
  // suffix right after the closing quote (“Gizli Anahtar”ı, “Müşteri Kimlik Numarası”nı, “Ürünlerim”i).
  it('quote a field or menu name that takes a suffix, never an apostrophe after it', () => {
    for (const [key, { message }] of Object.entries(messages('tr')))
      expect(message, key).not.toMatch(/(Müşteri Kimlik Numarası|Gizli Anahtar|Kimlik No|Mağazalar|Ürünlerim|Yeni Ürün|URL’si)[’']/u);
  });

  it('quote the names ShopiVerse shows on screen, every time', () => {
    for (const [key, { message }] of Object.entries(messages('tr'))) {
      expect(message, key).not.toMatch(/(?<!“)(Kaydet|Api Tanım|Yetki Talep Et)(?!”)/u);
    }
  });
});

describe('the en messages', () => {
  const all = Object.entries(messages('en'));

  it('say one verb for Joom letting ShopiVerse in: "authorized ShopiVerse", never "gave access" or "authorization will fail"', () => {
    // step_authorized is the step as an action, true of the step done or to do: "Have Joom authorize ShopiVerse", the same verb.
    for (const key of ['step_authorized', 'step_authorized_error', 'next_authorized_error', 'stepAuthorizedError', 'redirectWrong'])
      expect(messages('en')[key]?.message, key).toMatch(/Joom (authorized|authorize|did not authorize|will not authorize) ShopiVerse/);
    for (const [key, { message }] of all) expect(message, key).not.toMatch(/gave access|authorization will fail/);
  });

  // A ShopiVerse button is named as the open page shows it (core/button-names.ts): only before any page was seen
  // does the English name carry the Turkish as a hint, “Save” (Kaydet), since the page may be either.
  const hint = (key: string) => /^sv_\w+_unknown$/.test(key);
  // A menu path likewise, before any form was seen: “Settings” (Ayarlar) > “Stores” (Mağazalar) (look verdicts 8 and 10).
  const menuHint = (key: string) => /^menu_\w+_unknown$/.test(key);

  it('carry no Turkish label in parentheses beside an English one, but in the names said before any ShopiVerse page was seen', () => {
    for (const [key, { message }] of all) {
      if (hint(key)) expect(message, key).toMatch(/^“[^“”]+” \((Kaydet|Durum|Yetki Talep Et)\)$/);
      else if (menuHint(key)) expect(message, key).toMatch(/^(“\w+( \w+)?” \((Ayarlar|Mağazalar|Ürünler|Ürünlerim|Yeni Ürün)\)( > |$))+/u);
      else expect(message, key).not.toMatch(/\([^)]*[çğıöşüÇĞİÖŞÜ][^)]*\)|\((Kaydet|Durum|Ayarlar|Yetki Talep Et)\)/);
    }
  });

  it('name ShopiVerse’s Turkish buttons only through the names (sv_save_to_Kaydet, …), quoted, never in a sentence of their own', () => {
    for (const [key, { message }] of all) {
      if (hint(key)) continue;
      if (/^sv_/.test(key)) expect(message, key).toMatch(/^“(Kaydet|Durum|Aktif|Yetki Talep Et|[A-Za-z ]+)”$/);
      else expect(message, key).not.toMatch(/Kaydet|Durum|Yetki Talep Et/);
    }
  });

  it('call the secret by Joom’s label, ShopiVerse’s field in parentheses, never "the Secret Key" alone', () => {
    expect(messages('en').fieldSecret?.message).toBe('Client secret (Secret Key)');
    for (const [key, { message }] of all) expect(message.replaceAll('Client secret (Secret Key)', ''), key).not.toContain('Secret Key');
  });
});

// One glossary in both languages (seller judge, issue 17 point 8): where a message names the secret with ShopiVerse's
// field in parentheses in one language, it does in the other ("Gizli Anahtar (Secret Key)", "Client secret (Secret Key)").
describe('the secret’s name', () => {
  it('carries ShopiVerse’s field in parentheses in the same messages in tr and en', () => {
    const withField = (lang: 'tr' | 'en') =>
      Object.entries(messages(lang))
        .filter(([, { message }]) => message.includes('(Secret Key)'))
        .map(([key]) => key)
        .sort();
    expect(withField('tr')).toEqual(withField('en'));
  });
});

// A done step is said as done, in both languages: the to-do's imperative beside a tick read as still to do (seller
// judge, issue 17 point 4). Every step title has its done form.
describe.each(['tr', 'en'] as const)('the %s step titles', (lang) => {
  it('have a done form for every step', () => {
    const all = messages(lang);
    const steps = Object.keys(all).filter((key) => /^step_[a-z_]+$/.test(key) && !key.endsWith('_done') && !key.endsWith('_error'));
    expect(steps.length).toBeGreaterThanOrEqual(9);
    for (const key of steps) expect(all[`${key}_done`]?.message, key).toBeTruthy();
  });
});
