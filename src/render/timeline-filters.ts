import { EVENT_KINDS, type EventKind } from '../schemas/timeline.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';
import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

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
	/** Address without the base path nor the language (`localHref` adds both). */
	readonly path: string;
	readonly count: number;
}

interface Filterable {
	readonly data: { readonly kind: string; readonly models: readonly string[] };
}

/** The label of a kind of event in `locale`: "Operation", "Operativo". */
export function eventKindLabel(kind: EventKind, locale: Locale = 'en'): string {
	return messages(locale).timeline.kinds[kind];
}

/** A model's name in `locale`: "Task Force Model", "Modelo de Grupo de Trabajo". */
export function modelName(model: ModelId, locale: Locale = 'en'): string {
	return messages(locale).citations.models[model] ?? MODELS[model].name;
}

/** One link per kind and per model, with how many events it keeps; empty filters are left out. */
export function timelineFilterLinks(events: readonly Filterable[], locale: Locale = 'en'): TimelineFilterLink[] {
	const kinds = (Object.keys(EVENT_KINDS) as EventKind[]).map((kind) => ({
		dimension: 'kind' as const,
		value: kind,
		label: eventKindLabel(kind, locale),
		path: `/timeline/kind/${kind}/`,
		count: events.filter((e) => e.data.kind === kind).length,
	}));
	const models = (Object.keys(MODELS) as ModelId[]).map((model) => ({
		dimension: 'model' as const,
		value: model,
		label: `${modelName(model, locale)} (${MODELS[model].short})`,
		path: `/timeline/model/${model}/`,
		count: events.filter((e) => e.data.models.includes(model)).length,
	}));
	return [...kinds, ...models].filter((f) => f.count > 0);
}
