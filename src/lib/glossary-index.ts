/** The order and the A–Z index of the glossary page. */

export interface IndexableTerm {
	readonly id: string;
	readonly term: string;
	readonly acronym?: string | undefined;
}

/** One line of the index: a term, or an acronym that points to its term. */
export interface IndexEntry {
	readonly id: string;
	readonly label: string;
	/** For an acronym: the term it stands for. */
	readonly expansion?: string;
}

export interface IndexGroup {
	/** "A" to "Z", or "0–9" for terms that start with a digit, such as 287(g). */
	readonly letter: string;
	readonly entries: readonly IndexEntry[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Terms in alphabetical order, ignoring case; "287(g)" comes before the letters. */
export function sortTerms<T extends IndexableTerm>(terms: readonly T[]): T[] {
	return [...terms].sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}

function letterOf(label: string): string {
	const first = label.normalize('NFD').charAt(0).toUpperCase();
	if (/\d/.test(first)) return '0–9';
	return /[A-Z]/.test(first) ? first : '#';
}

/**
 * The index at the top of the glossary page: every term, and every acronym as its own line
 * ("ICE", standing for U.S. Immigration and Customs Enforcement), grouped by first letter.
 */
export function glossaryIndex(terms: readonly IndexableTerm[]): IndexGroup[] {
	const entries: IndexEntry[] = terms.flatMap((t) => [
		{ id: t.id, label: t.term },
		...(t.acronym ? [{ id: t.id, label: t.acronym, expansion: t.term }] : []),
	]);
	entries.sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id));
	const groups = new Map<string, IndexEntry[]>();
	for (const e of entries) {
		const letter = letterOf(e.label);
		groups.set(letter, [...(groups.get(letter) ?? []), e]);
	}
	return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}
