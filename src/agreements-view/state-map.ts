import type { Element, ElementContent } from 'hast';
import { geoAlbersUsa, geoMercator, geoPath } from 'd3-geo';
import { s } from 'hastscript';
import { stateShapes } from './atlas.ts';
import { pathData, round1, thinned } from './geometry.ts';
import { levelOf, STATE_LEVELS } from './levels.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { placeByFips, placeName, type Place } from './states.ts';

/**
 * The map of the states, drawn at build time as an SVG hast tree. Each state and territory is
 * shaded by its number of agreements and labelled with its USPS code; one that the lists name is
 * a link to its page, with the count in its accessible name. Alaska and Hawaii are the usual
 * insets of the Albers USA projection; the territories, a few pixels wide at that scale, each
 * get a box of their own along the bottom. Colours come from classes (agreements.css).
 */
export interface MapEntry {
	readonly code: string;
	readonly agreements: number;
	/** Address of the place's page (with the base path), or null when it has none. */
	readonly href: string | null;
}

export interface MapOptions {
	readonly titleId: string;
	readonly descId: string;
	readonly title: string;
	readonly description: string;
	/** The language of the page: names and labels. */
	readonly locale?: Locale | undefined;
}

export interface DrawnPlace {
	readonly code: string;
	readonly name: string;
	readonly agreements: number;
	readonly level: number;
	readonly href: string | null;
	readonly inset: boolean;
}

const WIDTH = 975;
const HEIGHT = 700;
/** The small states of the north-east, labelled in a column to the east with a leader line. */
const CALLOUT = new Set(['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC']);
const INSET = { top: 618, width: 84, height: 50, gap: 12 };

export function accessibleName(p: Place, agreements: number, locale: Locale = 'en'): string {
	return messages(locale).agreements.map.placeName(placeName(p.code, locale), p.code, agreements);
}

export function stateMap(entries: readonly MapEntry[], options: MapOptions): { svg: Element; places: DrawnPlace[] } {
	const locale = options.locale ?? 'en';
	const byCode = new Map(entries.map((e) => [e.code, e]));
	const shapes = stateShapes();
	const albers = geoAlbersUsa().scale(1300).translate([487.5, 305]);
	const projection = thinned(albers, 1.5);
	const path = geoPath(albers);
	const drawn: DrawnPlace[] = [];
	const shapesLayer: ElementContent[] = [];
	const insets: typeof shapes.features = [];
	const callouts: { code: string; x: number; y: number }[] = [];

	const item = (p: Place, body: ElementContent[], inset: boolean) => {
		const entry = byCode.get(p.code);
		const agreements = entry?.agreements ?? 0;
		const level = levelOf(agreements, STATE_LEVELS).index;
		const href = entry?.href ?? null;
		drawn.push({ code: p.code, name: placeName(p.code, locale), agreements, level, href, inset });
		const name = accessibleName(p, agreements, locale);
		const props = { class: `map-place level-${level}`, 'data-code': p.code };
		return href
			? // Named by its <title> (SVG-AAM), not aria-label: the label-in-name rule would then ask the
				// two-letter label to be matched, which axe cannot measure reliably on SVG text.
				s('a', { ...props, href }, [s('title', name), ...body])
			: s('g', { ...props, role: 'img', 'aria-label': name }, [s('title', name), ...body]);
	};

	for (const f of shapes.features) {
		const p = placeByFips(String(f.id));
		if (!p) continue;
		const d = pathData(projection, f);
		if (!d) {
			insets.push(f);
			continue;
		}
		const [cx, cy] = path.centroid(f).map(round1) as [number, number];
		const body: ElementContent[] = [s('path', { d })];
		if (CALLOUT.has(p.code)) callouts.push({ code: p.code, x: cx, y: cy });
		else body.push(s('text', { x: cx, y: cy, class: 'map-label', 'text-anchor': 'middle', 'dominant-baseline': 'central' }, p.code));
		shapesLayer.push(item(p, body, false));
	}

	// Call-outs: labels in a column east of the coast, in the order of the states from north to south.
	callouts.sort((a, b) => a.y - b.y);
	callouts.forEach((c, i) => {
		const ly = 150 + i * 24;
		const lx = 925;
		const target = shapesLayer.find((e) => (e as Element).properties?.['dataCode'] === c.code) as Element | undefined;
		target?.children.push(
			s('line', { x1: c.x, y1: c.y, x2: lx - 4, y2: ly, class: 'map-leader' }),
			s('text', { x: lx, y: ly, class: 'map-label', 'dominant-baseline': 'central' }, c.code),
		);
	});

	// Territories: each in its own box, drawn with a projection fitted to the box.
	insets.sort((a, b) => (placeByFips(String(a.id))?.name ?? '').localeCompare(placeByFips(String(b.id))?.name ?? ''));
	const startX = WIDTH - insets.length * (INSET.width + INSET.gap);
	const insetLayer = insets.map((f, i) => {
		const p = placeByFips(String(f.id)) as Place;
		const x = startX + i * (INSET.width + INSET.gap);
		const box: [[number, number], [number, number]] = [
			[x + 6, INSET.top + 6],
			[x + INSET.width - 6, INSET.top + INSET.height - 6],
		];
		const local = thinned(geoMercator().fitExtent(box, f), 1);
		return item(
			p,
			[
				s('rect', { x, y: INSET.top, width: INSET.width, height: INSET.height, class: 'map-inset', rx: 3 }),
				s('path', { d: pathData(local, f) }),
				s(
					'text',
					{ x: x + INSET.width / 2, y: INSET.top + INSET.height + 14, class: 'map-label', 'text-anchor': 'middle', 'dominant-baseline': 'central' },
					p.code,
				),
			],
			true,
		);
	});

	const svg = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
			class: 'agreements-map',
			role: 'group',
			'aria-labelledby': options.titleId,
			'aria-describedby': options.descId,
		},
		[
			s('title', { id: options.titleId }, options.title),
			s('desc', { id: options.descId }, options.description),
			s('g', { class: 'map-states' }, shapesLayer),
			s('g', { class: 'map-territories' }, [
				s('text', { x: startX, y: INSET.top - 8, class: 'map-note' }, messages(locale).agreements.map.territories),
				...insetLayer,
			]),
		],
	);
	return { svg, places: drawn };
}
