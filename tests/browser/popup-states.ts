import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JOOM_APPS, JOOM_STORES } from '../panels/data';
import type { TestPage } from './drivers';
import { writeState } from './write-state';

// Every state the popup can be in, as the facts the background would have stored: the popup-states spec checks
// each (fits 420 × 600, its primary action visible without scrolling, axe-core clean) and npm start photographs
// each in both languages. Written through the background's queue from the popup page (write-state.ts), so each state
// is exact and quick to reach; the journey specs reach them the seller's way.

const [store, storeTwo] = JOOM_STORES as [(typeof JOOM_STORES)[0], (typeof JOOM_STORES)[0]];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const at = Date.UTC(2026, 11, 1, 9, 30);
const storeRecord = { storeId: store.id, name: store.name, seenAt: at, source: { how: 'read', page: `/panel/stores/${store.id}`, label: 'Kimlik No', at } };
const appRecord = {
  clientId: app.clientId,
  title: app.title,
  redirectUrl: app.redirectUrl,
  storeId: store.id,
  seenAt: at + 1,
  source: { how: 'read', page: `/panel/api/${app.id}`, label: 'Müşteri Kimlik Numarası', at: at + 1 },
};
const base = { stores: { [store.id]: storeRecord }, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} };
const withApp = { ...base, apps: { [app.clientId]: appRecord } };
const secrets = {
  secrets: { [app.clientId]: app.secret },
  secretSources: { [app.clientId]: { how: 'read', page: `/panel/api/${app.id}`, label: 'Gizli Anahtar', at: at + 1 } },
};
const pushed = { ...withApp, pushes: { [store.id]: { at: at + 2 } }, lastPushed: store.id };
const saved = { ...pushed, saved: { [store.id]: { at: at + 3 } } };
const authorized = { ...saved, auth: { [store.id]: { at: at + 4, result: 'code' } } };
const images = {
  page: 'https://app.shopiverse.tech/tr/products',
  at: at + 5,
  verdicts: [
    { url: 'https://cdn.shopiverse.tech/p/kilim-1.jpg', status: 'ok', reasons: [], width: 1000, height: 1000, approximate: false },
    { url: 'https://cdn.shopiverse.tech/p/kilim-2.jpg', status: 'ok', reasons: [], width: 900, height: 1200, approximate: false },
  ],
};
const dimensions = { page: 'https://app.shopiverse.tech/tr/products/new', at: at + 6, checked: 8, issues: [] };

/** The Joom page that offered the choices: open while the popup shows them (a closed page's choices go away). */
export const CHOICES_PAGE = '/panel/stores/two';

export interface PopupState {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  /** The next step the popup's card must show. */
  next: string;
  /** A Joom page that must be open for this state (the choices' page). */
  joomPage?: string;
}

/** The Secret Key read again with another value: the question the conflict state asks (and the offer waits on). */
export const SECRET_CHANGED = {
  field: 'secret',
  owner: app.clientId,
  current: app.secret,
  incoming: 'b1b2b3b4b5b6b7b8b9b0c1c2c3c4c5c6',
  source: { how: 'read', page: '/panel/api/later', at: at + 9 },
} as const;
export const POPUP_STATES: Record<string, PopupState> = {
  empty: { local: {}, session: {}, next: 'store-id' },
  reading: { local: base, session: {}, next: 'api-app' },
  choose: {
    local: {},
    session: {
      choices: {
        page: CHOICES_PAGE,
        at: at + 10,
        context: {},
        fields: {
          storeId: [
            { value: store.id, label: 'Kimlik No', section: store.name },
            { value: storeTwo.id, label: 'Kimlik No', section: storeTwo.name },
          ],
        },
      },
    },
    next: 'choose',
    joomPage: CHOICES_PAGE,
  },
  conflict: {
    local: withApp,
    session: {
      ...secrets,
      conflicts: [SECRET_CHANGED],
    },
    next: 'conflict',
  },
  // A store a page offered: the card stays the seller's own next step, the offer a bar under it (issue 17). While the
  // card asks a question the offer waits (offerHeld).
  offer: {
    local: {
      ...withApp,
      stores: { ...base.stores, [storeTwo.id]: { storeId: storeTwo.id, name: storeTwo.name, seenAt: at + 8 } },
      selected: store.id,
      offers: [storeTwo.id],
    },
    session: secrets,
    next: 'pushed',
  },
  ready: { local: withApp, session: secrets, next: 'pushed' },
  pushed: { local: pushed, session: secrets, next: 'saved' },
  // The same step once the form was seen in ShopiVerse's English interface: the menu paths in the panel's words only.
  pushedEnglishPanel: {
    local: pushed,
    session: { ...secrets, shopiverseNames: { save: 'Save', status: 'Status', authorize: 'Request Authorization' } },
    next: 'saved',
  },
  saved: { local: saved, session: secrets, next: 'authorized' },
  authorized: { local: authorized, session: secrets, next: 'images' },
  connected: { local: authorized, session: { ...secrets, images, dimensions }, next: 'connected' },
  error: { local: { ...saved, auth: { [store.id]: { at: at + 4, result: 'error', error: 'access_denied' } } }, session: secrets, next: 'authorized' },
  redirect: {
    local: { ...withApp, apps: { [app.clientId]: { ...appRecord, redirectUrl: 'https://app.shopiverse.tech/settings/store/joomcallbackcode' } } },
    session: secrets,
    next: 'api-app',
  },
};

/** Write a state's facts from the popup page, and wait for the popup to show its next step. */
export async function showState(popup: TestPage, state: PopupState): Promise<void> {
  await writeState(popup, {
    local: { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {}, ...state.local },
    session: { secrets: {}, ...state.session },
  });
  await popup.waitFor((next) => document.querySelector(`[data-next="${next}"]`) !== null, state.next, 15_000);
}

/**
 * axe-core run in the page. Its source is handed over as the body of the function the driver sends (a function the
 * automation protocol compiles), so an extension page's CSP, which refuses eval, does not stand in the way.
 */
export async function runAxe(page: TestPage): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const body = `${source}
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')) }));`;
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => () => Promise<unknown>;
  return (await page.evaluate(new AsyncFunction(body) as never)) as { id: string; impact: string; nodes: string[] }[];
}
