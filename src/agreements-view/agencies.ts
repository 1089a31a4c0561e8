import type { Agreement, AgreementsData, ListRow, PendingRow } from '../agreements/types.ts';
import { slugify } from '../lib/slug.ts';
import { MODEL_IDS } from './summary.ts';

/**
 * The agencies of one state or territory as its page lists them: each agency with the
 * agreements the latest list holds for it (one row of the list each), and those it held before.
 */
export interface AgencyView {
	/** Fragment of the agency's section on the state page, unique within the page. */
	readonly anchor: string;
	readonly agencyKey: string;
	readonly name: string;
	readonly agencyType: string | null;
	readonly county: string | null;
	/** Rows of the latest list: one per agreement, by model then signing date. */
	readonly rows: readonly ListRow[];
	/** The same agreements followed across lists (first and last listing), by row. */
	readonly agreements: readonly (Agreement | undefined)[];
	/** Agreements of earlier lists that the latest list no longer holds. */
	readonly former: readonly Agreement[];
}

const modelOrder = (m: string) => MODEL_IDS.indexOf(m as (typeof MODEL_IDS)[number]);

/** The id an agreement is followed by: agency + model + signing date (as the data layer forms it). */
const identity = (agencyKey: string, model: string, signed: string | null) => `${agencyKey}\u0000${model}\u0000${signed ?? ''}`;

export function agencies(data: AgreementsData, state: string): AgencyView[] {
	const rows = data.latest.rows.filter((r) => r.state === state);
	const all = data.agreements.filter((a) => a.state === state);
	const followed = new Map(all.map((a) => [identity(a.agencyKey, a.model, a.signed), a]));
	const keys = new Set([...rows.map((r) => r.agencyKey), ...all.filter((a) => a.current).map((a) => a.agencyKey)]);
	const used = new Set<string>();
	const views = [...keys].map((key) => {
		const own = rows
			.filter((r) => r.agencyKey === key)
			.sort((a, b) => modelOrder(a.model) - modelOrder(b.model) || (a.signed ?? '').localeCompare(b.signed ?? ''));
		const first = own[0];
		const known = all.filter((a) => a.agencyKey === key);
		const latestName = first?.agency ?? known[0]?.agency ?? key;
		return {
			agencyKey: key,
			name: latestName,
			agencyType: first?.agencyType ?? known[0]?.agencyType ?? null,
			county: first?.county ?? known[0]?.county ?? null,
			rows: own,
			agreements: own.map((r) => followed.get(identity(r.agencyKey, r.model, r.signed))),
			former: known.filter((a) => !a.current),
		};
	});
	return views
		.sort((a, b) => a.name.localeCompare(b.name, 'en'))
		.map((v) => {
			const base = slugify(v.name, 12) || 'agency';
			let anchor = base;
			for (let i = 2; used.has(anchor); i++) anchor = `${base}-${i}`;
			used.add(anchor);
			return { ...v, anchor };
		});
}

/** Pending agencies of a place in the latest pending list, by name. */
export function pendingOf(data: AgreementsData, state: string): PendingRow[] {
	return (data.pending?.rows ?? [])
		.filter((r) => r.state === state)
		.sort((a, b) => a.agency.localeCompare(b.agency, 'en') || modelOrder(a.model) - modelOrder(b.model));
}

/** The states and territories a page is built for: every one on any list, latest or earlier. */
export function listedPlaces(data: AgreementsData): string[] {
	return [
		...new Set([...data.latest.rows.map((r) => r.state), ...data.agreements.map((a) => a.state), ...(data.pending?.rows ?? []).map((r) => r.state)]),
	].sort();
}
