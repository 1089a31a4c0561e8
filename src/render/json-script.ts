// The characters that could end a <script> element or start markup inside it (<, >, &), and
// the two line separators that older JavaScript parsers read as line breaks.
const UNSAFE: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script>` element (JSON-LD, inline data): the only way the site
 * writes JSON into HTML. `JSON.stringify` leaves `</script>` as it is, which would close the
 * element and let the rest run as script; here `<`, `>`, `&`, U+2028 and U+2029 become `\u`
 * escapes, which JSON readers decode back to the same characters.
 *
 * In:  `{ headline: 'Notice </script><script>alert(1)</script>' }`
 * Out: `{"headline":"Notice \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}`
 */
export function jsonForScript(value: unknown): string {
	const json = JSON.stringify(value);
	if (json === undefined) throw new Error('jsonForScript: the value has no JSON form.');
	return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
