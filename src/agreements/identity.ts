import type { Agreement, AgreementList, ListChange, ListRow } from './types.ts';
import { slugify } from '../lib/slug.ts';

/** The identity of an agreement across lists: one agency + model + signing date. */
export function agreementKey(row: Pick<ListRow, 'agencyKey' | 'model' | 'signed'>): string {
	return `${row.agencyKey}|${row.model}|${row.signed ?? 'unsigned'}`;
}

/** A stable id usable in an address fragment: `state-agency-model-signed`. */
export function agreementId(row: Pick<ListRow, 'state' | 'agencyKey' | 'model' | 'signed'>): string {
	return [row.state.toLowerCase(), slugify(row.agencyKey, 20), row.model, row.signed ?? 'unsigned'].join('-');
}

/**
 * Follows every agreement across the lists (oldest first): when it was first and last listed,
 * whether the latest list holds it, and what was added and what disappeared between each two
 * consecutive lists. A row repeated within one list is one agreement.
 */
export function followAgreements(lists: readonly AgreementList[]): { agreements: Agreement[]; changes: ListChange[] } {
	const byKey = new Map<string, { id: string; row: ListRow; first: string; last: string; lastIndex: number }>();
	const ids = new Set<string>();
	const changes: ListChange[] = [];
	let previous: Set<string> | null = null;
	lists.forEach((list, index) => {
		const present = new Set<string>();
		for (const row of list.rows) {
			const key = agreementKey(row);
			let seen = byKey.get(key);
			if (!seen) {
				let id = agreementId(row);
				for (let n = 2; ids.has(id); n++) id = `${agreementId(row)}-${n}`;
				ids.add(id);
				seen = { id, row, first: list.date, last: list.date, lastIndex: index };
				byKey.set(key, seen);
			}
			seen.row = row;
			seen.last = list.date;
			seen.lastIndex = index;
			present.add(seen.id);
		}
		if (previous) {
			changes.push({
				from: lists[index - 1]!.date,
				to: list.date,
				added: [...present].filter((id) => !previous!.has(id)).sort(),
				removed: [...previous].filter((id) => !present.has(id)).sort(),
			});
		}
		previous = present;
	});
	const latest = lists.length - 1;
	const agreements: Agreement[] = [...byKey.values()].map(({ id, row, first, last, lastIndex }) => ({
		id,
		agencyKey: row.agencyKey,
		state: row.state,
		agency: row.agency,
		agencyType: row.agencyType,
		county: row.county,
		model: row.model,
		signed: row.signed,
		moa: row.moa,
		addenda: row.addenda,
		firstListed: first,
		lastListed: last,
		current: lastIndex === latest,
	}));
	agreements.sort(
		(a, b) =>
			a.state.localeCompare(b.state) ||
			a.agencyKey.localeCompare(b.agencyKey) ||
			a.model.localeCompare(b.model) ||
			(a.signed ?? '').localeCompare(b.signed ?? ''),
	);
	return { agreements, changes };
}
