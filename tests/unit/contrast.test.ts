import { describe, expect, it } from 'vitest';
import { contrast, parseRgb } from '../support/contrast.ts';

describe('contrast helpers of the browser tests', () => {
	it('parses computed colours', () => {
		expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
		expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
		expect(parseRgb('color(srgb 1 1 1)')).toBeUndefined();
	});

	it('computes the WCAG contrast ratio', () => {
		expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
		expect(contrast([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
	});
});
