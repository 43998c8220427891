import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { select } from './apply';
import { answerOffer, NEW_PER_PAGE, readApp, readStore } from './page-reads';
import { selectedStore } from './record-queries';
import { capRecords, EMPTY_LOCAL, EMPTY_SESSION, type LocalState, OFFERS_KEPT, type SessionState, type Source } from './records';

const SELLERS = '5ac428108b2c3703c514adae';
const PLANTED = '64f1a2b3c4d5e6f708192a3b';
const CLIENT = '9f3c2a1b4d5e6f70';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const hex = (n: number) => n.toString(16).padStart(24, '0');
const read = (at: number): Source => ({ how: 'read', page: '/panel/x', at });
const fresh = (): { local: LocalState; session: SessionState } => ({ local: structuredClone(EMPTY_LOCAL), session: structuredClone(EMPTY_SESSION) });

describe('a value read on a page never switches the selected store', () => {
  it('selects the first store read: there is nothing to switch from', () => {
    const { local, session } = fresh();
    readStore(local, session, 'load-1', { storeId: SELLERS }, read(1));
    expect(local.selected).toBe(SELLERS);
    expect(local.offers).toBeUndefined();
  });

  it.each([
    ['a store page', (local: LocalState, session: SessionState) => readStore(local, session, 'load-2', { storeId: PLANTED, name: 'Kampanya' }, read(2))],
    [
      'an application page naming the store',
      (local: LocalState, session: SessionState) => readApp(local, session, 'load-2', { clientId: CLIENT, storeId: PLANTED }, SECRET, read(2)),
    ],
  ])('offers a new store read on %s, and selects it only when the seller says so', (_page, readPlanted) => {
    const { local, session } = fresh();
    readStore(local, session, 'load-1', { storeId: SELLERS }, read(1));
    readPlanted(local, session);
    expect(local.stores[PLANTED]).toBeDefined();
    expect(selectedStore(local)).toBe(SELLERS);
    expect(local.offers).toEqual([PLANTED]);
    answerOffer(local, session, PLANTED, false);
    expect([selectedStore(local), local.offers]).toEqual([SELLERS, undefined]);
    // Read again, it is no longer new: not offered a second time.
    readStore(local, session, 'load-3', { storeId: PLANTED }, read(3));
    expect(local.offers).toBeUndefined();
  });

  it('selects the offered store when the seller accepts, and nothing else', () => {
    const { local, session } = fresh();
    readStore(local, session, 'load-1', { storeId: SELLERS }, read(1));
    readStore(local, session, 'load-2', { storeId: PLANTED }, read(2));
    answerOffer(local, session, hex(7), true); // not the one offered
    expect(selectedStore(local)).toBe(SELLERS);
    answerOffer(local, session, PLANTED, true);
    expect([selectedStore(local), local.offers]).toEqual([PLANTED, undefined]);
  });

  it('pins the store shown by records from before (none chosen) instead of moving to the one read last', () => {
    const { local, session } = fresh();
    local.stores[SELLERS] = { storeId: SELLERS, seenAt: 5 };
    local.stores[hex(1)] = { storeId: hex(1), seenAt: 1 };
    readStore(local, session, 'load-1', { storeId: PLANTED }, read(9));
    expect(local.selected).toBe(SELLERS);
    expect(local.offers).toEqual([PLANTED]);
  });

  // Attack review of this change (medium): a page that filled the list first kept the seller's own store from ever
  // being offered. It is counted while the list is full, and offered when read again once there is room.
  it('offers a store read while the offers were full once there is room, and counts it meanwhile', () => {
    const { local, session } = fresh();
    readStore(local, session, 'load-0', { storeId: SELLERS }, read(0));
    for (let n = 1; n <= OFFERS_KEPT; n++) readStore(local, session, `load-${n}`, { storeId: hex(n) }, read(n));
    expect(local.offers).toHaveLength(OFFERS_KEPT);
    readStore(local, session, 'load-own', { storeId: PLANTED, name: 'Anadolu Halı' }, read(20));
    expect([local.offers?.includes(PLANTED), session.offersFull]).toEqual([false, 1]);
    answerOffer(local, session, hex(1), false);
    expect(session.offersFull).toBeUndefined();
    readStore(local, session, 'load-own-2', { storeId: PLANTED }, read(21));
    expect(local.offers?.at(-1)).toBe(PLANTED);
    // Offered once: answered, it is not offered again.
    answerOffer(local, session, PLANTED, false);
    readStore(local, session, 'load-own-3', { storeId: PLANTED }, read(22));
    expect(local.offers?.includes(PLANTED)).toBe(false);
  });

  // Review of 2026-12-04 (medium): the offer was one slot, so a page that kept a question up and then showed another
  // store replaced the offer of the seller's own store before they saw it. Any order of later pages, stores and answers.
  it('never lets a later page replace or push out an offer the seller has not answered', () => {
    const OWN = hex(1);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 2, max: 40 }).map((n) => ({ read: hex(n) })),
            fc.integer({ min: 2, max: 40 }).map((n) => ({ answer: hex(n) })),
          ),
          {
            maxLength: 40,
          },
        ),
        (events) => {
          const { local, session } = fresh();
          readStore(local, session, 'load-0', { storeId: SELLERS }, read(0));
          readStore(local, session, 'load-1', { storeId: OWN, name: 'Anadolu Halı' }, read(1));
          events.forEach((event, index) => {
            if ('read' in event) readStore(local, session, `load-${index + 2}`, { storeId: event.read }, read(index + 2));
            else answerOffer(local, session, event.answer, index % 2 === 0);
          });
          // The seller's own store is still offered first, and the selection moved only by an answer.
          expect(local.offers?.[0]).toBe(OWN);
          expect(local.offers?.length).toBeLessThanOrEqual(OFFERS_KEPT);
          const answered = events.some((event) => 'answer' in event);
          if (!answered) expect(local.selected).toBe(SELLERS);
        },
      ),
    );
  });
});

describe('a page load adds only a few new records', () => {
  it(`keeps ${NEW_PER_PAGE} new stores of a page showing 60, and says how many it left`, () => {
    const { local, session } = fresh();
    readStore(local, session, 'seller', { storeId: SELLERS }, read(1));
    for (let n = 1; n <= 60; n++) readStore(local, session, 'flood', { storeId: hex(n) }, read(1 + n));
    expect(Object.keys(local.stores)).toEqual([SELLERS, hex(1), hex(2), hex(3)]);
    expect(session.skipped?.count).toBe(57);
    // Known stores are read again at no cost, and another page load has its own allowance.
    readStore(local, session, 'flood', { storeId: hex(2) }, read(70));
    readStore(local, session, 'next', { storeId: hex(61) }, read(71));
    expect(session.skipped?.count).toBe(57);
    expect(local.stores[hex(61)]).toBeDefined();
    answerOffer(local, session, undefined, false);
    expect(session.skipped).toBeUndefined();
  });

  it('counts an application page’s new store and new application against the same page load', () => {
    const { local, session } = fresh();
    for (let n = 1; n <= NEW_PER_PAGE + 1; n++) readApp(local, session, 'apps', { clientId: `client${n}abcdefghij`, storeId: hex(n) }, undefined, read(n));
    expect(Object.keys(local.apps)).toHaveLength(NEW_PER_PAGE);
    expect(Object.keys(local.stores)).toHaveLength(NEW_PER_PAGE);
  });
});

// Any sequence of page reads (random Store IDs, applications naming stores, floods, from many page loads) and of
// the seller's acts: what the seller used stays, and the selected store moves only by the seller's hand.
type Op =
  | { kind: 'store'; load: number; id: number }
  | { kind: 'app'; load: number; client: number; store?: number; secret: boolean }
  | { kind: 'flood'; load: number; from: number; count: number }
  | { kind: 'select'; pick: number }
  | { kind: 'push' | 'save' | 'authorize' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('store' as const), load: fc.nat(30), id: fc.nat(200) }),
  fc.record({
    kind: fc.constant('app' as const),
    load: fc.nat(30),
    client: fc.nat(300),
    store: fc.option(fc.nat(200), { nil: undefined }),
    secret: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('flood' as const), load: fc.nat(30), from: fc.nat(10_000), count: fc.integer({ min: 10, max: 60 }) }),
  fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constantFrom('push' as const, 'save' as const, 'authorize' as const) }),
);

describe('property: no data lost to a page', () => {
  it('keeps every store the seller pushed, saved, authorized or selected, and moves the selection only on the seller’s select', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { local, session } = fresh();
        const used = new Set<string>();
        let selected: string | undefined;
        ops.forEach((step, at) => {
          const load = 'load' in step ? `load-${step.load}` : '';
          if (step.kind === 'store') readStore(local, session, load, { storeId: hex(step.id) }, read(at));
          if (step.kind === 'app') {
            const app = { clientId: `client${String(step.client).padStart(10, '0')}`, storeId: step.store === undefined ? undefined : hex(step.store) };
            readApp(local, session, load, app, step.secret ? `secret${String(step.client).padStart(26, '0')}` : undefined, read(at));
          }
          if (step.kind === 'flood') for (let n = 0; n < step.count; n++) readStore(local, session, load, { storeId: hex(1000 + step.from + n) }, read(at));
          const current = selectedStore(local);
          if (step.kind === 'select') {
            const stores = Object.keys(local.stores);
            const pick = stores[step.pick % Math.max(1, stores.length)];
            if (pick) {
              select(local, pick, at); // popup/select
              selected = pick;
              used.add(pick);
            }
          }
          if ((step.kind === 'push' || step.kind === 'save' || step.kind === 'authorize') && current) {
            if (step.kind === 'push') local.pushes[current] = { at };
            if (step.kind === 'save') local.saved[current] = { at };
            if (step.kind === 'authorize') local.auth[current] = { at, result: 'code' };
            used.add(current);
          }
          // Small caps, so that most sequences evict: the rule must hold under pressure, not only beside it.
          capRecords(local, session, { stores: 8, apps: 8 });
          const now = selectedStore(local);
          // Nothing selected before: the first store read may become selected. Afterwards only the seller moves it.
          if (selected === undefined) selected = now;
          expect(now).toBe(selected);
          if (selected) expect(local.stores[selected]).toBeDefined();
          for (const storeId of used) expect(local.stores[storeId], `${storeId} after step ${at}`).toBeDefined();
        });
      }),
      { numRuns: 300 },
    );
  });
});
