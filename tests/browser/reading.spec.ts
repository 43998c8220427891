import { afterEach, describe, expect, it } from 'vitest';
import { customPages, latePage } from '../panels/routes';
import { BROWSER, browserForSuite, type Driver } from './drivers';
import { popupStates } from './steps';

// The reader on Joom pages laid out unlike the replicas, at the panel's real URLs, rendered late: the five classes
// of page that stopped the journey at its first step (issue 9). Each asserts what was decided, not only that
// nothing threw.

const STORE = '64b7f0c1d2e3f4a5b6c79f8e';
const OTHER_STORE = '0d0c4a5163f24cdfb3280912';
const PRODUCTS = ['5f1e2d3c4b5a69788796a5b4', '6a7b8c9d0e1f2a3b4c5d6e7f', '7b8c9d0e1f2a3b4c5d6e7f80'];
const CLIENT = '1a2b3c4d5e6f7a8b';
const SECRET = '0123456789abcdef0123456789abcdef';
const PLANTED_CLIENT = '9e9e9e9e9e9e9e9e';
const PLANTED_SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

const storePage = (extra = '') => `<h1>Anadolu Halı</h1>
  <section><h2>Genel Bilgi</h2>
    <div class="grid"><div class="lbl">Kimlik No</div><div>${STORE}</div><div class="lbl">Ülke</div><div>Türkiye</div></div>
  </section>${extra}`;

const local = async (driver: Driver) => JSON.stringify((await driver.stored()).local);

describe(`reading pages we have never seen (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });
  afterEach(() => customPages.clear());

  it('takes the Store ID beside "Kimlik No" over a list of products labelled "ID" below it', async () => {
    const rows = PRODUCTS.map((id, i) => `<tr><td>ID</td><td>${id}</td><td>Kilim ${i}</td></tr>`).join('');
    const single = `<h3>Son Ürünler</h3><div class="product"><span>ID</span> <span>${PRODUCTS[0]}</span></div>`;
    customPages.set(`https://merchant.joom.com/panel/stores/${STORE}`, latePage(storePage(`<h3>Son Ürünler</h3><table>${rows}</table>${single}`)));
    const page = await browser().open(`https://merchant.joom.com/panel/stores/${STORE}`);
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(STORE);
    const stored = await local(browser());
    for (const product of PRODUCTS) expect(stored).not.toContain(product);
    expect(stored).not.toContain('ambiguous');
    // The copy button sits beside the Store ID, not beside a product.
    await page.waitFor(() => document.querySelector('joom-connector-ui') !== null);
    expect(await page.evaluate(() => document.querySelector('joom-connector-ui')?.previousElementSibling?.textContent)).toBe(STORE);
    await page.close();
  });

  it('reads a shortened value from its title and the copy button two siblings away', async () => {
    const short = `${OTHER_STORE.slice(0, 6)}…${OTHER_STORE.slice(-4)}`;
    customPages.set(
      `https://merchant.joom.com/panel/stores/${OTHER_STORE}`,
      latePage(`<h1>Ege Tekstil</h1><h2>Genel Bilgi</h2>
        <div class="row"><span>Kimlik No</span><span class="v" title="${OTHER_STORE}">${short}</span><i>⧉</i>
        <button type="button" data-clipboard-text="${OTHER_STORE}">Kopyala</button></div>`),
    );
    const page = await browser().open(`https://merchant.joom.com/panel/stores/${OTHER_STORE}`);
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(OTHER_STORE);
    await page.close();
  });

  it('ignores a hidden widget with the right labels on an application page', async () => {
    customPages.set(
      'https://merchant.joom.com/panel/api/hidden',
      latePage(`<h1>ShopiVerse</h1>
        <div style="display:none"><p>Müşteri Kimlik Numarası: ${PLANTED_CLIENT}</p><p>Gizli Anahtar: ${PLANTED_SECRET}</p></div>
        <div aria-hidden="true"><p>Müşteri Kimlik Numarası: ${PLANTED_CLIENT}</p></div>
        <div style="position:absolute;left:-9999px"><p>Gizli Anahtar: ${PLANTED_SECRET}</p></div>
        <dl><dt>Müşteri Kimlik Numarası</dt><dd>${CLIENT}</dd><dt>Gizli Anahtar</dt><dd>${SECRET}</dd></dl>`),
    );
    const page = await browser().open('https://merchant.joom.com/panel/api/hidden');
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(CLIENT);
    const stored = await browser().stored();
    expect(JSON.stringify(stored)).not.toContain(PLANTED_CLIENT);
    expect(JSON.stringify(stored)).not.toContain(PLANTED_SECRET);
    expect(JSON.stringify(stored.session)).toContain(SECRET);
    expect(JSON.stringify(stored.local)).not.toContain('ambiguous');
    await page.close();
  });
});

describe(`fields painted through shadow roots (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });
  afterEach(() => customPages.clear());
  /**
   * A page whose script builds its web components late, each root filled before its host is put in the page (a
   * change inside a root is no change of the document). Built with DOM calls, as a framework would.
   */
  const componentsPage = (script: string) => `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head>
<body><div id="root"></div><script>
const el = (tag, text) => { const node = document.createElement(tag); if (text) node.textContent = text; return node; };
setTimeout(() => { ${script} }, 300);
</script></body></html>`;

  it('reads the Store ID a closed shadow root paints (the content script opens it)', async () => {
    customPages.set(
      'https://merchant.joom.com/panel/stores/closed-root',
      componentsPage(`const host = el('jm-store-info');
        const root = host.attachShadow({ mode: 'closed' });
        const row = el('div');
        row.append(el('span', 'Kimlik No'), ' ', el('code', '${STORE}'));
        root.append(el('h2', 'Genel Bilgi'), row);
        document.getElementById('root').append(el('h1', 'Anadolu Halı'), host);`),
    );
    const page = await browser().open('https://merchant.joom.com/panel/stores/closed-root');
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(STORE);
    expect(await local(browser())).not.toContain('ambiguous');
    await page.close();
  });

  it('reads labels an open root paints beside the light-DOM values slotted into it', async () => {
    customPages.set(
      'https://merchant.joom.com/panel/api/slotted',
      componentsPage(`const section = el('jm-section');
        const outer = section.attachShadow({ mode: 'open' });
        const box = el('section');
        box.append(el('h2', 'Kimlik Bilgileri'), el('slot'));
        outer.append(box);
        for (const [label, value] of [['Müşteri Kimlik Numarası', '${CLIENT}'], ['Gizli Anahtar', '${SECRET}']]) {
          const cred = el('jm-cred', value);
          const code = el('code');
          code.append(el('slot'));
          cred.attachShadow({ mode: 'open' }).append(el('div', label), code);
          section.append(cred);
        }
        document.getElementById('root').append(el('h1', 'ShopiVerse'), section);`),
    );
    const page = await browser().open('https://merchant.joom.com/panel/api/slotted');
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(CLIENT);
    expect(JSON.stringify((await browser().stored()).session)).toContain(SECRET);
    await page.close();
  });

  // A component that renders its value only after its data arrives: the change is inside the root, which no observer
  // of the document sees (the host was already in the page, empty, at the first scan).
  it('reads a value a component renders into its closed root later, after the page was first scanned', async () => {
    customPages.set(
      'https://merchant.joom.com/panel/stores/late-root',
      componentsPage(`const host = el('jm-store-info');
        const root = host.attachShadow({ mode: 'closed' });
        root.append(el('h2', 'Genel Bilgi'), el('p', 'Yükleniyor…'));
        document.getElementById('root').append(el('h1', 'Anadolu Halı'), host);
        setTimeout(() => {
          const row = el('div');
          row.append(el('span', 'Kimlik No'), ' ', el('code', '${STORE}'));
          root.querySelector('p').replaceWith(row);
        }, 1500);`),
    );
    const page = await browser().open('https://merchant.joom.com/panel/stores/late-root');
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(STORE);
    await page.close();
  });
});

describe(`an application read before its store, and tied by name (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });
  afterEach(() => customPages.clear());
  const appPage = (store: string) =>
    latePage(`<h1>ShopiVerse</h1><div class="grid">
      <div>Unvan</div><div>ShopiVerse</div><div>Mağaza</div><div>${store}</div>
      <div>Müşteri Kimlik Numarası</div><div>${CLIENT}</div><div>Gizli Anahtar</div><div>${SECRET}</div></div>`);

  it('lists an application read first, with its Client ID and Secret Key steps done', async () => {
    customPages.set('https://merchant.joom.com/panel/api/first', appPage('Anadolu Halı'));
    const page = await browser().open('https://merchant.joom.com/panel/api/first');
    await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(CLIENT);
    const popup = await browser().popup();
    const states = await popupStates(popup);
    expect(states).toMatchObject({ 'store-id': 'todo', 'client-id': 'done', secret: 'done' });
    expect(await popup.evaluate(() => document.querySelector('[data-value="clientId"]')?.textContent)).toBe(CLIENT);
    expect(await popup.evaluate(() => document.querySelector('[data-value="secret"]')?.textContent)).not.toContain(SECRET.slice(0, 8));
    await popup.close();
    await page.close();
  });

  it('ties it to the store whose name it shows once that store is read, and pushes for that store', async () => {
    customPages.set(`https://merchant.joom.com/panel/stores/${STORE}`, latePage(storePage()));
    customPages.set(
      `https://merchant.joom.com/panel/stores/${OTHER_STORE}`,
      latePage(`<h1>Ege Tekstil</h1><h2>Genel Bilgi</h2><dl><dt>Kimlik No</dt><dd>${OTHER_STORE}</dd></dl>`),
    );
    customPages.set('https://merchant.joom.com/panel/api/named', appPage('ANADOLU HALI'));
    for (const url of [`https://merchant.joom.com/panel/stores/${STORE}`, `https://merchant.joom.com/panel/stores/${OTHER_STORE}`]) {
      const page = await browser().open(url);
      await expect.poll(() => local(browser()), { timeout: 10_000 }).toContain(url.slice(-24));
      await page.close();
    }
    const app = await browser().open('https://merchant.joom.com/panel/api/named');
    await expect.poll(async () => JSON.parse(await local(browser())).state?.selected, { timeout: 10_000 }).toBe(STORE);
    const popup = await browser().popup();
    const states = await popupStates(popup);
    expect(states).toMatchObject({ 'store-id': 'done', 'client-id': 'done', secret: 'done' });
    expect(await popup.evaluate(() => document.querySelector('[data-value="storeId"]')?.textContent)).toBe(STORE);
    // All three values: the next step is the push, the card's primary button.
    expect(await popup.evaluate(() => document.querySelector('[data-next="pushed"] button[data-push][data-action="next"]') !== null)).toBe(true);
    await popup.close();
    await app.close();
  });
});
