import type { DateSpec } from '../lib/dates.ts';

/** What a timeline slice may be filtered by; every field is optional. */
export interface TimelineFilter {
	readonly kind?: string | undefined;
	readonly model?: string | undefined;
	/** First year to include. */
	readonly from?: number | undefined;
	/** Last year to include. */
	readonly to?: number | undefined;
}

interface EventLike {
	readonly id: string;
	readonly data: { readonly date: DateSpec; readonly kind: string; readonly models: readonly string[] };
}

/** Events that match the filter, oldest first (ties by id, so the order is stable). */
export function filterEvents<T extends EventLike>(events: readonly T[], filter: TimelineFilter = {}): T[] {
	return events
		.filter((e) => !filter.kind || e.data.kind === filter.kind)
		.filter((e) => !filter.model || e.data.models.includes(filter.model))
		.filter((e) => filter.from === undefined || Number(e.data.date.end.slice(0, 4)) >= filter.from)
		.filter((e) => filter.to === undefined || Number(e.data.date.start.slice(0, 4)) <= filter.to)
		.sort((a, b) => a.data.date.start.localeCompare(b.data.date.start) || a.id.localeCompare(b.id));
}
