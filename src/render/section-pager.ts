/** The pages before and after one page, within its own section. */
export interface Neighbours<T> {
	readonly previous: T | undefined;
	readonly next: T | undefined;
}

/**
 * Previous and next for each item of an ordered list, never crossing into another section.
 *
 * In:  `[a1, a2, b1]` with sections `a, a, b`
 * Out: `a1 → { next: a2 }`, `a2 → { previous: a1 }`, `b1 → {}`
 */
export function sectionNeighbours<T>(ordered: readonly T[], sectionOf: (item: T) => string): Map<T, Neighbours<T>> {
	const result = new Map<T, Neighbours<T>>();
	ordered.forEach((item, i) => {
		const before = ordered[i - 1];
		const after = ordered[i + 1];
		result.set(item, {
			previous: before !== undefined && sectionOf(before) === sectionOf(item) ? before : undefined,
			next: after !== undefined && sectionOf(after) === sectionOf(item) ? after : undefined,
		});
	});
	return result;
}
