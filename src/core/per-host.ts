// At most `limit` requests at a time per host, the rest waiting their turn: a page's own connections (content script)
// and an image host's patience (background probe) are kept alike.

export function perHostLimit(limit: number): <T>(host: string, work: () => Promise<T>) => Promise<T> {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return async (host, work) => {
    if ((active.get(host) ?? 0) >= limit) await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
    active.set(host, (active.get(host) ?? 0) + 1);
    try {
      return await work();
    } finally {
      active.set(host, (active.get(host) ?? 1) - 1);
      waiting.get(host)?.shift()?.();
    }
  };
}
