import type { ListRow } from '../agreements/types.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/**
 * Counts of one list: agreements (rows) and agencies (distinct agencies) by model, by state and
 * by agency type. A row is one agreement; an agency with three models has three rows.
 */
export const MODEL_IDS = Object.keys(MODELS) as ModelId[];

export interface Counts {
	readonly agreements: number;
	readonly agencies: number;
	readonly byModel: Readonly<Record<ModelId, { readonly agreements: number; readonly agencies: number }>>;
}

/** What an agency is counted as: its key within its state (the same name can occur in two states). */
const agencyId = (r: Pick<ListRow, 'state' | 'agencyKey'>) => `${r.state}\u0000${r.agencyKey}`;

export function counts(rows: readonly ListRow[]): Counts {
	const byModel = Object.fromEntries(
		MODEL_IDS.map((m) => {
			const of = rows.filter((r) => r.model === m);
			return [m, { agreements: of.length, agencies: new Set(of.map(agencyId)).size }];
		}),
	) as Record<ModelId, { agreements: number; agencies: number }>;
	return { agreements: rows.length, agencies: new Set(rows.map(agencyId)).size, byModel };
}

export interface Group extends Counts {
	readonly key: string;
}

/** Rows grouped by a key, each group counted; largest first, then by key. */
export function countBy(rows: readonly ListRow[], key: (r: ListRow) => string): Group[] {
	const groups = new Map<string, ListRow[]>();
	for (const r of rows) {
		const k = key(r);
		const group = groups.get(k);
		if (group) group.push(r);
		else groups.set(k, [r]);
	}
	return [...groups].map(([k, of]) => ({ key: k, ...counts(of) })).sort((a, b) => b.agreements - a.agreements || a.key.localeCompare(b.key));
}

/** The label of a missing agency type or county. */
export const NOT_GIVEN = 'Not given';

export const byState = (rows: readonly ListRow[]) => countBy(rows, (r) => r.state);
export const byAgencyType = (rows: readonly ListRow[]) => countBy(rows, (r) => r.agencyType ?? NOT_GIVEN);
