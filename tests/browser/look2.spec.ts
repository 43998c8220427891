import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBundle, ROOT } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { type OfflinePage, openOfflinePage } from './drivers/offline';

// s30-look2 review probes (page-script reader, real layout). LOOK2_PROBE=1 runs them; the failing ones document
// findings against 6345e1a / a0a185e.
type Out = { value: string | null; all: string[] };
const ID = '64f1a2b3c4d5e6f708192a3b';
const HEAD = `scrollTo(0,0); document.body.innerHTML = '<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><div id="root"></div>'; document.body.style.cssText='background:#fff;color:#111;font:16px sans-serif';`;


/** A host whose root assigns its text nodes by hand (slotAssignment: 'manual'): the first text to slot a, the rest to slot b. */
const manual = (texts: string[], root: string, assign = 'a.assign(t[0]); b.assign(...t.slice(1));') => `
  const host = document.createElement('jm-id');
  const t = ${JSON.stringify(texts)}.map((x) => document.createTextNode(x));
  host.append(...t);
  const root = host.attachShadow({ mode: 'open', slotAssignment: 'manual' });
  root.innerHTML = ${JSON.stringify(root)};
  const a = root.getElementById('a'); const b = root.getElementById('b');
  document.getElementById('root').append(host);
  ${assign}`;
const SLIVER = 'display:inline-block;width:3px;height:3px;overflow:hidden;vertical-align:middle';
export const CASES: [string, string, string | null][] = [
  ['control: manual slots, label and ID both shown', manual(['Kimlik No: ', ID], '<slot id="a"></slot><slot id="b"></slot>'), ID],
  ['manual: label shown, ID in a 3px overflow box', manual(['Kimlik No: ', ID], `<slot id="a"></slot><span style="${SLIVER}"><slot id="b"></slot></span>`), null],
  ['manual: label shown, ID in scaleX(0.04)', manual(['Kimlik No: ', ID], '<slot id="a"></slot><span style="display:inline-block;transform:scaleX(0.04);transform-origin:0 0"><slot id="b"></slot></span>'), null],
  ['manual: label shown, ID turned 180deg', manual(['Kimlik No: ', ID], '<slot id="a"></slot><span style="display:inline-block;transform:rotate(180deg)"><slot id="b"></slot></span>'), null],
  ['manual: label shown, ID clip-path sliver', manual(['Kimlik No: ', ID], '<slot id="a"></slot><span style="display:inline-block;clip-path:inset(0 0 0 98%)"><slot id="b"></slot></span>'), null],
  ['manual: label shown, ID under a cover', manual(['Kimlik No: ', ID], '<slot id="a"></slot><span style="position:relative;display:inline-block"><slot id="b"></slot><span style="position:absolute;inset:0;background:#fff"></span></span>'), null],
  ['manual: label in root, first half shown, second half in 3px box', manual([ID.slice(0, 12), ID.slice(12)], `<span>Kimlik No</span> <code><slot id="a"></slot><span style="${SLIVER}"><slot id="b"></slot></span></code>`), null],
];

describe.runIf(process.env.LOOK2_PROBE === '1')(`look2 probes (${BROWSER})`, () => {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    const script = await pageBundle(join(ROOT, 'tests', 'browser', 'look2-entry.ts'), 'look2-entry.js');
    page = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/stores/x', script, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.close();
  });
  const run = async (script: string, field: 'storeId' | 'clientId' | 'secret' = 'storeId') => {
    await (page as OfflinePage).evaluate((source) => new Function(source)(), HEAD + script);
    return (page as OfflinePage).evaluate((f) => (window as unknown as { look2: { read: (f: string) => Promise<Out> } }).look2.read(f), field);
  };
  const cases = (process.env.LOOK2_CASES ? JSON.parse(process.env.LOOK2_CASES) : []) as [string, string, string | null][];
  for (const [name, script, expected] of [...CASES, ...cases])
    it(name, async () => {
      const out = await run(script);
      console.log(`${BROWSER} [${name}] -> ${JSON.stringify(out)}`);
      expect(out.value).toBe(expected);
    });
});
