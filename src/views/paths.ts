import { getCollection } from 'astro:content';
import { listedPlaces } from '../agreements-view/agencies.ts';
import { agreementsData } from '../agreements-view/source.ts';
import { placeSlug } from '../agreements-view/states.ts';
import { explainerPath } from '../content-layer/files.ts';
import { explainersInOrder, sourcePages } from '../content.ts';
import type { Locale } from '../i18n/locales.ts';
import { sectionNeighbours } from '../render/section-pager.ts';
import { timelineFilterLinks } from '../render/timeline-filters.ts';
import { filterEvents } from '../render/timeline.ts';

/**
 * The pages each dynamic route builds, in one language. A route in `src/pages/` and its
 * counterpart in `src/pages/es/` call the same function, so both editions have the same pages.
 */

/** Every explainer but the home page, with the previous and next pages of its section. */
export async function explainerPaths(locale: Locale) {
	const all = await explainersInOrder(locale);
	const neighbours = sectionNeighbours(all, (e) => e.english.data.section);
	return all.map((page) => ({
		params: { slug: explainerPath(page.id).replace(/^\/|\/$/g, '') },
		props: { page, ...neighbours.get(page)! },
	}));
}

/** Every seed, annotated or not. */
export function sourcePaths() {
	return sourcePages().map((page) => ({ params: { slug: page.slug }, props: { page } }));
}

/** A page for each state or territory on ICE's lists. */
export async function statePaths() {
	const data = await agreementsData();
	return listedPlaces(data).map((code) => ({ params: { state: placeSlug(code) }, props: { code } }));
}

// One page per filter (`/timeline/kind/operation/`, `/timeline/model/tfm/`): filtering works
// with plain links, without JavaScript; the page marks its own link with aria-current.
export async function timelineSlicePaths() {
	const all = filterEvents(await getCollection('timeline'));
	const filters = timelineFilterLinks(all);
	return filters.map((filter) => ({
		params: { dimension: filter.dimension, value: filter.value },
		props: { filter, filters, all, events: filterEvents(all, filter.dimension === 'kind' ? { kind: filter.value } : { model: filter.value }) },
	}));
}
