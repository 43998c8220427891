import type { SHOPIVERSE_BUTTONS, SHOPIVERSE_STATUS } from './labels';

// How the UI names ShopiVerse's save button, status switch and authorize button: as the open ShopiVerse page shows
// them. The content script reports which known label (core/labels.ts) the page's control matched, never the page's
// text; with none seen, the UI's language decides (its messages: the English UI gives the English name with the
// Turkish as a hint, the Turkish UI the Turkish name). Each name is a message of its own, quoted and with its
// Turkish suffix there (sv_save_to_Kaydet: “Kaydet” düğmesine): no label's text is ever substituted into a message.

export type SaveName = (typeof SHOPIVERSE_BUTTONS.save)[number];
export type StatusName = (typeof SHOPIVERSE_STATUS)[number];
export type AuthorizeName = (typeof SHOPIVERSE_BUTTONS.authorize)[number];

/** The known label each control showed on the last ShopiVerse form seen; a control not seen is left out. */
export interface SeenNames {
  save?: SaveName | undefined;
  status?: StatusName | undefined;
  authorize?: AuthorizeName | undefined;
}

export type Control = keyof SeenNames;
/** name: on its own ("Press “Save”"); to: the object of a press (tr: “Kaydet” düğmesine); acc: the object of a tick (tr accusative, “Durum”u). */
export type NameForm = 'name' | 'to' | 'acc';

/** The message naming `control` in `form`, given the label the page showed (`seen`) or none: sv_save_to_Kaydet, sv_save_to_unknown. */
export function nameKey(control: Control, form: NameForm, seen: string | undefined): string {
  return `sv_${control}_${form}_${(seen ?? 'unknown').replaceAll(' ', '')}`;
}

/** The controls and forms of the instructions' $1…$6, in order. */
export const INSTRUCTION_NAMES = [
  ['save', 'name'],
  ['save', 'to'],
  ['status', 'name'],
  ['status', 'acc'],
  ['authorize', 'name'],
  ['authorize', 'to'],
] as const satisfies readonly (readonly [Control, NameForm])[];

/**
 * The messages of the six names every ShopiVerse instruction may use: $1 save, $2 save pressed (“Kaydet” düğmesine),
 * $3 status, $4 status ticked (“Durum”u), $5 authorize, $6 authorize pressed (“Yetki Talep Et” düğmesine).
 */
export function instructionNames(seen: SeenNames | undefined): string[] {
  return INSTRUCTION_NAMES.map(([control, form]) => nameKey(control, form, seen?.[control]));
}

/** Which language a ShopiVerse panel showed its controls in: known labels only (core/labels.ts). */
export type PanelLanguage = 'tr' | 'en';

const TURKISH_LABELS: ReadonlySet<string> = new Set(['Kaydet', 'Durum', 'Aktif', 'Yetki Talep Et']);

/** The panel's language as its last form showed it: by the first control seen; none seen, unknown. */
export function panelLanguage(seen: SeenNames | undefined): PanelLanguage | undefined {
  const label = seen?.save ?? seen?.status ?? seen?.authorize;
  if (label === undefined) return undefined;
  return TURKISH_LABELS.has(label) ? 'tr' : 'en';
}

/**
 * The menu paths the instructions give after the six names, as $7 (the store's "Api Tanım"), $8 (the products list)
 * and $9 (a new product): in the panel's language once a form was seen (look verdict 8: the English popup sent the
 * seller to Turkish menu words an English panel does not show); before, the UI's language decides, the English UI
 * with the Turkish as a hint. The English panel's words are a guess (PANELS.md: its labels are unknown).
 */
export const MENUS = ['store', 'products', 'newProduct'] as const;
export type Menu = (typeof MENUS)[number];

/** The message of a menu path: menu_store_tr, menu_products_unknown. */
export function menuKey(menu: Menu, language: PanelLanguage | undefined): string {
  return `menu_${menu}_${language ?? 'unknown'}`;
}

/** The messages of every instruction's $1…$9: the six button names, then the three menu paths. */
export function instructionKeys(seen: SeenNames | undefined): string[] {
  const language = panelLanguage(seen);
  return [...instructionNames(seen), ...MENUS.map((menu) => menuKey(menu, language))];
}

/** A page's language from its `lang` tag (tr, tr-TR, en-US), where no form has shown its controls: wording only. */
export function languageOfTag(tag: string): PanelLanguage | undefined {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return primary === 'tr' || primary === 'en' ? primary : undefined;
}
