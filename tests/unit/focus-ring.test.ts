import { describe, expect, it } from 'vitest';
import { ringProblem, type TabStop } from '../support/keyboard.ts';

const stop = (ring?: TabStop['ring'], inView = true): TabStop => ({ name: 'a "x"', index: 0, inView, ...(ring ? { ring } : {}) });
const white = 'rgb(255, 255, 255)';

describe('ringProblem (focus indicator judged from computed styles)', () => {
	it('accepts a 3px outline in the site focus colour on white, and a box-shadow ring', () => {
		expect(ringProblem(stop({ width: 3, color: 'rgb(194, 65, 12)', background: white, shadow: false }))).toBeUndefined();
		expect(ringProblem(stop({ width: 0, color: white, background: white, shadow: true }))).toBeUndefined();
	});

	it('reports no ring, a thin ring, a faint ring and a focused element out of view', () => {
		expect(ringProblem(stop())).toBe('shows no outline or box-shadow when focused');
		expect(ringProblem(stop({ width: 1, color: 'rgb(0, 0, 0)', background: white, shadow: false }))).toBe('has a 1px outline; use at least 2px');
		expect(ringProblem(stop({ width: 3, color: 'rgb(220, 220, 220)', background: white, shadow: false }))).toMatch(/contrast 1\.\d+:1 .* needs 3:1/);
		expect(ringProblem(stop({ width: 3, color: 'rgb(0, 0, 0)', background: white, shadow: false }, false))).toBe('is outside the viewport when focused');
	});
});
