// What a report keeps of the page it is about: origin and path. A query string or fragment can carry a session
// token, a search the seller typed, or an order number: none of it is needed to say which page a report is from.

export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`.slice(0, 2048);
  } catch {
    return '';
  }
}
