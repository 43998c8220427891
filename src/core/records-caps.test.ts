import { describe, expect, it } from 'vitest';
import { capRecords, EMPTY_LOCAL, EMPTY_SESSION, type LocalState, type SessionState } from './records';

const storeId = (n: number) => n.toString(16).padStart(24, '0');
const clientId = (n: number) => `client${n.toString().padStart(8, '0')}`;

function grown(stores: number, apps: number): { local: LocalState; session: SessionState } {
  const local = structuredClone(EMPTY_LOCAL);
  const session = structuredClone(EMPTY_SESSION);
  for (let n = 1; n <= stores; n++) {
    local.stores[storeId(n)] = { storeId: storeId(n), seenAt: n };
    local.pushes[storeId(n)] = { at: n };
  }
  for (let n = 1; n <= apps; n++) {
    local.apps[clientId(n)] = { clientId: clientId(n), seenAt: n };
    local.links[clientId(n)] = storeId(1);
    session.secrets[clientId(n)] = `secret${n.toString().padStart(12, '0')}`;
  }
  return { local, session };
}

describe('record caps', () => {
  it('keeps the 50 most recently seen stores and 100 applications, and drops what hangs on the others', () => {
    const { local, session } = grown(80, 130);
    local.selected = storeId(2);
    capRecords(local, session);
    expect(Object.keys(local.stores)).toHaveLength(50);
    expect(local.stores[storeId(80)]).toBeDefined();
    expect(local.stores[storeId(2)]).toBeDefined(); // the seller's pick stays, old as it is
    expect(local.stores[storeId(31)]).toBeUndefined();
    expect(local.stores[storeId(32)]).toBeDefined();
    expect(Object.keys(local.pushes)).toEqual(Object.keys(local.stores));
    expect(Object.keys(local.apps)).toHaveLength(100);
    expect(local.apps[clientId(30)]).toBeUndefined();
    expect(local.apps[clientId(31)]).toBeDefined();
    expect(Object.keys(session.secrets).sort()).toEqual(Object.keys(local.apps).sort());
    expect(Object.keys(local.links).sort()).toEqual(Object.keys(local.apps).sort());
  });

  it('changes nothing under the caps', () => {
    const { local, session } = grown(3, 4);
    const before = JSON.stringify({ local, session });
    capRecords(local, session);
    expect(JSON.stringify({ local, session })).toBe(before);
  });
});
