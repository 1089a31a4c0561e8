import { isWebAddress } from '../lib/safe-url.ts';

/**
 * An address from ICE's list may be shown as a link only when it is http(s): a `javascript:`
 * or `data:` address in a workbook cell must never become a link a reader can follow. The rule
 * is the site's one gate for addresses (`isWebAddress`, src/lib/safe-url.ts); reading the list
 * warns about such an address (src/agreements/parse-list.ts), and pages show it as text.
 *
 * In:  `https://www.ice.gov/doclib/287gMOA/x.pdf` → the same, normalised
 * In:  `javascript:alert(1)`, `not a url`, null → null
 */
export function httpUrl(address: string | null | undefined): string | null {
	const value = address?.trim();
	if (!value || !isWebAddress(value)) return null;
	return new URL(value).href;
}
