/** Colour arithmetic of WCAG 2, on the `rgb()`/`rgba()` strings of getComputedStyle. */

export type Rgba = readonly [number, number, number, number];

/** `rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)` → `[1, 2, 3, 0.5]`; undefined for other syntaxes. */
export function parseRgb(css: string): Rgba | undefined {
	const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
	if (!m) return undefined;
	const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
	return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio between two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
