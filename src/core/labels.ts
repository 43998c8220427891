import { normalizeLabel } from './normalize';

// Every label the extension looks for, per field and language. Data, not code: a new panel language is a row.
// Sources: PANELS.md (Turkish, confirmed by ShopiVerse's guide); English and Russian are candidates (guesses).

export type JoomField = 'storeId' | 'storeName' | 'clientId' | 'secret' | 'appTitle' | 'redirectUrl' | 'appStore';

export const JOOM_LABELS: Record<JoomField, readonly string[]> = {
  storeId: [
    'Kimlik No', // tr, the guide's wording under "Genel Bilgi"
    'Mağaza Kimlik No', // tr, variant seen in older guides ("Kimlik Bilgileri" section)
    'Mağaza Kimliği', // tr, guess
    'Store ID', // en, guess
    'ID магазина', // ru, guess
  ],
  storeName: [
    'Mağaza Adı', // tr, guess
    'Store name', // en, guess
    'Название магазина', // ru, guess
  ],
  clientId: [
    'Müşteri Kimlik Numarası', // tr, the guide
    'Müşteri Kimliği', // tr, shorter wording (guess)
    'Client ID', // en, guess
    'App ID', // en, guess (some panels say app for client)
    'ID клиента', // ru, guess
    'Идентификатор клиента', // ru, guess
  ],
  secret: [
    'Gizli Anahtar', // tr, the guide (also "Gizli anahtar": case is folded)
    'Client secret', // en, guess
    'Secret key', // en, guess
    'Secret', // en, guess: only taken with a token of 16+ characters beside it
    'Секретный ключ', // ru, guess
  ],
  appTitle: [
    'Unvan', // tr, the guide
    'Ünvan', // tr, the guide spells it so once ("ünvan adına tıklayarak")
    'Title', // en, guess
    'Application name', // en, guess
    'Название', // ru, guess
  ],
  redirectUrl: [
    "Yeniden Yönlendirme URL'si", // tr, the guide (curly apostrophe folded to straight)
    'Yönlendirme URL', // tr, shortened variant (guess)
    'Redirect URL', // en, guess
    'Redirect URI', // en, guess (OAuth wording)
    'Callback URL', // en, guess
    'URL перенаправления', // ru, guess
  ],
  appStore: [
    'Mağaza', // tr, the guide: the select on the new-application form
    'Store', // en, guess
    'Shop', // en, guess
    'Магазин', // ru, guess
  ],
};

export type ShopiverseField = 'secret' | 'clientId' | 'storeId' | 'status';

// ShopiVerse's "Api Tanım" tab: English words even in the Turkish interface (reference/shopiverse/svjoomapi.png).
export const SHOPIVERSE_LABELS: Record<ShopiverseField, readonly string[]> = {
  secret: ['Secret Key', 'Client Secret'],
  clientId: ['Client Id', 'Client ID'],
  storeId: ['Store Id', 'Store ID'],
  status: ['Durum', 'Status', 'Aktif', 'Active'],
};

export const SHOPIVERSE_BUTTONS = {
  save: ['Kaydet', 'Save'],
  authorize: ['Yetki Talep Et', 'Request Authorization', 'Request authorisation', 'Authorize'],
};

// The banner above the form names the marketplace: "Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu …)".
export const SHOPIVERSE_BANNERS: readonly RegExp[] = [
  /(\S.*?)\s*mağazasına ait düzenleme/i, // tr, the screenshot
  /editing (?:the )?(\S.*?) store/i, // en, guess
];

/** Lookup table from normalized label to field, built once. */
export function buildLabelIndex<F extends string>(table: Record<F, readonly string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const label of table[field]) index.set(normalizeLabel(label), field);
  }
  return index;
}

export interface LabelHit<F extends string> {
  field: F;
  /** Text after the label in the same string ("Kimlik No: 5ac4…"), if any. */
  rest?: string;
}

/**
 * Is this short text a label? `longestLabel` lets a caller skip folding texts no label is as long as. Either the whole text is a label, or it starts with a label followed by a colon and a value.
 * A sentence that merely mentions a label ("Kimlik No'nuzu kopyalayın") is not.
 */
export function matchLabel<F extends string>(index: Map<string, F>, text: string, longestLabel = 200): LabelHit<F> | undefined {
  if (text.length > 200) return undefined;
  // A text longer than any label can only be "label: value": fold just the part before the colon.
  const whole = text.trim().length <= longestLabel ? index.get(normalizeLabel(text)) : undefined;
  if (whole) return { field: whole };
  const colon = text.search(/[:：]/);
  if (colon <= 0) return undefined;
  const head = index.get(normalizeLabel(text.slice(0, colon)));
  const rest = text.slice(colon + 1).trim();
  return head && rest ? { field: head, rest } : undefined;
}

/** Does the banner name Joom? Returns the marketplace named, or undefined when no banner pattern matches. */
export function bannerMarketplace(text: string): string | undefined {
  for (const pattern of SHOPIVERSE_BANNERS) {
    const match = pattern.exec(text.replace(/\s+/g, ' '));
    if (match?.[1]) return match[1];
  }
  return undefined;
}
