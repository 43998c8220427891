import { describe, expect, it } from 'vitest';
import { checklist } from './checklist';
import { storeOfApp } from './record-queries';
import { EMPTY_LOCAL, EMPTY_SESSION, type LocalState, type SessionState } from './records';

const STORE = '5ac428108b2c3703c514adae';
const OTHER = '64f1a2b3c4d5e6f708192a3b';
const CLIENT = '9f3c2a1b4d5e6f70';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const GOOD = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';

const local = (patch: Partial<LocalState> = {}): LocalState => ({ ...structuredClone(EMPTY_LOCAL), ...patch });
const session = (patch: Partial<SessionState> = {}): SessionState => ({ ...structuredClone(EMPTY_SESSION), ...patch });
const states = (list: ReturnType<typeof checklist>) => Object.fromEntries(list.steps.map((step) => [step.id, step.state]));

describe('checklist', () => {
  it('starts with every step to do', () => {
    const list = checklist(local(), session());
    expect(Object.values(states(list)).every((state) => state === 'todo')).toBe(true);
    expect(list.done).toBe(0);
    expect(list.total).toBe(7);
  });

  it('follows the journey from the facts', () => {
    const facts = local({
      stores: { [STORE]: { storeId: STORE, name: 'Anadolu', seenAt: 1 } },
      apps: { [CLIENT]: { clientId: CLIENT, storeId: STORE, redirectUrl: GOOD, seenAt: 2 } },
      pushes: { [STORE]: { at: 3 } },
      saved: { [STORE]: { at: 4 } },
      auth: { [STORE]: { at: 5, result: 'code' } },
    });
    const list = checklist(facts, session({ secrets: { [CLIENT]: SECRET } }));
    expect(list.done).toBe(7);
    expect(list.hasError).toBe(false);
  });

  it('flags a wrong redirect URL and a refused authorization as errors', () => {
    const facts = local({
      stores: { [STORE]: { storeId: STORE, seenAt: 1 } },
      apps: { [CLIENT]: { clientId: CLIENT, storeId: STORE, redirectUrl: 'http://app.shopiverse.tech/tr/settings/store/joomcallbackcode', seenAt: 2 } },
      auth: { [STORE]: { at: 5, result: 'error', error: 'access_denied' } },
    });
    const list = checklist(facts, session());
    expect(states(list)['api-app']).toBe('error');
    expect(states(list).authorized).toBe('error');
    expect(list.redirect?.problems).toEqual(['scheme']);
    expect(list.hasError).toBe(true);
  });

  it('does not count a save older than the latest push', () => {
    const facts = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 } }, pushes: { [STORE]: { at: 10 } }, saved: { [STORE]: { at: 5 } } });
    expect(states(checklist(facts, session())).saved).toBe('todo');
  });

  it('says "saved, not yet confirmed" after the seller’s press on Kaydet until the form shown again confirms it', () => {
    const facts = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 } }, pushes: { [STORE]: { at: 10, code: '00159' } } });
    const pressed = session({ saveClick: { storeId: STORE, code: '00159', at: 12, clickedAt: 12 } });
    const saved = checklist(facts, pressed).steps.find((step) => step.id === 'saved');
    expect(saved).toEqual({ id: 'saved', state: 'todo', detail: 'stepSavedUnconfirmed' });
    // A press before the latest push is not this push's save.
    const before = checklist(facts, session({ saveClick: { storeId: STORE, code: '00159', at: 9, clickedAt: 9 } })).steps.find((step) => step.id === 'saved');
    expect(before?.detail).toBeUndefined();
    expect(states(checklist({ ...facts, saved: { [STORE]: { at: 13 } } }, pressed)).saved).toBe('done');
  });

  it.each([
    ['no form reported since the push', undefined, 'stepPushedPending'],
    ['a page without a form', { status: 'noForm', at: 21 }, 'stepPushedPending'],
    ['a Joom store’s form in a tab the seller is not looking at', { status: 'one', at: 21 }, 'stepPushedLook'],
    ['a form that is not a Joom store’s', { status: 'notJoom', at: 21 }, 'fill_notJoom'],
    ['a form that sends elsewhere', { status: 'offsite', at: 21 }, 'fill_offsite'],
    ['two forms', { status: 'manyForms', at: 21 }, 'fill_manyForms'],
    ['a report from before the push', { status: 'notJoom', at: 19 }, 'stepPushedPending'],
  ] as const)('never waits silently: %s', (_name, formSeen, detail) => {
    const facts = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 } } });
    const list = checklist(facts, session({ pending: { storeId: STORE, at: 20 }, formSeen }), STORE, 30);
    expect(list.steps.find((step) => step.id === 'pushed')?.detail).toBe(detail);
  });

  it('says a push waited too long, rather than that it waits', () => {
    const facts = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 } } });
    const pending = session({ pending: { storeId: STORE, at: 20 } });
    expect(checklist(facts, pending, STORE, 20 + 10 * 60 * 1000).steps.find((step) => step.id === 'pushed')?.detail).toBe('stepPushedPending');
    expect(checklist(facts, pending, STORE, 21 + 10 * 60 * 1000).steps.find((step) => step.id === 'pushed')?.detail).toBe('stepPushedExpired');
  });

  it('counts an application read before any store: its Client ID and Secret Key steps are done', () => {
    const facts = local({ apps: { [CLIENT]: { clientId: CLIENT, title: 'ShopiVerse', seenAt: 1 } } });
    const list = checklist(facts, session({ secrets: { [CLIENT]: SECRET } }));
    expect(states(list)).toMatchObject({ 'store-id': 'todo', 'api-app': 'done', 'client-id': 'done', secret: 'done', pushed: 'todo' });
  });

  it('shows the secret step waiting when the panel masked it', () => {
    const facts = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 } }, note: { kind: 'masked', field: 'secret', at: 1 } });
    expect(checklist(facts, session()).steps.find((step) => step.id === 'secret')?.detail).toBe('noteMasked');
  });
});

describe('storeOfApp', () => {
  it('ties an application to the store its page names, by ID or by name', () => {
    const state = local({ stores: { [STORE]: { storeId: STORE, name: 'Anadolu', seenAt: 1 }, [OTHER]: { storeId: OTHER, name: 'Ege', seenAt: 2 } } });
    expect(storeOfApp(state, { clientId: CLIENT, storeId: OTHER, seenAt: 3 })).toBe(OTHER);
    expect(storeOfApp(state, { clientId: CLIENT, storeName: 'Anadolu', seenAt: 3 })).toBe(STORE);
  });

  it('matches a store name the way a seller reads it: Turkish case, spacing and apostrophes folded', () => {
    const state = local({
      stores: { [STORE]: { storeId: STORE, name: 'Anadolu Halı', seenAt: 1 }, [OTHER]: { storeId: OTHER, name: "Ege'nin Evi", seenAt: 2 } },
    });
    expect(storeOfApp(state, { clientId: CLIENT, storeName: 'ANADOLU  HALI', seenAt: 3 })).toBe(STORE);
    expect(storeOfApp(state, { clientId: CLIENT, storeName: 'Ege’nin evi', seenAt: 3 })).toBe(OTHER);
    expect(storeOfApp(state, { clientId: CLIENT, storeName: 'Anadolu', seenAt: 3 })).toBeUndefined();
  });

  it('waits for the seller when two stores could own it, and follows the choice', () => {
    const app = { clientId: CLIENT, seenAt: 3 };
    const state = local({ stores: { [STORE]: { storeId: STORE, seenAt: 1 }, [OTHER]: { storeId: OTHER, seenAt: 2 } }, apps: { [CLIENT]: app } });
    expect(storeOfApp(state, app)).toBeUndefined();
    state.links[CLIENT] = OTHER;
    expect(storeOfApp(state, app)).toBe(OTHER);
  });

  it('keeps an application read before any store, and ties it when the only store appears', () => {
    const app = { clientId: CLIENT, seenAt: 1 };
    const state = local({ apps: { [CLIENT]: app } });
    expect(storeOfApp(state, app)).toBeUndefined();
    state.stores[STORE] = { storeId: STORE, seenAt: 2 };
    expect(storeOfApp(state, app)).toBe(STORE);
  });
});
