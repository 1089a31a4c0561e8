import { closest, distance } from 'fastest-levenshtein';

/**
 * The known names a mistyped one most likely meant, best first, or none when none is close:
 * the one "Did you mean" of the project (unknown fields, sources, glossary terms).
 *
 * In:  `didYouMean('warrant', ['administrative-warrant', 'warrant-service-officer', 'ice'])`
 * Out: `['administrative-warrant', 'warrant-service-officer']`
 */
export function didYouMean(name: string, known: readonly string[]): string[] {
	if (known.length === 0) return [];
	// Names that contain the mistyped one, or are contained in it, are likely at any distance.
	const containing = known.filter((k) => k.includes(name) || name.includes(k));
	if (containing.length > 0) return containing;
	const guess = closest(name, [...known]);
	return distance(name, guess) <= Math.max(2, name.length / 3) ? [guess] : [];
}

/** `Did you mean "a" or "b"?`, or `''` when there is nothing to suggest. */
export function didYouMeanText(name: string, known: readonly string[]): string {
	const near = didYouMean(name, known);
	return near.length > 0 ? `Did you mean ${near.map((k) => `"${k}"`).join(' or ')}?` : '';
}
