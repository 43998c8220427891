import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';
import { useAttackPage } from './drivers/attack-page';
import { openApiForm, pushAndSave, readApp, readStore } from './steps';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The second adversarial review of issue 16 (attack2): holes left in "seen", in the form's qualification and in the
// submit paths, each as a generated list of members of its class with a known answer. Every case here is expected
// to FAIL on the reviewed code (d209edc); the first case of each list is a control that must pass.

const PLANTED = '5f0c3e9a7b1d2e4f6a8b9c0d';

/** A Joom store page whose only Store ID is `valueHtml` (with `style` in the head of the body). */
const storePage = (valueHtml: string, style = '') =>
  `${style ? `<style>${style}</style>` : ''}<main><h1>Anadolu Halı</h1><section><h2>Genel Bilgi</h2><dl>` +
  '<div><dt>Mağaza Adı</dt><dd><span>Anadolu Halı</span></dd></div>' +
  `<div><dt>Kimlik No</dt><dd>${valueHtml}</dd></div></dl></section></main>`;

/**
 * Ways to make a Store ID unreadable to the seller that the one definition of "seen" misses: blending, filters,
 * masks, a shadow drawn far away, ::first-line, colours it cannot parse (unknown counts as seen), covers that are
 * not hit-testable (pointer-events:none, box-shadow, a pseudo-element, backdrop-filter), squashed glyphs, SVG fill.
 */
const UNSEEN_STORE_IDS: { name: string; html: string }[] = [
  { name: 'mix-blend-mode: screen (black text turns white on white)', html: storePage(`<span style="color:#000;mix-blend-mode:screen">${PLANTED}</span>`) },
  { name: 'mix-blend-mode: lighten', html: storePage(`<span style="color:#000;mix-blend-mode:lighten">${PLANTED}</span>`) },
  { name: 'filter: invert(1) on black text', html: storePage(`<span style="color:#000;filter:invert(1)">${PLANTED}</span>`) },
  { name: 'filter: brightness(50)', html: storePage(`<span style="color:#333;filter:brightness(50)">${PLANTED}</span>`) },
  { name: 'filter: blur(12px)', html: storePage(`<span style="filter:blur(12px)">${PLANTED}</span>`) },
  {
    name: 'mask-image: fully transparent',
    html: storePage(
      `<span style="-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)">${PLANTED}</span>`,
    ),
  },
  { name: 'white text with its only shadow 5000px away', html: storePage(`<span style="color:#fff;text-shadow:0 -5000px 0 #000">${PLANTED}</span>`) },
  { name: 'transparent text with a stroke of 0.01px', html: storePage(`<span style="color:transparent;-webkit-text-stroke:0.01px #000">${PLANTED}</span>`) },
  { name: '::first-line painted white', html: storePage(`<span class="fl" style="display:block">${PLANTED}</span>`, '.fl::first-line{color:#fff}') },
  { name: 'white as oklch(1 0 0) (an unparsed colour counts as seen)', html: storePage(`<span style="color:oklch(1 0 0)">${PLANTED}</span>`) },
  { name: 'white as lab(100 0 0)', html: storePage(`<span style="color:lab(100 0 0)">${PLANTED}</span>`) },
  { name: 'white as color-mix()', html: storePage(`<span style="color:color-mix(in srgb, #fff 100%, #000)">${PLANTED}</span>`) },
  {
    name: 'white text on a white gradient (a background image counts as seen)',
    html: storePage(`<span style="color:#fff;background-image:linear-gradient(#fff,#fff)">${PLANTED}</span>`),
  },
  {
    name: 'an opaque cover with pointer-events:none',
    html: storePage(
      `<span style="position:relative;display:inline-block"><span>${PLANTED}</span><span style="position:absolute;inset:-2px;background:#fff;pointer-events:none"></span></span>`,
    ),
  },
  {
    name: 'an opaque ::after of the value’s own box',
    html: storePage(
      `<span class="cv" style="position:relative;display:inline-block">${PLANTED}</span>`,
      '.cv::after{content:"";position:absolute;inset:-2px;background:#fff}',
    ),
  },
  {
    name: 'a box-shadow of a 1px box painted over it',
    html: storePage(
      `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;left:50%;top:50%;width:1px;height:1px;box-shadow:0 0 0 400px #fff"></i></span>`,
    ),
  },
  {
    name: 'a backdrop-filter layer (transparent background) whitening what is under it',
    html: storePage(
      `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;inset:-2px;backdrop-filter:brightness(50)"></i></span>`,
    ),
  },
  { name: 'glyphs piled on one another (letter-spacing:-1em)', html: storePage(`<span style="letter-spacing:-1em">${PLANTED}</span>`) },
  { name: 'squashed to 15% of its height', html: storePage(`<span style="display:inline-block;transform:scaleY(0.15)">${PLANTED}</span>`) },
  { name: 'SVG text filled white', html: storePage(`<svg width="320" height="24"><text x="0" y="16" fill="#fff">${PLANTED}</text></svg>`) },
];

/** An Api Tanım form (named fields, id "api", POST back to ShopiVerse), with `around` wrapping it and `after` beside it. */
const apiForm = (opts: { formAttrs?: string; around?: string; after?: string; style?: string } = {}) =>
  `${opts.style ? `<style>${opts.style}</style>` : ''}<main><div${opts.around ? ` style="${opts.around}"` : ''}>` +
  `<div class="banner">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>` +
  `<form id="api"${opts.formAttrs ?? ' method="post"'}>` +
  '<div><input type="checkbox" name="status"><span>Durum</span></div>' +
  '<div><div>Secret Key</div><input name="secret" placeholder="Secret Key"></div>' +
  '<div><div>Client Id</div><input name="clientId" placeholder="Client Id"></div>' +
  '<div><div>Store Id</div><input name="storeId" placeholder="Store Id"></div>' +
  `<button type="submit">Kaydet</button></form></div>${opts.after ?? ''}</main>`;

/** Ways to hide the whole form from the seller while every part still passes "seen" and the hit test. */
const HIDDEN_FORMS: { name: string; html: string }[] = [
  {
    name: 'a white page-wide cover with pointer-events:none',
    html: apiForm({ after: '<div style="position:fixed;inset:0;background:#fff;z-index:9;pointer-events:none"></div>' }),
  },
  {
    name: 'a page-wide backdrop-filter layer with pointer-events:none',
    html: apiForm({ after: '<div style="position:fixed;inset:0;backdrop-filter:brightness(50);z-index:9;pointer-events:none"></div>' }),
  },
  { name: 'the form’s box under filter: brightness(50)', html: apiForm({ around: 'filter:brightness(50)' }) },
  { name: 'the form’s box under mix-blend-mode: screen over white', html: apiForm({ around: 'mix-blend-mode:screen;color:#000' }) },
  {
    name: 'the form’s box fully masked',
    html: apiForm({ around: '-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)' }),
  },
  {
    name: 'a 1px box whose box-shadow paints the whole page white',
    html: apiForm({ after: '<div style="position:fixed;right:0;bottom:0;width:1px;height:1px;z-index:9;box-shadow:0 0 0 5000px #fff"></div>' }),
  },
];

/** Forms whose values a submission would put into a URL (history on disk, logs, Referer), and the refusal. */
const GET_FORMS: { name: string; html: string }[] = [
  // A form with neither action nor method qualifies (an SPA's form says neither and sends itself); the native GET it
  // would make is stopped at the submission: tests/browser/submit-guard.spec.ts.
  { name: 'a form with method="get" and no action', html: apiForm({ formAttrs: ' method="get"' }) },
  {
    name: 'an injected submitter outside the form joined by form="api" with formmethod="get" and no formaction',
    html: apiForm({ after: '<button form="api" formmethod="get">Yorumu gönder</button>' }),
  },
  {
    name: 'a hidden default button placed first: Enter in the Secret Key field GETs the values',
    html: apiForm({ formAttrs: ' method="post"' }).replace(
      '<form id="api" method="post">',
      '<form id="api" method="post"><button formmethod="get" style="display:none"></button>',
    ),
  },
];

/**
 * Injected markup on a ShopiVerse page that is not the store's Api Tanım tab (a product description, a support
 * message rendered from HTML a sanitizer lets forms and inputs through): a complete look-alike whose form posts
 * back to app.shopiverse.tech, to an endpoint that shows what it receives to someone else. "Nowhere else" only
 * checks the origin, so with no real form on the page it qualifies, the pending push fills it when the seller
 * looks at that tab, and the fill button appears beside it.
 */
const INJECTED_LOOKALIKES: { name: string; html: string }[] = [
  {
    name: 'a product description holding a whole Api Tanım form that posts to a messages endpoint',
    html:
      '<main><h1>Ürün: Kilim</h1><section class="description">' +
      apiForm({ formAttrs: ' action="/tr/support/messages" method="post"' }).replace('<main>', '').replace('</main>', '') +
      '</section></main>',
  },
  {
    name: 'a chat message holding the form without a <form> at all (the page’s own script sends it, as an SPA does)',
    html:
      '<main><h1>Mesajlar</h1><ul class="chat"><li>' +
      apiForm().replace('<main>', '').replace('</main>', '').replace('<form id="api" method="post">', '<div>').replace('</form>', '</div>') +
      '</li></ul></main>',
  },
];

describe(`attack2: holes in "seen", the form qualification and the submit paths (${BROWSER})`, () => {
  const { call } = useAttackPage('https://app.shopiverse.tech/tr/api');

  it('control: a plainly shown Store ID is read, a plain form is located and filled', async () => {
    expect(await call('readStoreId', storePage(`<span>${PLANTED}</span>`))).toBe(PLANTED);
    expect(await call('locate', apiForm())).toBe('one');
    expect(await call('fill', apiForm())).toEqual({ status: 'filled', secretIn: true });
  });

  it(`reads no Store ID the seller cannot see, by ${UNSEEN_STORE_IDS.length} techniques the one definition misses`, async () => {
    const read: string[] = [];
    for (const attack of UNSEEN_STORE_IDS) {
      const value = await call('readStoreId', attack.html);
      if (value === PLANTED) read.push(attack.name);
    }
    console.log(`attack2 unseen Store IDs read in ${BROWSER}: ${read.length} of ${UNSEEN_STORE_IDS.length}\n  ${read.join('\n  ')}`);
    expect(read).toEqual([]);
  }, 120_000);

  it(`fills no form the seller cannot see, by ${HIDDEN_FORMS.length} ways of hiding the whole form`, async () => {
    const filled: string[] = [];
    for (const attack of HIDDEN_FORMS) {
      const outcome = await call('fill', attack.html);
      if (outcome.secretIn) filled.push(`${attack.name} (${outcome.status})`);
    }
    console.log(`attack2 hidden forms filled in ${BROWSER}: ${filled.length} of ${HIDDEN_FORMS.length}\n  ${filled.join('\n  ')}`);
    expect(filled).toEqual([]);
  }, 120_000);

  it(`qualifies no form whose submission would put the Secret Key into a URL (${GET_FORMS.length} ways)`, async () => {
    const qualified: string[] = [];
    for (const attack of GET_FORMS) {
      const status = await call('locate', attack.html);
      if (status === 'one') qualified.push(attack.name);
    }
    console.log(`attack2 GET forms qualified in ${BROWSER}: ${qualified.length} of ${GET_FORMS.length}\n  ${qualified.join('\n  ')}`);
    expect(qualified).toEqual([]);
  }, 120_000);

  it(`qualifies no look-alike form injected into user content on another ShopiVerse page (${INJECTED_LOOKALIKES.length} ways)`, async () => {
    const qualified: string[] = [];
    for (const attack of INJECTED_LOOKALIKES) {
      const status = await call('locate', attack.html);
      if (status === 'one') qualified.push(attack.name);
    }
    console.log(`attack2 injected look-alikes qualified in ${BROWSER}: ${qualified.length} of ${INJECTED_LOOKALIKES.length}\n  ${qualified.join('\n  ')}`);
    expect(qualified).toEqual([]);
  }, 120_000);
});

// The seller's hand on "Fill from Joom Connector": the page styles our host from outside (it is an element of the
// page's DOM), so it can make the button huge and invisible to the eye while it stays "seen" and hit-testable.
// The seller's click anywhere on the page then fills the form, and the page's script reads the Secret Key.
const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];

describe(`attack2: clickjacking the in-page fill button (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('fills nothing when the seller clicks the page while a script has slid our fill button under the pointer, invisible by blend and filter', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await openApiForm(driver, '00159');
    await expect.poll(() => form.ourUi('fill-button'), { timeout: 10_000 }).toEqual([expect.stringContaining('Joom Bağlayıcı ile doldur')]);
    // The point clicked is blank page in both browsers' layouts, away from where our button really sits (in
    // Firefox's layout (400, 300) is on our button itself, where a click rightly fills).
    const blank = await form.evaluate(() => {
      const hit = document.elementFromPoint(400, 500);
      return hit === document.body || hit === document.documentElement || hit?.tagName === 'MAIN';
    });
    expect(blank).toBe(true);
    // The page's own script: our host, styled from outside, follows the pointer (its button's corner under it), white
    // on white and multiplied away. Away from the pointer it covers no part of the form, so the fill's hit tests pass.
    await form.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        'joom-connector-ui[data-key="fill-button"]{position:fixed!important;left:var(--x)!important;top:var(--y)!important;z-index:2147483647!important;' +
        'filter:brightness(0) invert(1)!important;mix-blend-mode:multiply!important}';
      document.head.append(style);
      const follow = (x: number, y: number) => {
        const host = document.querySelector('joom-connector-ui[data-key="fill-button"]') as HTMLElement;
        host.style.setProperty('--x', `${x - 6}px`);
        host.style.setProperty('--y', `${y - 6}px`);
      };
      follow(400, 500);
      addEventListener('pointermove', (event) => follow(event.clientX, event.clientY), true);
      addEventListener('mousemove', (event) => follow(event.clientX, event.clientY), true);
    });
    await wait(300);
    await form.screenshot(`/tmp/attack2-clickjack-${BROWSER}.png`, { fullPage: false });
    // The seller clicks somewhere on the page (the middle of the viewport), not on any button of ours they can see.
    await form.clickAt(400, 500);
    await wait(1500);
    const stolen = await form.evaluate(() => [...document.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value).join(' '));
    expect(stolen).not.toContain(app.secret);
  }, 300_000);
});

describe(`attack2: a forged "authorized" by sliding the real button under the seller's pointer (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('counts no press on “Yetki Talep Et” when a script slid the real button, invisible by blend and filter, under a click on blank page; nor the callback it then visits', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await pushAndSave(driver, '00159');
    await form.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Yetki Talep Et'));
    await form.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Yetki Talep Et') as HTMLElement;
      // The page stays (its script goes to the callback itself below).
      button.addEventListener('click', (event) => event.stopPropagation());
      const style = document.createElement('style');
      style.textContent =
        '.slid{position:fixed!important;left:var(--x)!important;top:var(--y)!important;z-index:2147483647!important;' +
        'filter:brightness(0) invert(1)!important;mix-blend-mode:multiply!important}';
      document.head.append(style);
      button.classList.add('slid');
      const follow = (x: number, y: number) => {
        button.style.setProperty('--x', `${x - 6}px`);
        button.style.setProperty('--y', `${y - 6}px`);
      };
      follow(400, 500);
      addEventListener('pointermove', (event) => follow(event.clientX, event.clientY), true);
      addEventListener('mousemove', (event) => follow(event.clientX, event.clientY), true);
    });
    await wait(300);
    await form.screenshot(`/tmp/attack2-authorize-${BROWSER}.png`, { fullPage: false });
    await form.clickAt(400, 500);
    await wait(1500);
    const pressed = ((await driver.stored()).session as { session?: { authorizeClick?: object } }).session?.authorizeClick;
    await form.goto('https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?code=0123456789abcdef0123456789abcdef');
    await wait(1500);
    const auth = ((await driver.stored()).local as { state?: { auth?: object } }).state?.auth;
    expect({ pressed, auth }).toEqual({ pressed: undefined, auth: {} });
  }, 300_000);

  // The third review's finding 1: an opaque layer with pointer-events: none over our button takes no click (the hit
  // test goes through it), so the seller clicks what the layer shows ("Tamam") and the click lands on our button.
  it('fills nothing when the seller clicks a layer with pointer-events: none laid over our fill button', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await openApiForm(driver, '00159');
    await expect.poll(() => form.ourUi('fill-button'), { timeout: 20_000 }).toEqual([expect.stringContaining('Joom')]);
    const point = await form.evaluate(() => {
      const host = document.querySelector('joom-connector-ui[data-key="fill-button"]') as HTMLElement;
      host.scrollIntoView({ block: 'center' });
      const box = host.getBoundingClientRect();
      const decoy = document.createElement('div');
      decoy.textContent = 'Tamam';
      decoy.style.cssText = `position:fixed;left:${box.left - 4}px;top:${box.top - 4}px;width:${box.width + 8}px;height:${box.height + 8}px;background:#0a0;color:#fff;z-index:99999;pointer-events:none`;
      document.body.append(decoy);
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await wait(300);
    await form.clickAt(point.x, point.y);
    await wait(2000);
    const values = await form.evaluate(() => [...document.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value));
    expect(values).not.toContain(app.secret);
  }, 300_000);
});
