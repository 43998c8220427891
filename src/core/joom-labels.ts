import { type LabelRow, labelsByField } from './labels';
import { fits, RULES, shapedValue } from './shape-rules';

// Every label the extension looks for on Joom's panel, per field and language. Data, not code: a new panel language
// is a row. Sources: PANELS.md (Turkish, confirmed by ShopiVerse's guide); English, Russian and Chinese are candidates.

export type JoomField = 'storeId' | 'storeName' | 'clientId' | 'secret' | 'appTitle' | 'redirectUrl' | 'appStore';

/** The store page's general-information section (PANELS.md; the guide called it "Kimlik Bilgileri" until 2023). */
const STORE_SECTIONS = ['Genel Bilgi', 'Kimlik Bilgileri', 'General information', 'General info', 'Основная информация', 'Общая информация', '基本信息'];

/** Strong labels of one field in one language, from one source. */
const row = (field: JoomField, lang: LabelRow<JoomField>['lang'], source: LabelRow<JoomField>['source'], ...texts: string[]): LabelRow<JoomField>[] =>
  texts.map((text) => ({ field, text, lang, source, strength: 'strong', ...(field === 'storeId' ? { sections: STORE_SECTIONS } : {}) }));

export const JOOM_LABEL_ROWS: readonly LabelRow<JoomField>[] = [
  row('storeId', 'tr', 'guide', 'Kimlik No', 'Mağaza Kimlik No'),
  row('storeId', 'tr', 'guess', 'Mağaza Kimliği', 'Mağaza ID', "Mağaza ID'si", 'Mağaza Kimlik Numarası', 'Kimlik Numarası'),
  row('storeId', 'en', 'guess', 'Store ID', 'Shop ID'),
  row('storeId', 'ru', 'guess', 'ID магазина', 'Идентификатор магазина'),
  // Chinese: PANELS.md names it a likely panel language, with no wording known.
  row('storeId', 'zh', 'guess', '店铺 ID', '店铺ID'),
  [{ field: 'storeId', text: 'ID', lang: 'en', strength: 'weak', source: 'guess', sections: STORE_SECTIONS } satisfies LabelRow<JoomField>],
  row('storeName', 'tr', 'guess', 'Mağaza Adı'),
  row('storeName', 'en', 'guess', 'Store name'),
  row('storeName', 'ru', 'guess', 'Название магазина'),
  row('clientId', 'tr', 'guide', 'Müşteri Kimlik Numarası'),
  row('clientId', 'tr', 'guess', 'Müşteri Kimliği', 'Müşteri Kimlik No'),
  // Not "App ID": beside "Client ID" on one page it names something else, and a wrong value is worse than none.
  row('clientId', 'en', 'guess', 'Client ID'),
  row('clientId', 'ru', 'guess', 'ID клиента', 'Идентификатор клиента'),
  row('clientId', 'zh', 'guess', '客户端 ID', '客户端ID'),
  row('secret', 'tr', 'guide', 'Gizli Anahtar'),
  row('secret', 'tr', 'guess', 'Uygulama Gizli Anahtarı', 'İstemci Gizli Anahtarı'),
  // "Secret" alone is only taken with a token of 16+ characters beside it (the shape says so).
  row('secret', 'en', 'guess', 'Client secret', 'Secret key', 'Secret', 'App secret', 'Application secret'),
  row('secret', 'ru', 'guess', 'Секретный ключ', 'Секрет клиента', 'Секрет приложения'),
  // "密钥" (key) alone, like "Secret": only a token of the secret's shape beside it is taken.
  row('secret', 'zh', 'guess', '密钥', '客户端密钥'),
  row('appTitle', 'tr', 'guide', 'Unvan', 'Ünvan'),
  row('appTitle', 'en', 'guess', 'Title', 'Application name'),
  row('appTitle', 'ru', 'guess', 'Название'),
  row('redirectUrl', 'tr', 'guide', "Yeniden Yönlendirme URL'si"),
  row('redirectUrl', 'tr', 'guess', 'Yönlendirme URL'),
  row('redirectUrl', 'en', 'guess', 'Redirect URL', 'Redirect URI', 'Callback URL'),
  row('redirectUrl', 'ru', 'guess', 'URL перенаправления'),
  row('appStore', 'tr', 'guide', 'Mağaza'),
  row('appStore', 'en', 'guess', 'Store', 'Shop'),
  row('appStore', 'ru', 'guess', 'Магазин'),
].flat();

export const JOOM_LABELS = labelsByField(JOOM_LABEL_ROWS);

/** The value if `raw` has the Joom field's shape: an application's store is a name, kept as shown but trimmed. */
export function joomShape(field: JoomField, raw: string): string | undefined {
  if (field === 'appStore') return fits(RULES.storeName, raw.trim()) ? raw.trim() : undefined;
  return shapedValue(field, raw);
}

// Kept in its own module so that the ShopiVerse script, which needs only these words, does not carry the Joom
// label table (esbuild and rollup keep a module's spread arrays whole).
export { OTHERS_REGIONS } from './others-regions';

/**
 * Labels and titles that name another object than the store (a product's name or price, an order's number or buyer, a
 * warehouse, a webhook): a group of fields holding one describes that object, and its "ID" or "Secret" is that
 * object's, even under a section title the store page uses too.
 */
export const OTHER_OBJECT_LABELS: readonly string[] = [
  ...['ürün adı', 'ürün bilgi', 'ürün detay', 'ürün kodu', 'fiyat', 'barkod', 'varyant'], // tr
  ...['sipariş no', 'sipariş numarası', 'sipariş detay', 'alıcı', 'tutar', 'depo', 'webhook'], // tr, en
  ...['product name', 'product title', 'product detail', 'price', 'sku', 'barcode', 'variant'], // en
  ...['order number', 'order detail', 'buyer', 'amount', 'warehouse'], // en
  ...['название товара', 'цена', 'артикул', 'номер заказа', 'покупатель', 'склад'], // ru
];

/** Labels that do not say whose ID or secret they are: beside a product's fields, the product's; in a webhook's, the webhook's. */
export const GENERIC_ID_LABELS: readonly string[] = ['ID', 'Kimlik No', 'Kimlik Numarası', 'Gizli Anahtar', 'Secret'];

/** The panel's own button that shows a masked Secret Key. */
export const JOOM_REVEAL_BUTTONS = [
  'Göster', // tr, guess
  'Gizli Anahtarı Göster', // tr, guess
  'Show', // en, guess
  'Reveal', // en, guess
  'Show secret', // en, guess
  'Показать', // ru, guess
];
