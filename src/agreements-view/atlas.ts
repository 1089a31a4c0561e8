import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The shapes of the states and counties (us-atlas, 1:10,000,000, FIPS ids), read once per
 * process. us-atlas ships JSON files only; they are read from node_modules at build time.
 */
export interface ShapeProps {
	readonly name: string;
}
export type Shapes = FeatureCollection<Geometry, ShapeProps>;

const require = createRequire(import.meta.url);
type Atlas = Topology<{ states: GeometryCollection<ShapeProps>; counties: GeometryCollection<ShapeProps> }>;
let atlas: Atlas | undefined;
const topology = (): Atlas => (atlas ??= require('us-atlas/counties-10m.json') as Atlas);

export function stateShapes(): Shapes {
	return feature(topology(), topology().objects.states) as Shapes;
}

/** The counties of one state or territory (FIPS ids starting with the state's code). */
export function countyShapes(stateFips: string): Shapes {
	const t = topology();
	const geometries = t.objects.counties.geometries.filter((g) => String(g.id).startsWith(stateFips));
	return feature(t, { type: 'GeometryCollection', geometries }) as Shapes;
}

/** The borders between the counties of one state, as one line geometry (each border drawn once). */
export function countyBorders(stateFips: string): MultiLineString {
	const t = topology();
	const geometries = t.objects.counties.geometries.filter((g) => String(g.id).startsWith(stateFips));
	return mesh(t, { type: 'GeometryCollection', geometries }, (a, b) => a !== b);
}

/** The shape of one state or territory, or undefined when us-atlas has none. */
export function stateShape(stateFips: string): Shapes['features'][number] | undefined {
	return stateShapes().features.find((f) => String(f.id) === stateFips);
}
