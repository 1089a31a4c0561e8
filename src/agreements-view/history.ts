import type { Agreement, AgreementList, AgreementsData, ListKind, ListRow } from '../agreements/types.ts';
import type { ModelId } from '../schemas/models.ts';
import { MODEL_IDS } from './summary.ts';

/** The count of agreements in every list, by model: the history the chart and its table show. */
export interface HistoryPoint {
	readonly date: string;
	readonly file: string;
	readonly kind: ListKind;
	readonly total: number;
	readonly byModel: Readonly<Record<ModelId, number>>;
}

export function history(lists: readonly AgreementList[], filter: (r: ListRow) => boolean = () => true): HistoryPoint[] {
	return lists.map((list) => {
		const rows = list.rows.filter(filter);
		const byModel = Object.fromEntries(MODEL_IDS.map((m) => [m, rows.filter((r) => r.model === m).length])) as Record<ModelId, number>;
		return { date: list.date, file: list.file, kind: list.kind, total: rows.length, byModel };
	});
}

/** Consecutive points with the same counts shown once: the first list of each run, and the latest. */
export function changesOnly(points: readonly HistoryPoint[]): HistoryPoint[] {
	const same = (a: HistoryPoint, b: HistoryPoint) => a.total === b.total && MODEL_IDS.every((m) => a.byModel[m] === b.byModel[m]);
	return points.filter((p, i) => i === 0 || i === points.length - 1 || !same(p, points[i - 1] as HistoryPoint));
}

/** One change of a place's agreements between two consecutive lists. */
export interface PlaceChange {
	readonly from: string;
	readonly to: string;
	readonly added: readonly Agreement[];
	readonly removed: readonly Agreement[];
}

/** The changes between consecutive lists that concern one state or territory, newest first. */
export function placeChanges(data: AgreementsData, state: string): PlaceChange[] {
	const byId = new Map(data.agreements.map((a) => [a.id, a]));
	const pick = (ids: readonly string[]) =>
		ids
			.map((id) => byId.get(id))
			.filter((a): a is Agreement => a !== undefined && a.state === state)
			.sort((a, b) => a.agency.localeCompare(b.agency) || a.model.localeCompare(b.model));
	return data.changes
		.map((c) => ({ from: c.from, to: c.to, added: pick(c.added), removed: pick(c.removed) }))
		.filter((c) => c.added.length + c.removed.length > 0)
		.reverse();
}
