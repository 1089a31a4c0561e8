import { describe, expect, it } from 'vitest';
import { ariaCurrent, MENU } from '../../src/render/site.ts';

describe('ariaCurrent', () => {
	it('is "page" on the page itself, "true" inside its section, absent elsewhere', () => {
		expect(ariaCurrent('/models/', '/models/')).toBe('page');
		expect(ariaCurrent('/models/', '/models/task-force/')).toBe('true');
		expect(ariaCurrent('/models/', '/history/')).toBeUndefined();
	});

	it('never marks the home page as the section of every page', () => {
		expect(ariaCurrent('/', '/history/')).toBeUndefined();
		expect(ariaCurrent('/', '/')).toBe('page');
	});
});

describe('MENU', () => {
	it('is a short fixed list that reaches every explainer section', () => {
		expect(MENU.length).toBeLessThanOrEqual(10);
		expect(MENU.map((m) => m.path)).toEqual(expect.arrayContaining(['/what-is-287g/', '/models/', '/history/', '/operations/', '/debate/']));
	});
});
