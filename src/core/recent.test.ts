import { describe, expect, it } from 'vitest';
import { RecentMap, withRecent } from './recent';

describe('RecentMap', () => {
  it('holds at most its limit, dropping the least recently used first', () => {
    const map = new RecentMap<string, number>(3);
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      map.set(key, value);
    expect(map.get('a')).toBe(1); // a is now the most recent: b goes first
    map.set('d', 4);
    expect([map.has('a'), map.has('b'), map.has('c'), map.has('d')]).toEqual([true, false, true, true]);
    map.set('c', 30); // a write refreshes too
    map.set('e', 5);
    expect([map.has('a'), map.has('c'), map.has('d'), map.has('e')]).toEqual([false, true, true, true]);
    expect(map.size).toBe(3);
  });

  it('stays at its limit under a flood of new keys', () => {
    const map = new RecentMap<string, number>(500);
    for (let n = 0; n < 10_000; n++) map.set(`https://img.example/${n}.jpg`, n);
    expect(map.size).toBe(500);
    expect(map.has('https://img.example/9999.jpg')).toBe(true);
    expect(map.has('https://img.example/9499.jpg')).toBe(false);
  });
});

describe('withRecent', () => {
  type Row = { record?: Record<string, number>; fresh: Record<string, number>; limit: number; kept: Record<string, number> };
  it.each<Row>([
    { record: undefined, fresh: { a: 1 }, limit: 2, kept: { a: 1 } },
    { record: { a: 1, b: 2 }, fresh: { c: 3 }, limit: 2, kept: { b: 2, c: 3 } },
    // An entry met again is the most recent: the other one goes.
    { record: { a: 1, b: 2 }, fresh: { a: 10, c: 3 }, limit: 2, kept: { a: 10, c: 3 } },
    { record: { a: 1, b: 2, c: 3 }, fresh: { a: 1 }, limit: 2, kept: { c: 3, a: 1 } },
  ])('$record + $fresh (limit $limit) keeps $kept', ({ record, fresh, limit, kept }) => {
    const result = withRecent(record, fresh, limit);
    expect(Object.entries(result)).toEqual(Object.entries(kept));
  });
});
