import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { decideCredentials, type OfflinePage, openOfflinePage } from './drivers/offline';

// Another label's value beside ours, in runs of boxes, inputs, table rows and shadow roots' tops (the attack review
// of s45, reviews/review-s45.md): an "Uygulama ID", a "Webhook ID" or a link captioning its own ID. On
// b0bdae6 five of these pages gave a field another label's ID (H1, H2) and six refused a plain label-first layout (M1).
// Each page's decision as three letters (Store ID, Client ID, Secret Key): S, C, K the right value, - refused. None
// may be another value; each is asserted as decided now (a refusal turning into a read is a change to look at too).

const S = '5ac428108b2c3703c514adae';
const C = '7d1f04b2e9a36c58';
const K = '3e9a0c7f51b24d86a1f09e3c7b5d2a48';
/** Another ID of the Store ID's shape: an application's, a webhook's. */
const W = '9e0f1a2b3c4d5e6f70819203';
const letter = (value: string | null) => (value === null ? '-' : value === S ? 'S' : value === C ? 'C' : value === K ? 'K' : value === W ? 'W' : `?(${value})`);

const PAGES: [string, string, string][] = [
  [
    'R0 control: 3 rows label-first text',
    'SCK',
    `<main><h1>API</h1><div><small>Kimlik No</small><b>${S}</b><small>Müşteri Kimlik Numarası</small><b>${C}</b><small>Gizli Anahtar</small><b>${K}</b></div></main>`,
  ],
  [
    'R1 table 4-col: Webhook ID W | Kimlik No S',
    '-C-',
    `<main><h1>API</h1><table><tr><td>Webhook ID</td><td>${W}</td><td>Kimlik No</td><td>${S}</td></tr><tr><td>Müşteri Kimlik Numarası</td><td>${C}</td><td>Gizli Anahtar</td><td>${K}</td></tr></table></main>`,
  ],
  [
    'R2 table 4-col: App ID W | Client ID C',
    'SCK',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Durum</td><td>Aktif</td></tr><tr><td>Uygulama ID</td><td>${W}</td><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>Gizli Anahtar</td><td>${K}</td><td>Oluşturma</td><td>2024-05-01</td></tr></table></main>`,
  ],
  [
    'R3 table 4-col: App ID W | Secret behind Göster button',
    'SC-',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>Uygulama ID</td><td>${W}</td><td>Gizli Anahtar</td><td><button>Göster</button></td></tr></table></main>`,
  ],
  [
    'R3b flat text: App ID W | Secret behind Göster',
    'SC-',
    `<main><h1>API</h1><div><small>Kimlik No</small><b>${S}</b></div><div><small>Müşteri Kimlik Numarası</small><b>${C}</b></div><div><small>Uygulama ID</small><b>${W}</b><small>Gizli Anahtar</small><button>Göster</button></div></main>`,
  ],
  [
    'R3c table 4-col: App ID W | Secret masked text',
    'SC-',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>Uygulama ID</td><td>${W}</td><td>Gizli Anahtar</td><td>••••••••</td></tr></table></main>`,
  ],
  [
    'R3d table 4-col: Client C | Secret behind Göster',
    'SC-',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Durum</td><td>Aktif</td></tr><tr><td>Müşteri Kimlik Numarası</td><td>${C}</td><td>Gizli Anahtar</td><td><button>Göster</button></td></tr></table></main>`,
  ],
  [
    'R4 table: leading ID column',
    '---',
    `<main><h1>API</h1><table><tr><td>${W}</td><td>Kimlik No</td><td>${S}</td></tr><tr><td>1f2e3d4c5b6a7988a0b1c2d3</td><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>0a1b2c3d4e5f60718293a4b5</td><td>Gizli Anahtar</td><td>${K}</td></tr></table></main>`,
  ],
  [
    'R5 input grid with heading',
    'SC-',
    `<main><h1>API</h1><form><h2>Kimlik bilgileri</h2><label>Kimlik No</label><input readonly value="${S}"><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"><label>Gizli Anahtar</label><input type="password" readonly value="${K}"></form></main>`,
  ],
  [
    'R6 input grid: App ID W first',
    'SCK',
    `<main><h1>API</h1><form><h2>Kimlik bilgileri</h2><label>Uygulama ID</label><input readonly value="${W}"><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"><label>Gizli Anahtar</label><input readonly value="${K}"></form><p>Kimlik No: <b>${S}</b></p></main>`,
  ],
  [
    'R6b flat text: App ID W first',
    'SCK',
    `<main><h1>API</h1><div><h2>Kimlik bilgileri</h2><small>Uygulama ID</small><b>${W}</b><small>Müşteri Kimlik Numarası</small><b>${C}</b><small>Gizli Anahtar</small><b>${K}</b></div><p>Kimlik No: <b>${S}</b></p></main>`,
  ],
  [
    'R7 input grid: App ID W, secret not generated (Oluştur)',
    'SC-',
    `<main><h1>API</h1><form><label>Kimlik No</label><input readonly value="${S}"><label>Uygulama ID</label><input readonly value="${W}"><label>Gizli Anahtar</label><button type="button">Oluştur</button><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"></form></main>`,
  ],
  [
    'R8 input grid: secret empty password',
    'SC-',
    `<main><h1>API</h1><form><label>Uygulama ID</label><input readonly value="${W}"><label>Gizli Anahtar</label><input type="password" value=""><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"></form><p>Kimlik No: <b>${S}</b></p></main>`,
  ],
  [
    'R9 label-first, copy button before value',
    'SCK',
    `<main><h1>API</h1><div><small>Kimlik No</small><button>Kopyala</button><b>${S}</b><small>Müşteri Kimlik Numarası</small><button>Kopyala</button><b>${C}</b><small>Gizli Anahtar</small><button>Kopyala</button><b>${K}</b></div></main>`,
  ],
  [
    'R10 captions, a link caption of W, Client empty',
    '---',
    `<main><h1>API</h1><div><b>${S}</b><small>Kimlik No</small><b>${W}</b><a href="#">Webhook ID</a><small>Müşteri Kimlik Numarası</small><b>${K}</b><small>Gizli Anahtar</small></div></main>`,
  ],
  [
    'R10b captions, a link caption of W before Client C',
    '-C-',
    `<main><h1>API</h1><div><b>${S}</b><small>Kimlik No</small><b>${W}</b><a href="#">Webhook ID</a><b>${C}</b><small>Müşteri Kimlik Numarası</small><b>${K}</b><small>Gizli Anahtar</small></div></main>`,
  ],
  [
    'R11 shadow top label-first, App ID before',
    'SCK',
    `<main><h1>API</h1><x-c><template shadowrootmode="open"><small>Uygulama ID</small><b>${W}</b><small>Müşteri Kimlik Numarası</small><b>${C}</b><small>Gizli Anahtar</small><b>${K}</b></template></x-c><p>Kimlik No: <b>${S}</b></p></main>`,
  ],
  [
    'R11b shadow top, App ID W, secret Göster',
    'SC-',
    `<main><h1>API</h1><x-c><template shadowrootmode="open"><small>Müşteri Kimlik Numarası</small><b>${C}</b><small>Uygulama ID</small><b>${W}</b><small>Gizli Anahtar</small><button>Göster</button></template></x-c><p>Kimlik No: <b>${S}</b></p></main>`,
  ],
  [
    'R12 label-first, shortened S (title=S) then Client',
    'SCK',
    `<main><h1>API</h1><div><small>Kimlik No</small><b title="${S}">5ac428…adae</b><small>Müşteri Kimlik Numarası</small><b>${C}</b><small>Gizli Anahtar</small><b>${K}</b></div></main>`,
  ],
  [
    'R13 label-first inputs, Client misfit short then Secret',
    'S-K',
    `<main><h1>API</h1><form><label>Kimlik No</label><input readonly value="${S}"><label>Müşteri Kimlik Numarası</label><input readonly value="ab12"><label>Gizli Anahtar</label><input readonly value="${K}"></form></main>`,
  ],
  [
    'R14 table 2-col label-first, prev row value',
    'SCK',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td></tr><tr><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>Gizli Anahtar</td><td>${K}</td></tr></table></main>`,
  ],
  [
    'R15 table: Store compare, 2 stores',
    'SCK',
    `<main><h1>API</h1><table><tr><th></th><th>Mağaza A</th></tr><tr><th>Kimlik No</th><td>${S}</td></tr><tr><th>Müşteri Kimlik Numarası</th><td>${C}</td></tr><tr><th>Gizli Anahtar</th><td>${K}</td></tr></table></main>`,
  ],
  [
    'R16 input grid: Webhook ID W before Kimlik No',
    '-C-',
    `<main><h1>API</h1><form><label>Webhook ID</label><input readonly value="${W}"><label>Kimlik No</label><input readonly value="${S}"><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"><label>Gizli Anahtar</label><input readonly value="${K}"></form></main>`,
  ],
  [
    'R17 input rows: App ID W | Secret behind Göster',
    'SC-',
    `<main><h1>API</h1><form><div><label>Kimlik No</label><input readonly value="${S}"></div><div><label>Müşteri Kimlik Numarası</label><input readonly value="${C}"></div><div><label>Uygulama ID</label><input readonly value="${W}"><label>Gizli Anahtar</label><button type="button">Göster</button></div></form></main>`,
  ],
  [
    'R3e table 4-col: App ID W | Secret masked + Göster in one cell',
    'SC-',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Müşteri Kimlik Numarası</td><td>${C}</td></tr><tr><td>Uygulama ID</td><td>${W}</td><td>Gizli Anahtar</td><td><span>••••••••</span> <button>Göster</button></td></tr></table></main>`,
  ],
  [
    'R2b table 4-col: App ID W | Client shortened, no full',
    'S-K',
    `<main><h1>API</h1><table><tr><td>Kimlik No</td><td>${S}</td><td>Gizli Anahtar</td><td>${K}</td></tr><tr><td>Uygulama ID</td><td>${W}</td><td>Müşteri Kimlik Numarası</td><td>7d1f04…6c58</td></tr></table></main>`,
  ],
];

describe(`another label's value beside ours (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/labels', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('is never given to our field, and a plain label-first layout is read', async () => {
    const wrong: string[] = [];
    for (const [what, expected, html] of PAGES) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      const read = `${letter(decided.storeId)}${letter(decided.clientId)}${letter(decided.secret)}`;
      if (read !== expected) wrong.push(`${what}: ${read}, expected ${expected}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 120_000);
});
