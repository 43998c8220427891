// Which image URLs the extension may fetch. A page chooses the URLs (src, srcset, links), so a hostile page could
// point them at the seller's router or a service on their machine: only https, only a public host name, never an
// IP literal in any spelling, never a name that resolves inside the seller's network by convention.

/** Names that mean "this machine" or "this network", with any subdomain. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home', 'intranet', 'corp', 'localdomain', 'home.arpa', 'arpa'];

/** Longest URL the extension will probe (the message schema's limit). */
export const MAX_URL_LENGTH = 4096;

/**
 * The URL parser already turns decimal, hex and octal IPv4 forms (http://2130706433/, http://0x7f.1/) into
 * dotted quads and keeps IPv6 in brackets; what is left to see is whether the host is a literal at all.
 */
function isIpLiteral(hostname: string): boolean {
  if (hostname.startsWith('[')) return true;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname);
}

function isLocalName(hostname: string): boolean {
  if (!hostname.includes('.')) return true; // a single label ("router", "nas") resolves on the local network only
  return LOCAL_SUFFIXES.some((suffix) => hostname === suffix || hostname.endsWith(`.${suffix}`));
}

/** The reason an image URL must not be fetched, or undefined when it may be. */
export function unsafeImageUrl(raw: string): 'tooLong' | 'notHttps' | 'ipLiteral' | 'localName' | 'credentials' | 'port' | 'malformed' | undefined {
  if (raw.length > MAX_URL_LENGTH) return 'tooLong';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'https:') return 'notHttps';
  if (url.username || url.password) return 'credentials';
  if (url.port) return 'port'; // product images are served on the standard port; other ports are where local services listen
  // A trailing dot names the same host ("localhost." is localhost): judge the name without it.
  const hostname = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (isIpLiteral(hostname)) return 'ipLiteral';
  if (isLocalName(hostname)) return 'localName';
  return undefined;
}

export function isSafeImageUrl(raw: string): boolean {
  return unsafeImageUrl(raw) === undefined;
}
