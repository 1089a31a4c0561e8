import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

/**
 * A projection followed by a filter for the size a page draws a map at: points closer than
 * `minDistance` pixels to the last point kept are dropped, and so are the rings of a polygon
 * (small islands) smaller than `minDistance` across. Most points of a 1:10m shape overlap at that
 * size; dropping them keeps the map of the states and the county map of Texas small for a page.
 */
export function thinned(projection: GeoStreamWrapper, minDistance: number): GeoStreamWrapper {
	const min2 = minDistance * minDistance;
	return {
		stream(output: GeoStream): GeoStream {
			let inPolygon = false;
			let points: [number, number][] | null = null;
			let pending: [number, number] | null = null;
			const filter: GeoStream = {
				point(x, y) {
					if (!points) return output.point(x, y);
					const last = points[points.length - 1];
					if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < min2) {
						pending = [x, y];
						return;
					}
					points.push([x, y]);
					pending = null;
				},
				lineStart() {
					points = [];
					pending = null;
				},
				lineEnd() {
					const line = points ?? [];
					// The last point of a line is kept, so that lines still meet their neighbours.
					if (pending) line.push(pending);
					points = null;
					if (inPolygon) {
						const xs = line.map((p) => p[0]);
						const ys = line.map((p) => p[1]);
						if (line.length < 3 || (Math.max(...xs) - Math.min(...xs) < minDistance && Math.max(...ys) - Math.min(...ys) < minDistance)) return;
					}
					output.lineStart();
					for (const [x, y] of line) output.point(x, y);
					output.lineEnd();
				},
				polygonStart: () => {
					inPolygon = true;
					output.polygonStart();
				},
				polygonEnd: () => {
					inPolygon = false;
					output.polygonEnd();
				},
				sphere: () => output.sphere?.(),
			};
			return projection.stream(filter);
		},
	};
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A d3-geo path context writing SVG path data with whole-pixel relative steps ("M10 20l3-2 1 4z"),
 * about half the size of d3's absolute coordinates. Repeated points are dropped.
 */
export class RelativePath implements GeoContext {
	private parts: string[] = [];
	private x = 0;
	private y = 0;
	private started = false;
	constructor(private readonly scale = 1) {}

	private q(n: number) {
		return Math.round(n * this.scale);
	}

	moveTo(x: number, y: number): void {
		const [qx, qy] = [this.q(x), this.q(y)];
		this.parts.push(`M${qx} ${qy}`);
		[this.x, this.y] = [qx, qy];
		this.started = false;
	}

	lineTo(x: number, y: number): void {
		const [qx, qy] = [this.q(x), this.q(y)];
		const dx = qx - this.x;
		const dy = qy - this.y;
		if (dx === 0 && dy === 0) return;
		const step = `${dx}${dy < 0 ? '' : ' '}${dy}`;
		this.parts.push(this.started ? `${dx < 0 ? '' : ' '}${step}` : `l${step}`);
		this.started = true;
		[this.x, this.y] = [qx, qy];
	}

	closePath(): void {
		this.parts.push('z');
		this.started = false;
	}

	beginPath(): void {
		// Each object starts with a moveTo.
	}

	arc(): void {
		// Points (a radius) are never drawn on these maps.
	}

	/** The path data written since the last call, and a fresh start. */
	result(): string {
		const d = this.parts.join('');
		this.parts = [];
		return d;
	}
}

/** Path data of a GeoJSON object through a projection, as whole-pixel relative steps. */
export function pathData(projection: GeoStreamWrapper, object: GeoPermissibleObjects): string {
	const context = new RelativePath();
	geoPath(projection, context)(object);
	return context.result();
}
