/**
 * An address from ICE's list may be shown as a link only when it is http(s): a `javascript:`
 * or `data:` address in a workbook cell must never become a link a reader can follow.
 *
 * In:  `https://www.ice.gov/doclib/287gMOA/x.pdf` → the same, normalised
 * In:  `javascript:alert(1)`, `not a url`, null → null
 */
export function httpUrl(address: string | null | undefined): string | null {
	if (!address) return null;
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		return null;
	}
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
