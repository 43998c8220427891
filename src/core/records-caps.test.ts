import { describe, expect, it } from 'vitest';
import { capRecords, EMPTY_LOCAL, EMPTY_SESSION, type LocalState, type SessionState, usedStores } from './records';

const storeId = (n: number) => n.toString(16).padStart(24, '0');
const clientId = (n: number) => `client${n.toString().padStart(8, '0')}`;
const secret = (n: number) => `secret${n.toString().padStart(12, '0')}`;

/** `stores` stores and `apps` applications read on pages (seen at 1, 2, …), nothing used. */
function grown(stores: number, apps: number): { local: LocalState; session: SessionState } {
  const local = structuredClone(EMPTY_LOCAL);
  const session = structuredClone(EMPTY_SESSION);
  for (let n = 1; n <= stores; n++) local.stores[storeId(n)] = { storeId: storeId(n), seenAt: n, source: { how: 'read', at: n } };
  for (let n = 1; n <= apps; n++) local.apps[clientId(n)] = { clientId: clientId(n), seenAt: n, source: { how: 'read', at: n } };
  local.selected = storeId(stores);
  return { local, session };
}

describe('record caps', () => {
  it('keeps the 50 most recently seen stores and 100 applications when none was used', () => {
    const { local, session } = grown(80, 130);
    for (let n = 1; n <= 130; n++) session.secrets[clientId(n)] = secret(n);
    capRecords(local, session);
    expect(Object.keys(local.stores)).toHaveLength(50);
    expect(local.stores[storeId(30)]).toBeUndefined();
    expect(local.stores[storeId(31)]).toBeDefined();
    expect(Object.keys(local.apps)).toHaveLength(100);
    expect(local.apps[clientId(30)]).toBeUndefined();
    expect(local.apps[clientId(31)]).toBeDefined();
    expect(Object.keys(session.secrets).sort()).toEqual(Object.keys(local.apps).sort());
  });

  // Each row: what the seller did with the oldest store (1) before 60 newer stores were read.
  it.each<[string, (local: LocalState, session: SessionState) => void]>([
    [
      'pushed',
      (local) => {
        local.pushes[storeId(1)] = { at: 1 };
      },
    ],
    [
      'saved',
      (local) => {
        local.saved[storeId(1)] = { at: 1 };
      },
    ],
    [
      'authorized',
      (local) => {
        local.auth[storeId(1)] = { at: 1, result: 'code' };
      },
    ],
    [
      'selected',
      (local) => {
        local.selected = storeId(1);
      },
    ],
    [
      'last pushed',
      (local) => {
        local.lastPushed = storeId(1);
      },
    ],
    [
      'linked an application to',
      (local) => {
        local.links[clientId(1)] = storeId(1);
      },
    ],
    [
      'pasted',
      (local) => {
        local.stores[storeId(1)] = { storeId: storeId(1), seenAt: 1, source: { how: 'pasted', at: 1 } };
      },
    ],
    [
      'chosen',
      (local) => {
        local.stores[storeId(1)] = { storeId: storeId(1), seenAt: 1, source: { how: 'chosen', at: 1 } };
      },
    ],
    [
      'holds an application with a Secret Key',
      (local, session) => {
        local.apps[clientId(1)] = { clientId: clientId(1), storeId: storeId(1), seenAt: 1 };
        session.secrets[clientId(1)] = secret(1);
      },
    ],
  ])('never evicts a store the seller %s, with its records', (_what, use) => {
    const { local, session } = grown(61, 0);
    use(local, session);
    const before = JSON.stringify({ pushes: local.pushes, saved: local.saved, auth: local.auth, links: local.links, secrets: session.secrets });
    capRecords(local, session);
    expect(local.stores[storeId(1)]).toBeDefined();
    expect(Object.keys(local.stores)).toHaveLength(50);
    expect(JSON.stringify({ pushes: local.pushes, saved: local.saved, auth: local.auth, links: local.links, secrets: session.secrets })).toBe(before);
  });

  it('keeps more than the cap when the seller used more: only stores never used are evicted', () => {
    const { local, session } = grown(70, 0);
    for (let n = 1; n <= 60; n++) local.pushes[storeId(n)] = { at: n };
    capRecords(local, session);
    expect(Object.keys(local.stores)).toHaveLength(61);
    for (let n = 1; n <= 60; n++) expect(local.stores[storeId(n)]).toBeDefined();
    expect(local.stores[storeId(70)]).toBeDefined(); // selected
  });

  it('evicts applications without a Secret Key first, and never the selected store’s application', () => {
    const { local, session } = grown(1, 130);
    local.apps[clientId(1)] = { clientId: clientId(1), storeId: storeId(1), seenAt: 1 };
    for (let n = 2; n <= 11; n++) session.secrets[clientId(n)] = secret(n);
    capRecords(local, session);
    expect(Object.keys(local.apps)).toHaveLength(100);
    expect(local.apps[clientId(1)]).toBeDefined();
    for (let n = 2; n <= 11; n++) expect(local.apps[clientId(n)]).toBeDefined();
    expect(local.apps[clientId(12)]).toBeUndefined();
  });

  it('keeps the stores offered and not answered: a page re-reading its own stores does not age them out', () => {
    const { local, session } = grown(52, 0);
    local.offers = [storeId(1), storeId(2)];
    capRecords(local, session);
    expect(local.stores[storeId(1)]).toBeDefined();
    expect(local.stores[storeId(2)]).toBeDefined();
    expect(local.offers).toEqual([storeId(1), storeId(2)]);
    expect(local.stores[storeId(3)]).toBeUndefined();
  });

  it('names as used the stores the seller acted on, and not those a page only showed', () => {
    const { local, session } = grown(5, 0);
    local.pushes[storeId(2)] = { at: 2 };
    expect([...usedStores(local, session)].sort()).toEqual([storeId(2), storeId(5)]);
  });

  it('changes nothing under the caps', () => {
    const { local, session } = grown(3, 4);
    const before = JSON.stringify({ local, session });
    capRecords(local, session);
    expect(JSON.stringify({ local, session })).toBe(before);
  });
});
