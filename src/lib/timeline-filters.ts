import { EVENT_KINDS, type EventKind } from '../schemas/timeline.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/**
 * The filters of /timeline/. Each filter is its own pre-rendered page
 * (`/timeline/kind/operation/`, `/timeline/model/tfm/`), so filtering is plain links: it
 * works without JavaScript, keeps every page small, can be bookmarked, and a screen reader
 * hears the current filter through `aria-current="page"`.
 */
export interface TimelineFilterLink {
	readonly dimension: 'kind' | 'model';
	readonly value: string;
	readonly label: string;
	/** Address without the base path. */
	readonly path: string;
	readonly count: number;
}

interface Filterable {
	readonly data: { readonly kind: string; readonly models: readonly string[] };
}

/** One link per kind and per model, with how many events it keeps; empty filters are left out. */
export function timelineFilterLinks(events: readonly Filterable[]): TimelineFilterLink[] {
	const kinds = (Object.keys(EVENT_KINDS) as EventKind[]).map((kind) => ({
		dimension: 'kind' as const,
		value: kind,
		label: EVENT_KINDS[kind],
		path: `/timeline/kind/${kind}/`,
		count: events.filter((e) => e.data.kind === kind).length,
	}));
	const models = (Object.keys(MODELS) as ModelId[]).map((model) => ({
		dimension: 'model' as const,
		value: model,
		label: `${MODELS[model].name} (${MODELS[model].short})`,
		path: `/timeline/model/${model}/`,
		count: events.filter((e) => e.data.models.includes(model)).length,
	}));
	return [...kinds, ...models].filter((f) => f.count > 0);
}
