// Maps kept by URL or key that a page can grow (a page lists ever new image URLs): bounded, and what goes first is
// what was used least recently, so the entries the seller's pages keep asking for stay.

/** A Map of at most `limit` entries; a read or a write makes an entry the most recent, the least recent goes first. */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // A Map keeps insertion order: re-inserting makes the entry the most recent.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }
}

/** A stored record updated with `fresh`, its entries made the most recent, and only the `limit` most recent kept. */
export function withRecent<V>(record: Record<string, V> | undefined, fresh: Record<string, V>, limit: number): Record<string, V> {
  const older = Object.entries(record ?? {}).filter(([key]) => !Object.hasOwn(fresh, key));
  return Object.fromEntries([...older, ...Object.entries(fresh)].slice(-limit));
}
