/**
 * The one gate for addresses that come from content (frontmatter, data files, Markdown links):
 * only web addresses (`http:`, `https:`) and addresses inside the site (`/…`, `#…`, `?…`,
 * relative paths) may become a link. `javascript:`, `data:`, `vbscript:`, `file:` and every other
 * scheme are refused, so that no address in the content can run code when a reader follows it.
 */
export const WEB_SCHEMES = ['http:', 'https:'] as const;

// A scheme is letters, digits, + - . before the first colon, and only if that colon comes before
// any / ? or # (RFC 3986, 3.1). Browsers drop ASCII whitespace and control characters first, so
// `java\tscript:` is a scheme too.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f]/g;

/** The scheme of an address (`javascript:`), or undefined for an address inside the site. */
export function schemeOf(address: string): string | undefined {
	return SCHEME.exec(address.replace(IGNORED, ''))?.[1]?.toLowerCase().concat(':');
}

/** True for an `http:` or `https:` address with a host. */
export function isWebAddress(address: string): boolean {
	if (!(WEB_SCHEMES as readonly string[]).includes(schemeOf(address) ?? '')) return false;
	try {
		return new URL(address).hostname !== '';
	} catch {
		return false;
	}
}

/** True for an address a link may carry: a web address, or one inside the site. */
export function isSafeHref(address: string): boolean {
	const scheme = schemeOf(address);
	if (scheme === undefined) return !address.replace(IGNORED, '').startsWith('//') || isWebAddress(`https:${address}`);
	return isWebAddress(address);
}

/**
 * An address from content, checked again where the link is built. The content checks have
 * already refused anything else with the file and line; this throws so that a missed path can
 * never produce a `javascript:` link.
 *
 * In:  `safeHref('https://www.ice.gov/287g')` → `https://www.ice.gov/287g`
 * In:  `safeHref('javascript:alert(1)')` → throws
 */
export function safeHref(address: string): string {
	if (!isSafeHref(address))
		throw new Error(`refusing to link to ${JSON.stringify(address)}: only http:// and https:// addresses, or addresses inside the site, can be links.`);
	return address;
}
