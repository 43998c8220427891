// The replicas' facts and words, as data. Built from shared/PANELS.md and the screenshots in
// shared/reference/shopiverse: a new variant of a page is a row here, not a copied page.

export type Lang = 'tr' | 'en';

/** How a store page lays out "Kimlik No" and its value: each is a layout the real panel might use. */
export type IdLayout = 'siblings' | 'dl' | 'table' | 'inline' | 'input' | 'copyAttr' | 'twoIds';

export interface JoomStore {
  id: string;
  name: string;
  layout: IdLayout;
}

export interface JoomApp {
  id: string;
  title: string;
  clientId: string;
  secret: string;
  redirectUrl: string;
  storeId: string;
  /** The secret is shown as •••• until "Göster" is pressed. */
  masked?: boolean;
}

export const SELLER = 'Ayşe Yılmaz';

export const JOOM_STORES: JoomStore[] = [
  { id: '5ac428108b2c3703c514adae', name: 'Anadolu Halı', layout: 'siblings' },
  { id: '64f1a2b3c4d5e6f708192a3b', name: 'Ege Tekstil', layout: 'dl' },
];

export const JOOM_APPS: JoomApp[] = [
  {
    id: 'app-1',
    title: 'ShopiVerse',
    clientId: '9f3c2a1b4d5e6f70',
    secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    redirectUrl: 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode',
    storeId: '5ac428108b2c3703c514adae',
  },
  {
    id: 'app-2',
    title: 'ShopiVerse Ege',
    clientId: '0e1d2c3b4a596877',
    secret: 'ffeeddccbbaa99887766554433221100',
    redirectUrl: 'http://app.shopiverse.tech/settings/store/joomcallbackcode/',
    storeId: '64f1a2b3c4d5e6f708192a3b',
    masked: true,
  },
];

/** A product ID that looks like a Store ID: the extension must never take it. */
export const DECOY_PRODUCT_ID = '6a0b1c2d3e4f5a6b7c8d9e0f';

export const JOOM_TEXT: Record<Lang, Record<string, string>> = {
  tr: {
    stores: 'Mağazalar',
    newStore: 'Yeni Mağaza Aç',
    general: 'Genel Bilgi',
    storeId: 'Kimlik No',
    storeName: 'Mağaza Adı',
    // A sentence that names the label without being it (a reader must not take it); Joom's own kind of help, not an
    // instruction to copy the ID by hand, which the listing's frame showed beside the extension reading it.
    help: "Kimlik No'nuzu Joom destek ekibine yazarken belirtin.",
    apiApps: 'API Uygulamaları',
    newApp: 'Yeni Uygulama Oluştur',
    title: 'Unvan',
    store: 'Mağaza',
    redirect: 'Yeniden Yönlendirme URL’si',
    clientId: 'Müşteri Kimlik Numarası',
    secret: 'Gizli Anahtar',
    reveal: 'Göster',
    save: 'Kaydet',
    choose: 'Seçiniz',
    loading: 'Yükleniyor…',
    product: 'Ürün kodu',
    products: 'Ürünler',
    price: 'Fiyat',
  },
  en: {
    stores: 'Stores',
    newStore: 'Open a new store',
    general: 'General information',
    storeId: 'Store ID',
    storeName: 'Store name',
    help: 'Quote your Store ID when you write to Joom support.',
    apiApps: 'API applications',
    newApp: 'Create new application',
    title: 'Title',
    store: 'Store',
    redirect: 'Redirect URL',
    clientId: 'Client ID',
    secret: 'Client secret',
    reveal: 'Show',
    save: 'Save',
    choose: 'Choose',
    loading: 'Loading…',
    product: 'Product code',
    products: 'Products',
    price: 'Price',
  },
};

export interface ShopiverseStore {
  code: string;
  name: string;
  marketplace: string;
}

/** How a route shows the Api Tanım form: a tab of the store's page, a modal dialog, or a drawer at the side. */
export type ApiView = 'tab' | 'modal' | 'drawer';

/**
 * Addresses where the replica serves a store's Api Tanım form (the real one is unknown: PANELS.md). Each gives the
 * address for a language, store and view, and whether the seller still has to click to reach the form there:
 * the tab "Api Tanım" of a store's page, or the store in a list that opens it over the list.
 */
export interface ApiRoute {
  name: string;
  url(lang: Lang, code: string, view: ApiView, framework: 'react' | 'plain'): string;
  /** What the seller clicks to reach the form: the tab, or the store's card in the list. */
  click?: 'apiTab' | 'storeCard';
  /** Views this shape has (the settings page has tabs only). */
  views: readonly ApiView[];
}

const query = (view: ApiView, framework: string) =>
  [view !== 'tab' ? `view=${view}` : '', framework !== 'react' ? `framework=${framework}` : ''].filter(Boolean).join('&');
const withQuery = (url: string, extra: string) => (extra ? `${url}${url.includes('?') ? '&' : '?'}${extra}` : url);

export const SV_API_ROUTES: ApiRoute[] = [
  {
    name: 'settings',
    url: (lang, code, _view, fw) => withQuery(`https://app.shopiverse.tech/${lang}/settings/store/${code}`, query('tab', fw)),
    click: 'apiTab',
    views: ['tab'],
  },
  {
    name: 'magazalar',
    url: (lang, code, view, fw) => withQuery(`https://app.shopiverse.tech/${lang}/magazalar/${code}/api`, query(view, fw)),
    views: ['tab', 'modal', 'drawer'],
  },
  {
    name: 'storesTab',
    url: (lang, code, view, fw) => withQuery(`https://app.shopiverse.tech/${lang}/stores/${code}?tab=api`, query(view, fw)),
    views: ['tab', 'modal', 'drawer'],
  },
  {
    name: 'listModal',
    url: (lang, _code, view, fw) => withQuery(`https://app.shopiverse.tech/${lang}/stores`, query(view, fw)),
    click: 'storeCard',
    views: ['modal', 'drawer'],
  },
  {
    name: 'hash',
    url: (lang, code, view, fw) => `${withQuery(`https://app.shopiverse.tech/${lang}/`, query(view, fw))}#/stores/${code}/api`,
    views: ['tab', 'modal', 'drawer'],
  },
];

export const SV_STORES: ShopiverseStore[] = [
  { code: '00159', name: 'Joom', marketplace: 'Joom' },
  { code: '00160', name: 'Trendyol', marketplace: 'Trendyol' },
  { code: '00161', name: 'Joom Ege', marketplace: 'Joom' },
];

export const SV_TEXT: Record<Lang, Record<string, string>> = {
  tr: {
    home: 'Ana Sayfa',
    settings: 'Ayarlar',
    stores: 'Mağazalar',
    store: 'Mağaza',
    apiTab: 'Api Tanım',
    planTab: 'İş Planı',
    banner: "{m}({m}) Mağazasına ait düzenleme yapmaktasınız. ('{code}' kodlu mağaza)",
    status: 'Durum',
    asShown: 'Görseldeki Gibi Yayınlansın Mı?',
    save: 'Kaydet',
    remove: 'Api Tanımlarını Sil',
    authorize: 'Yetki Talep Et',
    saved: 'Kaydedildi',
    active: 'Aktif',
    callbackOk: 'Joom yetkilendirmesi tamamlandı.',
    callbackError: 'Joom yetkilendirmesi başarısız.',
    // The real top menu (reference/shopiverse/JoomMyProducts.png): “Ürünler” opens a menu holding “Yeni Ürün” and “Ürünlerim”.
    productsMenu: 'Ürünler',
    products: 'Ürünlerim',
    newProduct: 'Yeni Ürün',
    code: 'Kod',
    stockCode: 'Stok Kodu',
    price: 'Fiyat',
    width: 'En (cm)',
    length: 'Boy (cm)',
    height: 'Yükseklik (cm)',
    weight: 'Ağırlık (kg)',
    pkgWidth: 'Paket En (cm)',
    pkgLength: 'Paket Boy (cm)',
    pkgHeight: 'Paket Yükseklik (cm)',
    pkgWeight: 'Paket Ağırlık (kg)',
    productName: 'Ürün Adı',
  },
  en: {
    home: 'Home',
    settings: 'Settings',
    stores: 'Stores',
    store: 'Store',
    apiTab: 'Api Tanım',
    planTab: 'Business Plan',
    banner: "You are editing the {m}({m}) store. (store code '{code}')",
    status: 'Status',
    asShown: 'Publish as in the image?',
    save: 'Save',
    remove: 'Delete API definitions',
    authorize: 'Request Authorization',
    saved: 'Saved',
    active: 'Active',
    callbackOk: 'Joom authorization completed.',
    callbackError: 'Joom authorization failed.',
    productsMenu: 'Products',
    products: 'My Products',
    newProduct: 'New Product',
    code: 'Code',
    stockCode: 'Stock code',
    price: 'Price',
    width: 'Width (cm)',
    length: 'Length (cm)',
    height: 'Height (cm)',
    weight: 'Weight (kg)',
    pkgWidth: 'Package Width (cm)',
    pkgLength: 'Package Length (cm)',
    pkgHeight: 'Package Height (cm)',
    pkgWeight: 'Package Weight (kg)',
    productName: 'Product name',
  },
};

/** Product images, served at their own host by the test routes: [file, width, height, format]. */
export const IMAGE_HOST = 'https://cdn.images.example';
/** An image host that does not allow cross-origin reads: the page shows its files, nobody else may read them. */
export const CLOSED_IMAGE_HOST = 'https://closed.images.example';
export interface ProductImage {
  name: string;
  file: string;
  width: number;
  height: number;
  format: 'png' | 'jpeg' | 'webp';
  /** Served from CLOSED_IMAGE_HOST instead of IMAGE_HOST. */
  closed?: boolean;
  /** Shown through <picture> with a <source> of this type (the file itself is that type). */
  sourceType?: string;
}
export const PRODUCT_IMAGES: ProductImage[] = [
  { name: 'Kilim 160x230', file: 'square.jpg', width: 800, height: 800, format: 'jpeg' },
  { name: 'Yolluk 80x300', file: 'portrait.png', width: 600, height: 800, format: 'png' },
  { name: 'Paspas', file: 'landscape.jpg', width: 1600, height: 900, format: 'jpeg' },
  { name: 'Minder', file: 'small.png', width: 400, height: 400, format: 'png' },
  // A WebP of the right size: Joom refuses the format (issue 12: it used to be marked ok).
  { name: 'Halı WebP', file: 'photo.webp', width: 800, height: 800, format: 'webp' },
];

export function imageUrl(image: ProductImage): string {
  return `${image.closed ? CLOSED_IMAGE_HOST : IMAGE_HOST}/${image.file}`;
}

/** Product images whose format the extension may not read by any means, and one declared by <picture>. */
export const CLOSED_PRODUCT_IMAGES: ProductImage[] = [
  { name: 'Seccade', file: 'closed.jpg', width: 800, height: 800, format: 'jpeg', closed: true },
  { name: 'Seccade WebP', file: 'closed.webp', width: 800, height: 800, format: 'webp', closed: true, sourceType: 'image/webp' },
];

/**
 * Product images whose srcset names a larger "original" on the seller's own network (issue 11, item 6): a page
 * must not make the extension fetch those. Each file is landscape, so the popup offers "pad to square" for it.
 */
export const TRAP_ORIGINALS = [
  'http://192.168.1.1/x.jpg',
  'https://localhost/x.jpg',
  'https://2130706433/x.jpg',
  'https://[::1]/x.jpg',
  'https://nas.local./x.jpg',
];
/** Hosts the trap originals resolve to, routed so that nothing leaves the machine (and each request is seen). */
export const PRIVATE_HOSTS = [
  'http://192.168.1.1/',
  'https://192.168.1.1/',
  'https://localhost/',
  'http://localhost/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://nas.local./',
  'https://nas.local/',
];

/** Options a test passes when it installs the replicas. */
export interface ReplicaConfig {
  lang: Lang;
  /** ShopiVerse's Api Tanım form: React (controlled inputs) or plain DOM with its own state (Vue-like). */
  framework: 'react' | 'plain';
  /** Extra delay before a page's content renders, in ms. */
  delay: number;
  stores: JoomStore[];
  apps: JoomApp[];
  /** Bad pages: kilobytes of text around the content, and a script that mutates the DOM thousands of times a second. */
  stress?: { padKb?: number; mutationsPerSecond?: number };
  /** Hostile ShopiVerse pages: a look-alike Api Tanım form off-screen submitting elsewhere, or a second visible copy. */
  decoy?: 'offscreen' | 'twin';
  /** A page element named "browser" (DOM clobbering), on both panels. */
  clobber?: boolean;
}

export const DEFAULT_CONFIG: ReplicaConfig = { lang: 'tr', framework: 'react', delay: 250, stores: JOOM_STORES, apps: JOOM_APPS };
