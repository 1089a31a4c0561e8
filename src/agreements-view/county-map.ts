import type { Element, ElementContent } from 'hast';
import { geoConicEqualArea, geoMercator, type GeoProjection } from 'd3-geo';
import { s } from 'hastscript';
import { countyBorders, countyShapes, stateShape } from './atlas.ts';
import { pathData, thinned } from './geometry.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { COUNTY_LEVELS, levelOf } from './levels.ts';

/**
 * The county map of one state: every county outlined, those with agreements shaded by their
 * number. Counties of ICE's list are matched by name within the state ("Wake", "Wake County",
 * "St. Johns" and "Saint Johns" alike). Borders are one path (each drawn once), shaded counties
 * one path each, so the map of a state with 254 counties stays small.
 */
export interface CountyCount {
	readonly county: string;
	readonly agreements: number;
}

export interface CountyMap {
	readonly svg: Element;
	/** Counties of the list matched to a shape, with the shape's name. */
	readonly matched: readonly { readonly county: string; readonly shape: string; readonly agreements: number; readonly level: number }[];
	/** Counties of the list no shape of the state carries (the table still lists them). */
	readonly unmatched: readonly string[];
}

const SUFFIX = /\s+(county|parish|borough|census area|city and borough|municipality|municipio|island|islands|district)$/;

/** How a county name is compared: lower case, no accents, "saint" for "st.", no "County". */
export function countyKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'.]/g, '')
		.replace(/\bst\b/g, 'saint')
		.replace(/\bste\b/g, 'sainte')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(SUFFIX, '');
}

const WIDTH = 600;
const HEIGHT = 420;

function projectionFor(code: string): GeoProjection {
	// Alaska crosses the antimeridian and the Pacific islands sit near it: a Mercator centred on them.
	if (code === 'AK') return geoConicEqualArea().rotate([154, 0]).center([0, 62]).parallels([55, 65]);
	if (['HI', 'GU', 'MP', 'AS', 'PR', 'VI'].includes(code)) return geoMercator();
	return geoConicEqualArea().parallels([29.5, 45.5]).rotate([96, 0]);
}

export function countyMap(
	code: string,
	fips: string,
	counts: readonly CountyCount[],
	options: { titleId: string; descId: string; title: string; locale?: Locale | undefined },
): CountyMap | null {
	const m = messages(options.locale ?? 'en').agreements.map;
	const shapes = countyShapes(fips);
	if (shapes.features.length === 0) return null;
	const byKey = new Map(shapes.features.map((f) => [countyKey(f.properties.name), f]));
	const projection = projectionFor(code).fitExtent(
		[
			[8, 8],
			[WIDTH - 8, HEIGHT - 8],
		],
		shapes,
	);
	const thin = thinned(projection, 1.5);
	const path = (o: Parameters<typeof pathData>[1]) => pathData(thin, o);
	const matched: CountyMap['matched'][number][] = [];
	const unmatched: string[] = [];
	const shaded: ElementContent[] = [];
	for (const c of [...counts].sort((a, b) => a.county.localeCompare(b.county))) {
		const f = byKey.get(countyKey(c.county));
		if (!f) {
			unmatched.push(c.county);
			continue;
		}
		const level = levelOf(c.agreements, COUNTY_LEVELS).index;
		matched.push({ county: c.county, shape: f.properties.name, agreements: c.agreements, level });
		shaded.push(s('path', { d: path(f), class: `map-county level-${level}` }, [s('title', m.county(c.county, c.agreements))]));
	}
	const land = stateShape(fips);
	const outline = land ? path(land) : '';
	const svg = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
			class: 'county-map',
			role: 'img',
			'aria-labelledby': options.titleId,
			'aria-describedby': options.descId,
		},
		[
			s('title', { id: options.titleId }, options.title),
			s('desc', { id: options.descId }, m.countyDescription(matched.length, shapes.features.length)),
			s('path', { d: outline, class: 'map-county-land' }),
			s('g', { class: 'map-counties' }, shaded),
			s('path', { d: path(countyBorders(fips)), class: 'map-county-borders' }),
		],
	);
	return { svg, matched, unmatched };
}
