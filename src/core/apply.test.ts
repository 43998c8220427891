import { describe, expect, it } from 'vitest';
import { applyApp, applyChoice, applyGiven, applyStore, couldBeValue, forgetSecret, learnLabel, pagePattern, resolveConflict } from './apply';
import { EMPTY_LOCAL, EMPTY_SESSION, type LocalState, type SessionState, type Source } from './records';

const STORE = '5ac428108b2c3703c514adae';
const OTHER = '64f1a2b3c4d5e6f708192a3b';
const CLIENT = '9f3c2a1b4d5e6f70';
const CLIENT2 = '0123456789abcdef';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const SECRET2 = 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff';

const read = (at = 1): Source => ({ how: 'read', page: '/panel/api/x', label: 'Gizli Anahtar', at });
const fresh = (): { local: LocalState; session: SessionState } => ({ local: structuredClone(EMPTY_LOCAL), session: structuredClone(EMPTY_SESSION) });

describe('a value read later never replaces a known one silently', () => {
  it('holds a different Secret Key as a conflict until the seller answers, then takes the one chosen', () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT }, SECRET, read(1));
    applyApp(local, session, { clientId: CLIENT }, SECRET2, read(2));
    expect(session.secrets[CLIENT]).toBe(SECRET);
    expect(session.conflicts).toEqual([expect.objectContaining({ field: 'secret', owner: CLIENT, current: SECRET, incoming: SECRET2 })]);
    // The same change read again is asked about once.
    applyApp(local, session, { clientId: CLIENT }, SECRET2, read(3));
    expect(session.conflicts).toHaveLength(1);
    resolveConflict(local, session, 0, 'incoming');
    expect(session.secrets[CLIENT]).toBe(SECRET2);
    expect(session.secretSources?.[CLIENT]?.how).toBe('chosen');
    expect(session.conflicts).toEqual([]);
  });

  it('does not ask again about a change the seller declined', () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT }, SECRET, read(1));
    applyApp(local, session, { clientId: CLIENT }, SECRET2, read(2));
    resolveConflict(local, session, 0, 'current');
    applyApp(local, session, { clientId: CLIENT }, SECRET2, read(3));
    expect(session.conflicts).toEqual([]);
    expect(session.secrets[CLIENT]).toBe(SECRET);
  });

  it('asks before a second application takes over a store that has one', () => {
    const { local, session } = fresh();
    applyStore(local, session, { storeId: STORE, name: 'Anadolu Halı' }, read(1));
    applyApp(local, session, { clientId: CLIENT, storeName: 'Anadolu Halı' }, undefined, read(2));
    applyApp(local, session, { clientId: CLIENT2, storeId: STORE }, undefined, read(3));
    expect(local.apps[CLIENT2]).toBeUndefined();
    expect(session.conflicts?.[0]).toMatchObject({ field: 'clientId', owner: STORE, current: CLIENT, incoming: CLIENT2 });
    resolveConflict(local, session, 0, 'incoming');
    expect(Object.keys(local.apps)).toEqual([CLIENT2]);
  });

  it('asks when a known store name shows up with another Store ID', () => {
    const { local, session } = fresh();
    applyStore(local, session, { storeId: STORE, name: 'Anadolu Halı' }, read(1));
    applyStore(local, session, { storeId: OTHER, name: 'ANADOLU HALI' }, read(2));
    expect(Object.keys(local.stores)).toEqual([STORE]);
    expect(session.conflicts?.[0]).toMatchObject({ field: 'storeId', current: STORE, incoming: OTHER });
  });

  it('lets what the seller pastes replace a value at once', () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT }, SECRET, read(1));
    expect(applyGiven(local, session, 'secret', SECRET2, { how: 'pasted', at: 2 })).toBeUndefined();
    expect(session.secrets[CLIENT]).toBe(SECRET2);
    expect(session.conflicts).toBeUndefined();
  });
});

describe('choose, paste, pick', () => {
  it('applies the candidate the seller pressed, with the page context', () => {
    const { local, session } = fresh();
    session.choices = {
      page: '/panel/stores/x',
      at: 1,
      fields: {
        storeId: [
          { value: STORE, label: 'Kimlik No', section: 'Genel Bilgi' },
          { value: OTHER, label: 'ID' },
        ],
      },
      context: { storeName: 'Anadolu Halı' },
    };
    expect(applyChoice(local, session, 'storeId', OTHER, '/panel/stores/x', 5)).toBe(true);
    expect(local.stores[OTHER]).toMatchObject({ name: 'Anadolu Halı', source: { how: 'chosen', page: '/panel/stores/x', label: 'ID', at: 5 } });
    expect(local.selected).toBe(OTHER);
    expect(session.choices).toBeUndefined();
  });

  it('refuses a value the page did not offer', () => {
    const { local, session } = fresh();
    session.choices = { page: '/', at: 1, fields: { storeId: [{ value: STORE, label: 'Kimlik No' }] }, context: {} };
    expect(applyChoice(local, session, 'storeId', OTHER, '/', 5)).toBe(false);
    expect(local.stores).toEqual({});
  });

  it('checks a pasted value against the field shape, and needs a Client ID before a Secret Key', () => {
    const { local, session } = fresh();
    expect(applyGiven(local, session, 'storeId', STORE.slice(1), { how: 'pasted', at: 1 })).toBe('shape');
    expect(applyGiven(local, session, 'secret', SECRET, { how: 'pasted', at: 1 })).toBe('needClientId');
    expect(applyGiven(local, session, 'storeId', STORE, { how: 'pasted', at: 1 })).toBeUndefined();
    expect(applyGiven(local, session, 'clientId', CLIENT, { how: 'pasted', at: 2 })).toBeUndefined();
    expect(local.links[CLIENT]).toBe(STORE);
    expect(applyGiven(local, session, 'secret', SECRET, { how: 'pasted', at: 3 })).toBeUndefined();
    expect(session.secrets[CLIENT]).toBe(SECRET);
    expect(JSON.stringify(local)).not.toContain(SECRET);
  });

  it('names a picked Store ID by the name its page shows, and keeps a known name when the page shows none', () => {
    const { local, session } = fresh();
    const picked = (at: number): Source => ({ how: 'picked', page: `/panel/stores/${STORE}`, at });
    expect(applyGiven(local, session, 'storeId', STORE, picked(1), 'Anadolu Halı')).toBeUndefined();
    expect([local.stores[STORE]?.name, local.selected]).toEqual(['Anadolu Halı', STORE]);
    expect(applyGiven(local, session, 'storeId', STORE, picked(2))).toBeUndefined();
    expect(local.stores[STORE]?.name).toBe('Anadolu Halı');
    // Pasted: no page to name it.
    expect(applyGiven(local, session, 'storeId', OTHER, { how: 'pasted', at: 3 })).toBeUndefined();
    expect(local.stores[OTHER]?.name).toBeUndefined();
  });
});

describe("what the page can steer is not the seller's act", () => {
  it('asks before a picked value replaces a known secret, and never takes a known secret as a Client ID', () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT }, SECRET, read(1));
    expect(applyGiven(local, session, 'secret', SECRET2, { how: 'picked', page: '/x', at: 2 })).toBeUndefined();
    expect(session.secrets[CLIENT]).toBe(SECRET);
    expect(session.conflicts?.[0]).toMatchObject({ field: 'secret', incoming: SECRET2 });
    expect(applyGiven(local, session, 'clientId', SECRET, { how: 'picked', page: '/x', at: 3 })).toBe('shape');
    applyApp(local, session, { clientId: SECRET }, undefined, read(4));
    expect(JSON.stringify(local)).not.toContain(SECRET);
  });

  it("applies only the chosen Client ID as the seller's act: the page's secret beside it is asked about", () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT }, SECRET, read(1));
    session.choices = {
      page: '/a',
      at: 2,
      fields: {
        clientId: [
          { value: CLIENT, label: 'Client ID' },
          { value: CLIENT2, label: 'Client ID' },
        ],
      },
      context: { secret: SECRET2 },
    };
    expect(applyChoice(local, session, 'clientId', CLIENT, '/a', 3)).toBe(true);
    expect(session.secrets[CLIENT]).toBe(SECRET);
    expect(session.conflicts?.[0]).toMatchObject({ field: 'secret', incoming: SECRET2 });
  });

  it('keeps no page text that could be a value as a label or a name', () => {
    const { local, session } = fresh();
    applyStore(local, session, { storeId: STORE, name: SECRET }, { how: 'read', page: '/s', label: SECRET, at: 1 });
    expect(JSON.stringify(local)).not.toContain(SECRET);
    expect(couldBeValue('Mağaza numarası')).toBe(false);
    expect(couldBeValue(`Gizli ${SECRET}`)).toBe(true);
  });

  it('learns a label only when it is a label of no field of ours, and reads it only on pages of the same pattern', () => {
    const { local } = fresh();
    const ours = (text: string) => ['kimlik no', 'gizli anahtar'].includes(text.toLocaleLowerCase('tr'));
    expect(learnLabel(local, 'clientId', 'Gizli Anahtar', CLIENT, '/panel/api/x', 1, ours)).toBe(false);
    expect(learnLabel(local, 'secret', 'ab', SECRET, '/panel/api/x', 1, ours)).toBe(false);
    expect(learnLabel(local, 'secret', `Anahtar ${SECRET}`, SECRET2, '/panel/api/x', 1, ours)).toBe(false);
    expect(learnLabel(local, 'storeId', 'Mağaza numarası', STORE, `/panel/stores/${STORE}`, 1, ours)).toBe(true);
    expect(local.taught).toEqual([{ field: 'storeId', text: 'Mağaza numarası', page: '/panel/stores/*', at: 1 }]);
    expect(pagePattern(`/panel/stores/${OTHER}/settings`)).toBe('/panel/stores/*/settings');
  });
});

describe('the seller forgets a Secret Key (popup/forget-secret)', () => {
  it("drops every copy of that application's key from the session, and nothing else", () => {
    const { local, session } = fresh();
    applyStore(local, session, { storeId: STORE }, read(1));
    applyApp(local, session, { clientId: CLIENT, storeId: STORE }, SECRET, read(2));
    applyApp(local, session, { clientId: CLIENT2, storeId: OTHER }, SECRET2, read(3));
    // A changed key asked about, a page's candidates for the key and a refused change: each holds a key.
    session.conflicts = [{ field: 'secret', owner: CLIENT, current: SECRET, incoming: 'c'.repeat(32), source: read(4) }];
    // The page's own key beside its undecided Client IDs: choosing one later would put it back (the s35 review).
    session.choices = {
      page: '/panel/api/x',
      at: 5,
      context: { secret: SECRET, storeId: STORE },
      fields: { secret: [{ value: 'd'.repeat(32), label: 'Gizli Anahtar' }], clientId: [{ value: CLIENT, label: 'Müşteri Kimlik Numarası' }] },
    };
    session.declined = [`secret:${'e'.repeat(32)}`, `storeId:${OTHER}`];
    session.pending = { storeId: STORE, at: 6 };
    forgetSecret(local, session, CLIENT);
    expect(session.secrets).toEqual({ [CLIENT2]: SECRET2 });
    expect(Object.keys(session.secretSources ?? {})).toEqual([CLIENT2]);
    expect(session.conflicts).toEqual([]);
    expect(session.choices?.fields).toEqual({ clientId: [{ value: CLIENT, label: 'Müşteri Kimlik Numarası' }] });
    expect(session.choices?.context).toEqual({ storeId: STORE });
    expect(session.declined).toEqual([`storeId:${OTHER}`]);
    // A push waiting to carry the key would fill nothing: it waits no more.
    expect(session.pending).toBeUndefined();
    // The IDs stay: only the key is forgotten.
    expect(Object.keys(local.stores).sort()).toEqual([STORE, OTHER].sort());
    expect(Object.keys(local.apps).sort()).toEqual([CLIENT2, CLIENT].sort());
    expect(JSON.stringify(session)).not.toContain(SECRET);
  });

  it("drops choices that offered only the key, and leaves another store's waiting push alone", () => {
    const { local, session } = fresh();
    applyApp(local, session, { clientId: CLIENT, storeId: STORE }, SECRET, read(1));
    session.choices = { page: '/panel/api/x', at: 2, context: {}, fields: { secret: [{ value: 'd'.repeat(32), label: 'Gizli Anahtar' }] } };
    session.pending = { storeId: OTHER, at: 3 };
    forgetSecret(local, session, CLIENT);
    expect(session.choices).toBeUndefined();
    expect(session.pending).toEqual({ storeId: OTHER, at: 3 });
    // Forgotten twice (a message sent again after silence): the same state.
    const once = structuredClone(session);
    forgetSecret(local, session, CLIENT);
    expect(session).toEqual(once);
  });
});
