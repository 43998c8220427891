// Unseen pages, round 3: situations a React merchant panel with its own design system shows, written without looking
// at the reader and without repeating the layouts of rounds 1 and 2 (pages.ts, pages-round2.ts): hashed CSS-module
// classes, widgets, open popovers and portals, tabs, skeletons, error states, toasts, raw i18n keys, mobile stacks,
// virtualized lists, webhooks and tokens whose secrets are not the app's, consent screens. Same contract per field.

import { type Answer, APP, C, C2, K, K2, M, P1, P2, P3, R, S, S2, T, type UnseenPage, W } from './pages';
import { C3, K3, S3, X } from './pages-round2';

export const U = '66c0ffee11223344556677aa'; // a team member's user id
export const O = '6612ab34cd56ef7890ab12cd'; // an order id

const REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';
const store = (storeId: Answer) => ({ storeId, clientId: null, secret: null });
const app = (clientId: Answer, secret: Answer, storeId: Answer = null) => ({ storeId, clientId, secret });
const none = { storeId: null, clientId: null, secret: null };

// A React shell with hashed CSS-module class names, as a bundler emits them.
const nav = ['Gösterge Paneli', 'Ürünler', 'Siparişler', 'Depolar', 'Mağazalar', 'Finans'];
const shell = (main: string, active = 'Mağazalar') =>
  `<div id="root"><div class="Layout_root__3kF9a"><nav class="Sidebar_root__1xQ2z" aria-label="Ana menü"><a class="Sidebar_logo__9dK1c" href="/panel">Joom <b>Merchant</b></a><ul>${nav
    .map((item) => `<li><a class="SidebarItem_root__Qw8e1${item === active ? ' SidebarItem_active__0pLm3' : ''}" href="#">${item}</a></li>`)
    .join(
      '',
    )}</ul></nav><div class="Layout_content__7hG2b"><header class="TopBar_root__5tY6u"><button class="StoreSwitcher_trigger__2aS4d" aria-haspopup="listbox" aria-expanded="false"><span class="Avatar_root__h3">AH</span>Anadolu Halı<svg class="Icon_root__c1" viewBox="0 0 16 16"><path d="M4 6l4 4 4-4"></path></svg></button><button class="UserMenu_trigger__8jK2l" aria-haspopup="menu">Ayşe Yılmaz</button></header><main class="Layout_main__4rT8y">${main}</main></div></div></div>`;
const title = (text: string, sub = '') => `<div class="PageHeader_root__6uI9o"><h1 class="Heading_h1__2wE4r">${text}</h1>${sub}</div>`;
const box = (heading: string, body: string) =>
  `<section class="Box_root__8nB3v"><div class="Box_header__1cV5x"><h2 class="Heading_h3__5zX7c">${heading}</h2></div><div class="Box_body__3mN6b">${body}</div></section>`;
const field = (label: string, value: string) =>
  `<div class="Field_root__x1Y2z"><div class="Field_label__a2B3c">${label}</div><div class="Field_value__d4E5f">${value}</div></div>`;
const copy = (value: string) =>
  `<button type="button" class="IconButton_root__k9L8m" aria-label="Kopyala" data-copy="${value}"><svg viewBox="0 0 24 24" class="Icon_root__c1"><path d="M16 1H4a2 2 0 0 0-2 2v14"></path></svg></button>`;
const mono = (value: string) => `<span class="Text_mono__p0O9i">${value}</span>`;
const storePage = (body: string, heading = 'Genel Bilgi') => shell(title('Anadolu Halı') + box(heading, body));
const appShell = (body: string, crumb = 'ShopiVerse') =>
  shell(
    `<nav class="Breadcrumbs_root__z1" aria-label="breadcrumb"><ol><li><a href="/panel/api-apps">API Uygulamaları</a></li><li aria-current="page">${crumb}</li></ol></nav>${title(crumb)}${body}`,
    '',
  );
const creds = (clientId: string, secret: string) =>
  box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(clientId) + copy(clientId)) + field('Gizli Anahtar', mono(secret) + copy(secret)));
const masked = '<span class="Secret_mask__f5">••••••••••••••••</span><button class="Button_link__g6" type="button">Göster</button>';
const toast = (text: string) =>
  `<div class="Toaster_root__t1" aria-live="polite"><div class="Toast_root__t2 Toast_success__t3" role="status"><svg class="Icon_root__c1" viewBox="0 0 16 16"><path d="M2 8l4 4 8-8"></path></svg><span>${text}</span><button aria-label="Kapat">×</button></div></div>`;
const table = (heads: string[], rows: string[][]) =>
  `<table class="Table_root__r1"><thead><tr>${heads.map((h) => `<th class="Table_th__r2">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr class="Table_tr__r3">${r.map((c) => `<td class="Table_td__r4">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const tabs = (names: string[], active: number, panels: string[]) =>
  `<div class="Tabs_root__b1"><div role="tablist" class="Tabs_list__b2">${names
    .map(
      (n, i) =>
        `<button role="tab" id="tab-${i}" aria-controls="panel-${i}" aria-selected="${i === active}" class="Tabs_tab__b3${i === active ? ' Tabs_active__b4' : ''}">${n}</button>`,
    )
    .join('')}</div>${panels
    .map(
      (p, i) =>
        `<div role="tabpanel" id="panel-${i}" aria-labelledby="tab-${i}" data-state="${i === active ? 'active' : 'inactive'}"${i === active ? '' : ' hidden'}>${p}</div>`,
    )
    .join('')}</div>`;
const stacked = (label: string, value: string) =>
  `<li class="MobileList_item__m1"><small class="MobileList_label__m2">${label}</small><strong class="MobileList_value__m3">${value}</strong></li>`;
const mobile = (heading: string, items: string) =>
  `<div id="root"><div class="MobileLayout_root__n1" style="max-width:390px"><header class="MobileTopBar_root__n2"><button aria-label="Menü">☰</button><span>${heading}</span></header><main><ul class="MobileList_root__m0">${items}</ul></main><nav class="BottomNav_root__n3"><a href="#">Panel</a><a href="#">Siparişler</a><a href="#">Ürünler</a><a href="#">Daha fazla</a></nav></div></div>`;

/** A design-system field whose shadow root paints the label from an attribute and slots the value. */
function attributeLabelField(body: HTMLElement): void {
  for (const host of body.querySelectorAll('jm-field')) {
    const root = host.attachShadow({ mode: 'open' });
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = host.getAttribute('label') ?? '';
    const value = document.createElement('span');
    value.className = 'value';
    value.append(document.createElement('slot'));
    root.append(label, value);
  }
}

/** A secret field whose shadow root paints dots and keeps the revealed value in a hidden part. */
function shadowMaskedSecret(body: HTMLElement): void {
  const host = body.querySelector('jm-secret');
  if (!host) return;
  const root = host.attachShadow({ mode: 'open' });
  const label = document.createElement('span');
  label.textContent = 'Gizli Anahtar';
  const dots = document.createElement('span');
  dots.textContent = '••••••••••••••••••••••••';
  const real = document.createElement('span');
  real.hidden = true;
  real.textContent = host.getAttribute('value') ?? '';
  root.append(label, dots, real);
}

const storeSettings: UnseenPage[] = [
  {
    name: 'r3 store: CSS-module Field components under "Genel Bilgi", value in mono text with a copy icon',
    expected: store(S),
    html: storePage(field('Mağaza Adı', 'Anadolu Halı') + field('Kimlik No', mono(S) + copy(S)) + field('Ülke', 'Türkiye') + field('Para Birimi', 'TRY')),
  },
  {
    name: 'r3 store: label followed by a "Yeni" badge inside the label cell',
    expected: store(S),
    html: storePage(field('Mağaza Adı', 'Anadolu Halı') + field('Kimlik No <span class="Badge_root__q1 Badge_info__q2">Yeni</span>', mono(S))),
  },
  {
    name: 'r3 store: Material icon ligatures as text ("fingerprint" before the label, "content_copy" after the value)',
    expected: store(S),
    html: storePage(
      field('Mağaza Adı', 'Anadolu Halı') +
        field(
          '<span class="material-icons" aria-hidden="true">fingerprint</span> Kimlik No',
          `${S}<span class="material-icons-outlined" aria-hidden="true">content_copy</span><span class="material-icons" aria-hidden="true">open_in_new</span>`,
        ),
    ),
  },
  {
    name: 'r3 store: raw i18n keys as labels ("store.general.title", "store.id.label")',
    expected: store(S),
    html: shell(
      title('Anadolu Halı') +
        box('store.general.title', field('store.name.label', 'Anadolu Halı') + field('store.id.label', mono(S)) + field('store.country.label', 'TR')),
    ),
    debatable: 'the translation file failed to load; a seller reading "store.id.label" understands it, but it is no label of any language',
  },
  {
    name: 'r3 store: raw i18n keys for a store and its default warehouse side by side',
    expected: store(S),
    html: shell(
      title('Anadolu Halı') +
        box(
          'store.general.title',
          field('store.id.label', mono(S)) + field('store.defaultWarehouse.id.label', mono(W)) + field('store.owner.id.label', mono(M)),
        ),
    ),
    debatable: 'raw keys; only "store.id.label" names the store itself',
  },
  {
    name: 'r3 store: heading per field (h3 label, p value) in a settings card',
    expected: store(S),
    html: storePage(
      `<div class="Stack_root__s1"><div><h3 class="Heading_h5__h5">Mağaza Adı</h3><p class="Text_body__t1">Anadolu Halı</p></div><div><h3 class="Heading_h5__h5">Kimlik No</h3><p class="Text_body__t1">${S}</p></div><div><h3 class="Heading_h5__h5">Açılış Tarihi</h3><p class="Text_body__t1">03.02.2024</p></div></div>`,
    ),
  },
  {
    name: 'r3 store: editable settings form (inputs) with the id as read-only text and a "Değişiklikler kaydedildi" toast',
    expected: store(S),
    html:
      shell(
        title('Mağaza Ayarları') +
          box(
            'Genel Bilgi',
            `<form class="Form_root__f1"><label class="FormField_root__f2">Mağaza Adı<input class="Input_root__i1" name="name" value="Anadolu Halı"></label><label class="FormField_root__f2">Açıklama<textarea class="Textarea_root__i2" name="description">El dokuması halılar</textarea></label>${field('Kimlik No', mono(S))}<button class="Button_primary__b1" type="submit">Kaydet</button></form>`,
          ),
      ) + toast('Değişiklikler kaydedildi'),
  },
  {
    name: 'r3 store: "Kopyalandı: <id>" toast after copying, the id also shown under Genel Bilgi',
    expected: store(S),
    html: storePage(field('Mağaza Adı', 'Anadolu Halı') + field('Kimlik No', mono(S) + copy(S))) + toast(`Kopyalandı: ${S}`),
  },
  {
    name: 'r3 store: open info popover (portal) on the label explains the id with another example',
    expected: store(S),
    html:
      storePage(
        field('Mağaza Adı', 'Anadolu Halı') +
          field('Kimlik No <button class="InfoIcon_root__o1" aria-describedby="pop-1" aria-expanded="true">?</button>', mono(S)),
      ) +
      `<div class="Popover_portal__p1"><div id="pop-1" role="tooltip" class="Popover_root__p2" style="position:absolute;top:212px;left:380px">Kimlik No, mağazanızı tanımlayan 24 karakterlik koddur. Örnek: ${S2}</div></div>`,
  },
  {
    name: 'r3 store: open account menu (merchant and user ids) over the store page',
    expected: store(S),
    html:
      storePage(field('Mağaza Adı', 'Anadolu Halı') + field('Kimlik No', mono(S))) +
      `<div class="Menu_portal__u1"><div role="menu" class="Menu_root__u2" style="position:fixed;top:56px;right:16px"><div class="Menu_header__u3"><strong>Ayşe Yılmaz</strong><span>ayse@anadoluhali.com.tr</span><span class="Text_small__s1">Satıcı ID: ${M}</span><span class="Text_small__s1">Kullanıcı ID: ${U}</span></div><a role="menuitem" href="#">Profil</a><a role="menuitem" href="#">API Uygulamaları</a><a role="menuitem" href="#">Çıkış</a></div></div>`,
  },
  {
    name: 'r3 store: English panel, "Store ID" beside "Merchant ID" in the same card',
    expected: store(S),
    html: shell(
      title('Anadolu Halı') +
        box(
          'General information',
          field('Store name', 'Anadolu Halı') + field('Merchant ID', mono(M)) + field('Store ID', mono(S)) + field('Country', 'Turkey'),
        ),
    ),
  },
  {
    name: 'r3 store: design-system <jm-field label="Kimlik No"> paints its label from an attribute in a shadow root',
    expected: store(S),
    html: storePage(`<jm-field label="Mağaza Adı">Anadolu Halı</jm-field><jm-field label="Kimlik No">${S}</jm-field><jm-field label="Ülke">Türkiye</jm-field>`),
    setup: attributeLabelField,
    debatable: 'the label exists only as an attribute painted by the shadow root',
  },
  {
    name: 'r3 store: skeleton loader, label shown, placeholder zeros painted as a grey bar',
    expected: none,
    html: storePage(
      field('Mağaza Adı', '<span class="Skeleton_root__k1" aria-busy="true" style="color:transparent;background:#eee;border-radius:4px">Yükleniyor</span>') +
        field(
          'Kimlik No',
          '<span class="Skeleton_root__k1" aria-busy="true" style="color:transparent;background:#eee;border-radius:4px">000000000000000000000000</span>',
        ),
    ),
    debatable: 'the placeholder is transparent text on a grey bar and not a real id',
  },
  {
    name: 'r3 store: error state "Mağaza bilgileri yüklenemedi" with a request id of the same shape',
    expected: none,
    html: shell(
      title('Anadolu Halı') +
        `<div class="ErrorState_root__e1" role="alert"><svg class="Icon_root__c1" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></svg><h2>Mağaza bilgileri yüklenemedi</h2><p>Lütfen daha sonra tekrar deneyin. Sorun devam ederse destek ekibine şu kodu iletin:</p><p><span class="Text_small__s1">İstek Kimliği</span> <code>${X}</code></p><button class="Button_secondary__b2">Tekrar dene</button></div>`,
    ),
  },
  {
    name: 'r3 store: 403 page quoting the id of a store the user has no access to',
    expected: none,
    html: shell(
      `<div class="ErrorState_root__e1" role="alert"><h1>Erişim reddedildi</h1><p>Bu mağazayı görüntüleme yetkiniz yok.</p>${field('Kimlik No', mono(S2))}<a href="/panel/stores">Mağazalarıma dön</a></div>`,
    ),
    debatable: "the label is the store one, but the store is not the seller's and nothing can be done with it",
  },
  {
    name: 'r3 store: success dialog after "Yeni Mağaza Aç" shows the new store\'s id',
    expected: store(S),
    html:
      shell(title('Mağazalar', '<button class="Button_primary__b1">Yeni Mağaza Aç</button>') + table(['Mağaza', 'Durum'], [['Anadolu Halı', 'İnceleniyor']])) +
      `<div class="Modal_overlay__d1"><div role="dialog" aria-modal="true" aria-labelledby="dlg-t" class="Modal_root__d2"><h2 id="dlg-t">Mağazanız oluşturuldu</h2><p>Anadolu Halı incelemeye gönderildi.</p>${field('Kimlik No', mono(S) + copy(S))}<button class="Button_primary__b1">Tamam</button></div></div>`,
  },
  {
    name: 'r3 store: tabs, active "Genel" panel with the id; hidden "Entegrasyonlar" panel holds app credentials',
    expected: store(S),
    html: shell(
      title('Anadolu Halı') +
        tabs(['Genel', 'Entegrasyonlar', 'Depolar'], 0, [
          box('Genel Bilgi', field('Mağaza Adı', 'Anadolu Halı') + field('Kimlik No', mono(S))),
          box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', C) + field('Gizli Anahtar', K)),
          table(['Depo', 'Kimlik No'], [['İstanbul', W]]),
        ]),
    ),
  },
  {
    name: 'r3 store: tabs, active "Depolar" panel lists a warehouse "Kimlik No"; the store id sits in the hidden "Genel" panel',
    expected: none,
    html: shell(
      title('Anadolu Halı') +
        tabs(['Genel', 'Depolar'], 1, [
          box('Genel Bilgi', field('Kimlik No', mono(S))),
          box('Depolar', table(['Depo', 'Kimlik No', 'Şehir'], [['İstanbul Ana Depo', W, 'İstanbul']])),
        ]),
    ),
    debatable: 'the visible "Kimlik No" is a warehouse column; a seller would switch to "Genel" first',
  },
  {
    name: 'r3 store: mobile layout, label stacked over value in a list',
    expected: store(S),
    html: mobile('Anadolu Halı', stacked('Mağaza Adı', 'Anadolu Halı') + stacked('Kimlik No', S) + stacked('Ülke', 'Türkiye') + stacked('Durum', 'Aktif')),
  },
  {
    name: 'r3 store: mobile bottom sheet open with store details over the stores list',
    expected: store(S),
    html:
      mobile('Mağazalar', stacked('Anadolu Halı', 'Aktif') + stacked('Ege Tekstil', 'Aktif')).replace('</div></div>', '') +
      `<div class="BottomSheet_root__bs1" role="dialog" aria-modal="true" aria-label="Anadolu Halı" style="position:fixed;bottom:0;left:0;right:0"><div class="BottomSheet_handle__bs2"></div><h2>Anadolu Halı</h2><ul>${stacked('Kimlik No', S)}${stacked('Ülke', 'Türkiye')}</ul><button>Mağazaya git</button></div></div></div>`,
  },
  {
    name: 'r3 store: onboarding checklist step card shows the real id to copy',
    expected: store(S),
    html: shell(
      title('Başlarken') +
        `<ol class="Checklist_root__c1"><li class="Checklist_step__c2 Checklist_done__c3"><span>✓</span> Mağaza oluştur</li><li class="Checklist_step__c2 Checklist_current__c4"><h3>Mağazanızın Kimlik No'sunu kopyalayın</h3><p>Bu kodu ShopiVerse'te "Store Id" alanına yapıştırın.</p>${field('Kimlik No', mono(S) + copy(S))}</li><li class="Checklist_step__c2">API uygulaması oluştur</li></ol>`,
      'Gösterge Paneli',
    ),
  },
  {
    name: 'r3 store: onboarding, completed step collapsed (hidden) holds the id, visible steps have none',
    expected: none,
    html: shell(
      title('Başlarken') +
        `<ol class="Checklist_root__c1"><li class="Checklist_step__c2 Checklist_done__c3"><button aria-expanded="false">✓ Mağaza oluştur</button><div hidden>${field('Kimlik No', mono(S))}</div></li><li class="Checklist_step__c2 Checklist_current__c4"><h3>API uygulaması oluştur</h3><a href="#">API Uygulamaları</a></li></ol>`,
      'Gösterge Paneli',
    ),
  },
  {
    name: 'r3 store: public store link "joom.com/tr/stores/<id>" under "Mağaza Linki", no labelled id',
    expected: none,
    html: storePage(
      field('Mağaza Adı', 'Anadolu Halı') + field('Mağaza Linki', `<a href="https://www.joom.com/tr/stores/${S}">https://www.joom.com/tr/stores/${S}</a>`),
    ),
    debatable: 'the id can be cut from the URL, but nothing calls it the Kimlik No',
  },
  {
    name: 'r3 store: virtualized stores list (two rendered rows of 40, translateY positioned) with a "Kimlik No" column',
    expected: store('ambiguous'),
    debatable: 'ambiguous (the seller picks a row) vs null (a list; the guide reads the id on the detail page), as in round 1',
    html: shell(
      title('Mağazalar', '<button class="Button_primary__b1">Yeni Mağaza Aç</button>') +
        `<div role="grid" aria-rowcount="41" class="VirtualTable_root__v1" style="height:400px;overflow:auto"><div role="row" aria-rowindex="1" class="VirtualTable_header__v2"><div role="columnheader">Mağaza</div><div role="columnheader">Kimlik No</div><div role="columnheader">Durum</div></div><div class="VirtualTable_body__v3" style="height:1600px;position:relative"><div role="row" aria-rowindex="2" style="position:absolute;top:0;transform:translateY(0px)"><div role="gridcell">Anadolu Halı</div><div role="gridcell">${S}</div><div role="gridcell">Aktif</div></div><div role="row" aria-rowindex="3" style="position:absolute;top:0;transform:translateY(40px)"><div role="gridcell">Ege Tekstil</div><div role="gridcell">${S2}</div><div role="gridcell">Aktif</div></div></div></div>`,
    ),
  },
  {
    name: 'r3 store: team page header shows the store id, user table has 24-hex user ids',
    expected: store(S),
    html: shell(
      title('Ekip', `<p class="Text_small__s1">Anadolu Halı · Mağaza Kimlik No: ${S}</p>`) +
        box(
          'Kullanıcılar',
          table(
            ['Ad', 'E-posta', 'Rol', 'Kullanıcı ID'],
            [
              ['Ayşe Yılmaz', 'ayse@anadoluhali.com.tr', 'Sahip', M],
              ['Mehmet Kaya', 'mehmet@anadoluhali.com.tr', 'Operatör', U],
            ],
          ),
        ),
      '',
    ),
  },
  {
    name: 'r3 store: team page with user ids only and an open invite dialog with a 32-hex invite code',
    expected: none,
    html:
      shell(
        title('Ekip') +
          box(
            'Kullanıcılar',
            table(
              ['Ad', 'Rol', 'ID'],
              [
                ['Ayşe Yılmaz', 'Sahip', M],
                ['Mehmet Kaya', 'Operatör', U],
              ],
            ),
          ),
        '',
      ) +
      `<div role="dialog" aria-modal="true" class="Modal_root__d2"><h2>Kullanıcı davet et</h2>${field('Davet Kodu', mono(K3))}<p>Kod 48 saat geçerlidir.</p></div>`,
  },
  {
    name: 'r3 store: English profile page with "User ID" and bare "ID" of the person',
    expected: none,
    html: shell(
      title('Profile') +
        box(
          'Personal information',
          field('Name', 'Ayşe Yılmaz') + field('ID', mono(U)) + field('User ID', mono(U)) + field('Email', 'ayse@anadoluhali.com.tr'),
        ),
      '',
    ),
  },
];

const otherObjects: UnseenPage[] = [
  {
    name: 'r3 dashboard: "Mağaza Özeti" widget with the store id among order and product widgets',
    expected: store(S),
    html: shell(
      title('Gösterge Paneli') +
        `<div class="Grid_root__g1" style="display:grid;grid-template-columns:1fr 1fr">${box('Mağaza Özeti', field('Mağaza', 'Anadolu Halı') + field('Mağaza Kimlik No', mono(S)) + field('Puan', '4,8'))}${box(
          'Son Siparişler',
          table(
            ['Sipariş ID', 'Tutar'],
            [
              [O, '₺1.240'],
              [P3, '₺560'],
            ],
          ),
        )}${box(
          'En Çok Satanlar',
          table(
            ['Ürün ID', 'Ürün'],
            [
              [P1, 'Kilim 80x150'],
              [P2, 'Yolluk'],
            ],
          ),
        )}</div>`,
      'Gösterge Paneli',
    ),
  },
  {
    name: 'r3 dashboard: widgets with order and product ids only',
    expected: none,
    html: shell(
      title('Gösterge Paneli') +
        box(
          'Son Siparişler',
          table(
            ['Sipariş ID', 'Durum'],
            [
              [O, 'Kargoda'],
              [P3, 'Hazırlanıyor'],
            ],
          ),
        ) +
        box(
          'Stok Uyarıları',
          table(
            ['Ürün ID', 'Stok'],
            [
              [P1, '2'],
              [P2, '0'],
            ],
          ),
        ),
      'Gösterge Paneli',
    ),
  },
  {
    name: 'r3 dashboard: notification popover open ("ShopiVerse uygulaması oluşturuldu, Client ID …") over the store page',
    expected: store(S),
    html:
      storePage(field('Kimlik No', mono(S))) +
      `<div class="Popover_portal__p1"><div role="dialog" aria-label="Bildirimler" class="Notifications_root__n1"><ul><li>ShopiVerse uygulaması oluşturuldu (Müşteri Kimlik Numarası: ${C2})</li><li>3 ürün onaylandı</li></ul></div></div>`,
    debatable: "the notification quotes an application's client id in passing; the page is the store page",
  },
  {
    name: 'r3 order: order detail header names the store with its id, order id under Genel Bilgi',
    expected: store(S),
    html: shell(
      title(`Sipariş ${O}`, `<p class="Text_small__s1">Mağaza: Anadolu Halı · Kimlik No ${S}</p>`) +
        box('Genel Bilgi', field('Sipariş ID', mono(O)) + field('Ürün ID', mono(P1)) + field('Durum', 'Kargoda')),
      'Siparişler',
    ),
    debatable: "the guide reads the id on the store page; the order header shows the same store's id",
  },
  {
    name: 'r3 order: order detail with bare "ID" under Genel Bilgi and a store-name link (href carries the store id)',
    expected: none,
    html: shell(
      `<nav class="Breadcrumbs_root__z1"><ol><li><a href="/panel/orders">Siparişler</a></li><li>${O}</li></ol></nav>${title('Sipariş Detayı')}${box(
        'Genel Bilgi',
        field('ID', mono(O)) + field('Mağaza', `<a href="/panel/stores/${S}">Anadolu Halı</a>`) + field('Alıcı', 'E. K.'),
      )}`,
      'Siparişler',
    ),
  },
  {
    name: 'r3 product: product page under Genel Bilgi with "Kimlik No" (the product\'s), breadcrumb "Ürünler / <id>"',
    expected: none,
    html: shell(
      `<nav class="Breadcrumbs_root__z1"><ol><li><a href="/panel/products">Ürünler</a></li><li>${P1}</li></ol></nav>${title('El Dokuması Kilim 80x150')}${box(
        'Genel Bilgi',
        field('Ürün Adı', 'El Dokuması Kilim 80x150') + field('Kimlik No', mono(P1)) + field('SKU', 'KLM-80150'),
      )}`,
      'Ürünler',
    ),
    debatable: "the label is the store's word, but the page is a product's",
  },
  {
    name: 'r3 product: header chips "Ürün ID" and "Mağaza ID"',
    expected: store(S),
    html: shell(
      title(
        'El Dokuması Kilim 80x150',
        `<div class="ChipGroup_root__cg1"><span class="Chip_root__ch1">Ürün ID: ${P1}</span><span class="Chip_root__ch1">Mağaza ID: ${S}</span></div>`,
      ) +
        box(
          'Varyantlar',
          table(
            ['Varyant ID', 'Boyut'],
            [
              [P2, '80x150'],
              [P3, '120x180'],
            ],
          ),
        ),
      'Ürünler',
    ),
    debatable: 'a store id on a product page; a seller would still take "Mağaza ID"',
  },
  {
    name: 'r3 product: virtualized product list with ids, a "Kopyalandı: <product id>" toast',
    expected: none,
    html:
      shell(
        title('Ürünler') +
          `<div class="VirtualList_root__v1" style="height:600px;overflow:auto"><div style="height:24000px;position:relative">${[P1, P2, P3]
            .map(
              (id, i) =>
                `<div class="ProductRow_root__pr1" style="position:absolute;top:${i * 72}px"><img alt="" src="data:,"><span>Kilim ${i + 1}</span><span class="Text_mono__p0O9i">${id}</span></div>`,
            )
            .join('')}</div></div>`,
        'Ürünler',
      ) + toast(`Kopyalandı: ${P1}`),
  },
  {
    name: 'r3 warehouse: warehouse detail page titled by the warehouse, plain "Kimlik No" is the warehouse\'s',
    expected: none,
    html: shell(
      `<nav class="Breadcrumbs_root__z1"><ol><li><a href="/panel/warehouses">Depolar</a></li><li>İstanbul Ana Depo</li></ol></nav>${title('İstanbul Ana Depo')}${box(
        'Genel Bilgi',
        field('Depo Adı', 'İstanbul Ana Depo') + field('Kimlik No', mono(W)) + field('Adres', 'Esenyurt, İstanbul'),
      )}`,
      'Depolar',
    ),
    debatable: 'the label is plain "Kimlik No"; only the page (Depolar, the warehouse\'s name) says whose',
  },
  {
    name: 'r3 warehouse: warehouses page with the store id in the header and warehouse ids in the table',
    expected: store(S),
    html: shell(
      title('Depolar', `<span class="Text_small__s1">Anadolu Halı · Mağaza Kimlik No ${S}</span>`) +
        table(
          ['Depo', 'Depo ID', 'Şehir'],
          [
            ['İstanbul Ana Depo', W, 'İstanbul'],
            ['İzmir', P3, 'İzmir'],
          ],
        ),
      'Depolar',
    ),
  },
  {
    name: 'r3 billing: payout account id, invoice numbers and tax id, no store id',
    expected: none,
    html: shell(
      title('Finans') +
        box('Ödeme Hesabı', field('Hesap ID', mono(P2)) + field('IBAN', 'TR33 0006 1005 1978 6457 8413 26') + field('Vergi Kimlik No', '1234567890')) +
        box(
          'Faturalar',
          table(
            ['Fatura No', 'Tutar', 'Tarih'],
            [
              [P3, '₺320', '01.10.2026'],
              [O, '₺410', '01.11.2026'],
            ],
          ),
        ),
      'Finans',
    ),
  },
  {
    name: 'r3 billing: billing account card names the store with "Mağaza Kimlik No"',
    expected: store(S),
    html: shell(
      title('Finans') +
        box(
          'Fatura Hesabı',
          field('Mağaza', 'Anadolu Halı') + field('Mağaza Kimlik No', mono(S)) + field('Vergi Kimlik No', '1234567890') + field('Hesap ID', mono(P2)),
        ),
      'Finans',
    ),
  },
  {
    name: 'r3 log: request log lines carrying store_id, client_id and a token in query strings',
    expected: none,
    html: shell(
      title('API Günlükleri') +
        `<div class="LogViewer_root__l1" role="log"><div class="LogLine_root__l2"><time>12:01:03</time> <code>GET /api/v3/products?store_id=${S}&amp;limit=50</code> <span>200</span></div><div class="LogLine_root__l2"><time>12:01:05</time> <code>POST /api/v2/oauth/access_token client_id=${C} grant_type=refresh_token</code> <span>200</span></div><div class="LogLine_root__l2"><time>12:01:05</time> <code>Authorization: Bearer ${T}</code></div></div>`,
      '',
    ),
    debatable: 'the log lines carry the real store and client ids, but as request text, not as labelled values',
  },
  {
    name: 'r3 log: audit log of secret rotations with masked old secrets and the app id',
    expected: none,
    html: shell(
      title('Denetim Kaydı') +
        table(
          ['Zaman', 'Olay', 'Ayrıntı'],
          [
            ['10.11.2026 14:02', 'Gizli anahtar yenilendi', `Uygulama ${APP}, eski anahtar 9e10••••19d6`],
            ['02.11.2026 09:15', 'Uygulama oluşturuldu', `Uygulama ${APP}`],
          ],
        ),
      '',
    ),
  },
  {
    name: 'r3 carousel: dashboard slides, visible slide shows this store, the next (clipped off) slide another store',
    expected: store(S),
    needsLayout: true,
    html: shell(
      title('Gösterge Paneli') +
        `<div class="Carousel_root__cr1" style="overflow:hidden;width:480px"><div class="Carousel_track__cr2" style="display:flex;width:960px;transform:translateX(0)"><div class="Carousel_slide__cr3" style="width:480px;flex:none">${field('Mağaza', 'Anadolu Halı')}${field('Kimlik No', mono(S))}</div><div class="Carousel_slide__cr3" aria-hidden="false" style="width:480px;flex:none">${field('Mağaza', 'Ege Tekstil')}${field('Kimlik No', mono(S2))}</div></div></div>`,
      'Gösterge Paneli',
    ),
    debatable: 'the second slide is clipped by overflow only; without layout both look shown',
  },
];

const appPages: UnseenPage[] = [
  {
    name: 'r3 app: Kimlik Bilgileri with Field components, mono values and copy icons',
    expected: app(C, K),
    html: appShell(creds(C, K)),
  },
  {
    name: 'r3 app: "Uygulama Kimlik No" (24 hex) beside the credentials',
    expected: app(C, K),
    html: appShell(
      box('Genel Bilgi', field('Unvan', 'ShopiVerse') + field('Uygulama Kimlik No', mono(APP)) + field("Yeniden Yönlendirme URL'si", REDIRECT)) + creds(C, K),
    ),
  },
  {
    name: 'r3 app: badges in the labels ("Salt okunur", "Son yenileme: 3 gün önce")',
    expected: app(C, K),
    html: appShell(
      box(
        'Kimlik Bilgileri',
        field('Müşteri Kimlik Numarası <span class="Badge_root__q1">Salt okunur</span>', mono(C)) +
          field('Gizli Anahtar <span class="Badge_root__q1 Badge_warning__q3">Son yenileme: 3 gün önce</span>', mono(K)),
      ),
    ),
  },
  {
    name: 'r3 app: raw i18n keys "app.credentials.clientId" / "app.credentials.secret"',
    expected: app(C, K),
    html: appShell(box('app.credentials.title', field('app.credentials.clientId', mono(C)) + field('app.credentials.secret', mono(K)))),
    debatable: 'raw keys, no label of any language; the words inside them are English',
  },
  {
    name: 'r3 app: Turkish access and refresh tokens ("Erişim Anahtarı", "Yenileme Anahtarı"), secret masked',
    expected: app(C, null),
    html: appShell(
      creds(C, '').replace(`${mono('')}${copy('')}`, masked) +
        box('Erişim', field('Erişim Anahtarı', mono(T)) + field('Yenileme Anahtarı', mono(R)) + field('Geçerlilik', '30 gün')),
    ),
  },
  {
    name: 'r3 app: English, Client secret masked, "Access token" and "Refresh token" revealed',
    expected: app(C, null),
    html: appShell(
      box('Credentials', field('Client ID', mono(C)) + field('Client secret', '<span>••••••••••••</span><button>Show</button>')) +
        box('Tokens', field('Access token', mono(T)) + field('Refresh token', mono(R))),
    ),
  },
  {
    name: 'r3 app: English, Client secret and Access token both revealed',
    expected: app(C, K),
    html: appShell(
      box('Credentials', field('Client ID', mono(C)) + field('Client secret', mono(K))) +
        box('Tokens', field('Access token', mono(T)) + field('Expires', '2026-12-30')),
    ),
  },
  {
    name: 'r3 app: English, "Client secret" and "Webhook secret" both revealed',
    expected: app(C, K),
    html: appShell(
      box('Credentials', field('Client ID', mono(C)) + field('Client secret', mono(K))) +
        box('Webhooks', field('Endpoint', 'https://app.shopiverse.tech/hooks/joom') + field('Webhook secret', mono(K3))),
    ),
  },
  {
    name: 'r3 app: webhook section labels its own "Gizli Anahtar" on the app page, app secret masked',
    expected: app(C, null),
    html: appShell(
      box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C)) + field('Gizli Anahtar', masked)) +
        box(
          'Webhook Ayarları',
          field('Webhook URL', 'https://app.shopiverse.tech/hooks/joom') + field('Gizli Anahtar', mono(K3)) + field('Olaylar', 'order.created, order.updated'),
        ),
    ),
    debatable: 'two "Gizli Anahtar" labels; only the section heading tells the webhook one apart',
  },
  {
    name: 'r3 webhook: webhooks settings page alone, "Gizli Anahtar" is the webhook\'s signing secret',
    expected: none,
    html: shell(
      title('Webhook Ayarları') +
        box('Uç Nokta', field('URL', 'https://app.shopiverse.tech/hooks/joom') + field('Gizli Anahtar', mono(K3)) + field('Durum', 'Aktif')),
      '',
    ),
    debatable: "the label is the app secret's own word; the page is webhooks'",
  },
  {
    name: 'r3 webhook: subscriptions table with a "Secret" column',
    expected: none,
    html: shell(
      title('Webhooks') +
        table(
          ['Event', 'URL', 'Secret', 'Status'],
          [
            ['order.created', 'https://app.shopiverse.tech/hooks/joom', K3, 'Active'],
            ['product.updated', 'https://app.shopiverse.tech/hooks/joom', K2, 'Active'],
          ],
        ),
      '',
    ),
  },
  {
    name: 'r3 webhook: open "Create webhook" dialog showing a generated secret over the app page with masked secret',
    expected: app(C, null),
    html:
      appShell(box('Credentials', field('Client ID', mono(C)) + field('Client secret', '<span>••••••••</span>'))) +
      `<div role="dialog" aria-modal="true" class="Modal_root__d2"><h2>Create webhook</h2><label>URL<input value="https://app.shopiverse.tech/hooks/joom"></label>${field('Secret', mono(K3) + copy(K3))}<button>Save</button></div>`,
    debatable: 'the dialog\'s bare "Secret" is the webhook\'s; the app secret stays masked',
  },
  {
    name: 'r3 app: create form just opened (Unvan, Mağaza, redirect), no credentials yet',
    expected: none,
    html: shell(
      title('Yeni Uygulama Oluştur') +
        `<form class="Form_root__f1"><label class="FormField_root__f2">Unvan<input name="title" value=""></label><div class="FormField_root__f2"><span id="st-l">Mağaza</span><button role="combobox" aria-labelledby="st-l" aria-expanded="false">Mağaza seçin</button></div><label class="FormField_root__f2">Yeniden Yönlendirme URL'si<input name="redirect" placeholder="https://"></label><p class="Text_small__s1">Kaydettikten sonra Müşteri Kimlik Numarası ve Gizli Anahtar oluşturulur.</p><button type="submit">Kaydet</button></form>`,
      '',
    ),
  },
  {
    name: 'r3 app: create form with the store combobox open, options show store ids',
    expected: none,
    html: shell(
      title('Yeni Uygulama Oluştur') +
        `<form class="Form_root__f1"><label class="FormField_root__f2">Unvan<input name="title" value="ShopiVerse"></label><div class="FormField_root__f2"><span id="st-l">Mağaza</span><button role="combobox" aria-labelledby="st-l" aria-expanded="true" aria-controls="st-list">Mağaza seçin</button><ul role="listbox" id="st-list"><li role="option">Anadolu Halı <small>${S}</small></li><li role="option">Ege Tekstil <small>${S2}</small></li><li role="option">Kapadokya Seramik <small>${S3}</small></li></ul></div></form>`,
      '',
    ),
    debatable: 'three stores offered; none is chosen yet',
  },
  {
    name: 'r3 app: "Uygulama oluşturuldu" page showing both values once with a warning',
    expected: app(C, K),
    html: appShell(
      `<div class="Alert_root__al1 Alert_warning__al2" role="alert">Gizli Anahtarı şimdi kopyalayın: bu sayfadan ayrıldıktan sonra bir daha gösterilmeyecek.</div>${creds(C, K)}`,
    ),
  },
  {
    name: 'r3 app: edit page, client id as text, secret masked with "Yenile"',
    expected: app(C, null),
    html: appShell(
      `<form class="Form_root__f1"><label class="FormField_root__f2">Unvan<input value="ShopiVerse"></label><label class="FormField_root__f2">Yeniden Yönlendirme URL'si<input value="${REDIRECT}"></label>${field('Müşteri Kimlik Numarası', mono(C))}${field('Gizli Anahtar', '<span>••••••••••••••••</span><button type="button">Yenile</button>')}<button type="submit">Kaydet</button></form>`,
      'ShopiVerse · Düzenle',
    ),
  },
  {
    name: 'r3 app: secret revealed in a popover portal opened by "Göster", the row itself masked',
    expected: app(C, K),
    html:
      appShell(
        box(
          'Kimlik Bilgileri',
          field('Müşteri Kimlik Numarası', mono(C)) +
            field('Gizli Anahtar', '<span>••••••••••••</span><button aria-expanded="true" aria-controls="sec-pop">Göster</button>'),
        ),
      ) +
      `<div class="Popover_portal__p1"><div id="sec-pop" role="dialog" class="Popover_root__p2" style="position:absolute;top:300px;left:420px"><span class="Text_small__s1">Gizli Anahtar</span><code>${K}</code><button>Kopyala</button></div></div>`,
  },
  {
    name: 'r3 app: "Kopyalandı: <secret>" toast over a masked secret',
    expected: app(C, K),
    html: appShell(box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C)) + field('Gizli Anahtar', masked + copy(K)))) + toast(`Kopyalandı: ${K}`),
    debatable: 'the only unmasked secret is in a transient, unlabelled toast; the seller just copied it from the secret row',
  },
  {
    name: 'r3 app: mask drawn by CSS ::after, the value only in a data attribute',
    needsLayout: true,
    expected: app(C, null),
    html: appShell(
      `<style>.Secret_masked__x9::after{content:"••••••••••••••••"}</style>${box(
        'Kimlik Bilgileri',
        field('Müşteri Kimlik Numarası', mono(C)) + field('Gizli Anahtar', `<span class="Secret_masked__x9" data-value="${K}"></span><button>Göster</button>`),
      )}`,
    ),
  },
  {
    name: 'r3 app: secret masked in a shadow root that keeps the real value in a hidden part',
    expected: app(C, null),
    html: appShell(box('Kimlik Bilgileri', `${field('Müşteri Kimlik Numarası', mono(C))}<jm-secret value="${K}"></jm-secret>`)),
    setup: shadowMaskedSecret,
  },
  {
    name: 'r3 app: tabs, active "Webhooklar" shows a webhook secret; credentials in the hidden tab',
    expected: none,
    html: appShell(
      tabs(['Genel', 'Kimlik Bilgileri', 'Webhooklar'], 2, [
        field('Unvan', 'ShopiVerse'),
        box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C)) + field('Gizli Anahtar', mono(K))),
        box('Webhooklar', field('URL', 'https://app.shopiverse.tech/hooks/joom') + field('İmza Anahtarı', mono(K3))),
      ]),
    ),
  },
  {
    name: 'r3 app: tabs, active "Kimlik Bilgileri", a hidden "Sandbox" tab holds other credentials',
    expected: app(C, K),
    html: appShell(
      tabs(['Canlı', 'Sandbox'], 0, [
        box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C)) + field('Gizli Anahtar', mono(K))),
        box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C2)) + field('Gizli Anahtar', mono(K2))),
      ]),
    ),
  },
  {
    name: 'r3 app: skeleton while loading credentials, placeholder hex in transparent text',
    expected: none,
    html: appShell(
      box(
        'Kimlik Bilgileri',
        field('Müşteri Kimlik Numarası', '<span class="Skeleton_root__k1" aria-busy="true" style="color:transparent;background:#eee">0000000000000000</span>') +
          field(
            'Gizli Anahtar',
            '<span class="Skeleton_root__k1" aria-busy="true" style="color:transparent;background:#eee">00000000000000000000000000000000</span>',
          ),
      ),
    ),
  },
  {
    name: "r3 app: error loading the application, trace id of the secret's shape",
    expected: none,
    html: appShell(
      `<div class="ErrorState_root__e1" role="alert"><h2>Uygulama yüklenemedi</h2><p>Hata kodu 500.</p>${field('İz Kimliği (trace id)', mono(K2))}<button>Tekrar dene</button></div>`,
    ),
  },
  {
    name: 'r3 app: mobile app page, labels stacked over values',
    expected: app(C, K),
    html: mobile(
      'ShopiVerse',
      stacked('Unvan', 'ShopiVerse') + stacked('Müşteri Kimlik Numarası', C) + stacked('Gizli Anahtar', K) + stacked("Yeniden Yönlendirme URL'si", REDIRECT),
    ),
  },
  {
    name: 'r3 app: mobile English app page, Client secret masked',
    expected: app(C, null),
    html: mobile('ShopiVerse', stacked('Title', 'ShopiVerse') + stacked('Client ID', C) + stacked('Client secret', '•••••••• <button>Show</button>')),
  },
  {
    name: 'r3 app: help text under the fields quotes sample values of the same shapes',
    expected: app(C, K),
    html: appShell(
      box(
        'Kimlik Bilgileri',
        `${field('Müşteri Kimlik Numarası', mono(C))}<p class="Field_hint__h1">16 karakterden oluşur (ör. ${C2}).</p>${field('Gizli Anahtar', mono(K))}<p class="Field_hint__h1">32 karakter, örnek: ${K2}. Kimseyle paylaşmayın.</p>`,
      ),
    ),
  },
  {
    name: 'r3 help: help-center article with a sample "credentials" figure, no real values',
    expected: none,
    html: shell(
      `<article class="HelpArticle_root__ha1"><h1>API uygulaması nasıl oluşturulur?</h1><p>Uygulamayı kaydettikten sonra aşağıdakine benzer bir ekran görürsünüz:</p><figure class="HelpArticle_figure__ha2"><div class="MockScreen_root__ms1">${field('Müşteri Kimlik Numarası', C2)}${field('Gizli Anahtar', K2)}</div><figcaption>Örnek ekran</figcaption></figure></article>`,
      '',
    ),
  },
  {
    name: 'r3 oauth: consent screen names the app and its client id',
    expected: app(C, null),
    html: `<div id="root"><div class="Consent_root__oa1"><img alt="Joom" src="data:,"><h1>ShopiVerse, Anadolu Halı mağazanıza erişmek istiyor</h1>${field('Uygulama', 'ShopiVerse')}${field('Müşteri Kimlik Numarası', mono(C))}<ul><li>Ürünleri okuma ve yazma</li><li>Siparişleri okuma</li></ul><p>Yönlendirileceğiniz adres: ${REDIRECT}</p><button>İzin ver</button><button>Reddet</button></div></div>`,
    debatable: "the consent screen is not where the guide reads the Client ID, but the value is the app's",
  },
  {
    name: 'r3 oauth: English consent screen with a state parameter and no labelled ids',
    expected: none,
    html: `<div id="root"><div class="Consent_root__oa1"><h1>Authorize ShopiVerse</h1><p>ShopiVerse wants to access your store Anadolu Halı.</p><p class="Text_small__s1">${REDIRECT}?state=${K2}</p><button>Allow</button><button>Deny</button></div></div>`,
  },
  {
    name: 'r3 app: applications list with two apps both titled ShopiVerse (different stores), Client ID column',
    expected: app('ambiguous', null),
    html: shell(
      title('API Uygulamaları', '<button class="Button_primary__b1">Yeni Uygulama Oluştur</button>') +
        table(
          ['Unvan', 'Mağaza', 'Müşteri Kimlik Numarası', 'Oluşturulma'],
          [
            ['<a href="#">ShopiVerse</a>', 'Anadolu Halı', C, '01.11.2026'],
            ['<a href="#">ShopiVerse</a>', 'Ege Tekstil', C3, '05.11.2026'],
          ],
        ),
      '',
    ),
    debatable: 'two apps named ShopiVerse; the store column tells them apart for a seller who knows which store',
  },
  {
    name: 'r3 app: values followed by trailing status icons and "Kopyala" text buttons',
    expected: app(C, K),
    html: appShell(
      box(
        'Kimlik Bilgileri',
        field(
          'Müşteri Kimlik Numarası',
          `${C} <svg class="Icon_root__c1" aria-label="Doğrulandı" viewBox="0 0 16 16"><path d="M2 8l4 4 8-8"></path></svg> <button>Kopyala</button>`,
        ) +
          field(
            'Gizli Anahtar',
            `${K} <svg class="Icon_root__c1" aria-label="Gizli" viewBox="0 0 16 16"><path d="M1 8s3-5 7-5 7 5 7 5"></path></svg> <button>Kopyala</button>`,
          ),
      ),
    ),
  },
  {
    name: 'r3 app: integration example code block repeats the real client id, secret shown as placeholder there',
    expected: app(C, K),
    html: appShell(
      `${creds(C, K)}${box('Entegrasyon Örneği', `<pre class="Code_root__cd1"><code>curl -X POST https://api-merchant.joom.com/api/v2/oauth/access_token \\\n  -d client_id=${C} \\\n  -d client_secret=&lt;GIZLI_ANAHTAR&gt; \\\n  -d grant_type=authorization_code</code></pre>`)}`,
    ),
  },
  {
    name: 'r3 app: app page header shows "Mağaza Kimlik No" of its store in a subtitle',
    expected: app(C, K, S),
    html: shell(title('ShopiVerse', `<p class="Text_small__s1">Mağaza: Anadolu Halı · Mağaza Kimlik No: ${S}</p>`) + creds(C, K), ''),
  },
  {
    name: 'r3 app: "Kopyalandı" toast showing the client id of another application on the list page',
    expected: none,
    html:
      shell(
        title('API Uygulamaları') +
          `<ul class="AppList_root__al1"><li><a href="#">ShopiVerse</a> <span>Anadolu Halı</span></li><li><a href="#">Stok Senkron</a> <span>Ege Tekstil</span></li></ul>`,
        '',
      ) + toast(`Kopyalandı: ${C3}`),
  },
  {
    name: 'r3 app: i18n fallback shows English labels beside Turkish section titles, secret revealed with an eye icon',
    expected: app(C, K),
    html: appShell(
      box(
        'Kimlik Bilgileri',
        field('Client ID', mono(C)) +
          field('Secret Key', `${mono(K)}<button aria-label="Gizle"><svg viewBox="0 0 24 24"><path d="M1 12s4-8 11-8"></path></svg></button>`),
      ),
    ),
  },
  {
    name: 'r3 app: label and value in one flex row where the value is truncated by CSS ellipsis, full text in the DOM',
    expected: app(C, K),
    html: appShell(
      box(
        'Kimlik Bilgileri',
        field('Müşteri Kimlik Numarası', mono(C)) +
          field(
            'Gizli Anahtar',
            `<span class="Text_mono__p0O9i" style="display:inline-block;max-width:120px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap" title="${K}">${K}</span>${copy(K)}`,
          ),
      ),
    ),
    debatable: 'the seller sees "9e107d9d…" but the title and the copy button give the whole value',
  },
  {
    name: 'r3 app: "Kimlik Bilgileri" with an open tooltip on the copy button ("Panoya kopyala")',
    expected: app(C, K),
    html:
      appShell(creds(C, K)) +
      '<div class="Tooltip_portal__tp1"><div role="tooltip" class="Tooltip_root__tp2" style="position:absolute;top:260px;left:520px">Panoya kopyala</div></div>',
  },
  {
    name: 'r3 app: list with one application card showing the client id and a "Kimlik No" of its store',
    expected: app(C, null, S),
    html: shell(
      title('API Uygulamaları', '<button class="Button_primary__b1">Yeni Uygulama Oluştur</button>') +
        `<div class="AppCard_root__ac1"><h3><a href="#">ShopiVerse</a></h3>${field('Mağaza', 'Anadolu Halı')}${field('Mağaza Kimlik No', mono(S))}${field('Müşteri Kimlik Numarası', mono(C))}${field('Gizli Anahtar', '••••••••')}</div>`,
      '',
    ),
    debatable: 'one app on the list: a seller may take its Client ID here; the guide opens the app first',
  },
  {
    name: 'r3 app: two revealed secrets in the secrets history, both "Aktif" during a grace period',
    expected: app(C, 'ambiguous'),
    html: appShell(
      box('Kimlik Bilgileri', field('Müşteri Kimlik Numarası', mono(C))) +
        box(
          'Gizli Anahtarlar',
          table(
            ['Gizli Anahtar', 'Durum', 'Oluşturulma'],
            [
              [K, 'Aktif', '10.11.2026'],
              [K2, 'Aktif (7 gün içinde sona erecek)', '01.10.2026'],
            ],
          ),
        ),
    ),
    debatable: 'the newer one is the one to use; a careful seller might ask',
  },
  {
    name: 'r3 app: Russian panel with "Client ID" and "Секрет приложения"',
    expected: app(C, K),
    html: appShell(box('Учетные данные', field('Client ID', mono(C)) + field('Секрет приложения', mono(K)))),
    debatable: "the Russian secret label is a guess at the panel's wording",
  },
];

export const ROUND3_PAGES: UnseenPage[] = [...storeSettings, ...otherObjects, ...appPages];
