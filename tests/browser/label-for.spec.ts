import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { decideWithOffers, type OfflinePage, openOfflinePage } from './drivers/offline';

// A label's `for` names its control by id (the pages writer of s47, H1): the browser takes the first element of that id
// in the tree, and the reader trusted it wherever it pointed. A webhook form's input above the application's, sharing
// an id, gave the Client ID the webhook's ID; three copy fields of one reused component, all `id="copy-field"`, read
// the Store ID three times; a stray `for` named a webhook's input further down. Now a `for` counts where its id is the
// only one in the tree, no other label names the control, and no other label or heading stands between them; else the
// layout tells. Generated: every way of the class, in two layouts and both languages; and the pairs a `for` names
// rightly still read.

const S = '5ac428108b2c3703c514adae';
const C = '7d1f04b2e9a36c58';
const K = '3e9a0c7f51b24d86a1f09e3c7b5d2a48';
const W = '9e0f1a2b3c4d5e6f70819203';
const K2 = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const WORDS = {
  tr: { storeId: 'Kimlik No', clientId: 'Müşteri Kimlik Numarası', secret: 'Gizli Anahtar', hook: 'Webhook ID', hookSecret: 'İmza Anahtarı' },
  en: { storeId: 'Store ID', clientId: 'Client ID', secret: 'Client secret', hook: 'Webhook ID', hookSecret: 'Signing secret' },
};
const FOREIGN: Record<string, string> = { [W]: 'a webhook’s ID', [K2]: 'a webhook’s secret' };
const OWN: Record<string, string> = { storeId: S, clientId: C, secret: K };

/** A label and its read-only input, as a form lays them out: a block label over its field, or a row of two boxes. */
const FIELD: Record<string, (label: string, forId: string, id: string, value: string) => string> = {
  'label over field': (label, forId, id, value) =>
    `<div style="margin:8px 0"><label for="${forId}" style="display:block">${label}</label><input id="${id}" readonly value="${value}" style="width:340px"></div>`,
  'label beside field': (label, forId, id, value) =>
    `<div style="display:flex;gap:12px;margin:8px 0"><div style="width:200px"><label for="${forId}">${label}</label></div><div><input id="${id}" readonly value="${value}" style="width:340px"></div></div>`,
};

/** [what, the page in a layout and a language, whether the three fields must be read (SCK) or only never another's]. */
function* pages(): Generator<[string, string, boolean]> {
  for (const l of ['tr', 'en'] as const) {
    const w = WORDS[l];
    for (const [layoutName, field] of Object.entries(FIELD)) {
      const name = (what: string) => `${l}, ${layoutName}: ${what}`;
      yield [
        name("a webhook form above, sharing the Client ID's input id"),
        `<main><h2>Webhooks</h2>${field(w.hook, 'f0', 'f0', W)}${field(w.hookSecret, 'f1', 'f1', K2)}<h2>API</h2>${field(w.clientId, 'f0', 'f0', C)}${field(w.secret, 'f1', 'f1', K)}<p>${w.storeId}: <b>${S}</b></p></main>`,
        false,
      ];
      yield [
        name('one copy field component three times, one id'),
        `<main><h2>API</h2>${field(w.storeId, 'copy-field', 'copy-field', S)}${field(w.clientId, 'copy-field', 'copy-field', C)}${field(w.secret, 'copy-field', 'copy-field', K)}</main>`,
        false,
      ];
      yield [
        name('a hidden field first with the id'),
        `<main><div style="display:none"><input id="cid" value="${W}"></div><h2>API</h2><p>${w.storeId}: <b>${S}</b></p>${field(w.clientId, 'cid', 'cid', C)}${field(w.secret, 'sec', 'sec', K)}</main>`,
        false,
      ];
      yield [
        name("a stray for naming a webhook's labelled input below"),
        `<main><h2>API</h2><p>${w.storeId}: <b>${S}</b></p>${field(w.clientId, 'hook-id', 'client-id', C)}${field(w.secret, 'sec', 'sec', K)}<h3>Webhooks</h3>${field(w.hook, 'hook-id', 'hook-id', W)}</main>`,
        false,
      ];
      yield [
        name('a stray for naming an unlabelled input after a heading'),
        `<main><h2>API</h2><p>${w.storeId}: <b>${S}</b></p>${field(w.clientId, 'x9', 'client-id', C)}${field(w.secret, 'sec', 'sec', K)}<h3>Webhooks</h3><input id="x9" readonly value="${W}" style="width:340px"></main>`,
        false,
      ];
      // What a `for` names rightly.
      yield [
        name('each label naming its own field'),
        `<main><h2>API</h2>${field(w.storeId, 'a', 'a', S)}${field(w.clientId, 'b', 'b', C)}${field(w.secret, 'c', 'c', K)}</main>`,
        true,
      ];
    }
  }
}

describe(`a label's for names its own field only (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/for', await benchBundle(), { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('never decides or offers another field’s or object’s value through a for, and reads the fields a for names rightly', async () => {
    const all = [...pages()];
    const wrong: string[] = [];
    for (const [what, html, mustRead] of all) {
      const decided = await decideWithOffers(offline as OfflinePage, html);
      for (const [field, { value, offered }] of Object.entries(decided)) {
        for (const item of new Set([value, ...offered]))
          if (item && item !== OWN[field]) wrong.push(`${what}: ${field} ${value === item ? 'read' : 'offered'} ${FOREIGN[item] ?? `another field’s ${item}`}`);
        if (mustRead && value !== OWN[field]) wrong.push(`${what}: ${field} read ${value}`);
      }
    }
    expect(all.length).toBe(2 * 2 * 6);
    expect(wrong.join('\n')).toBe('');
  }, 120_000);
});
