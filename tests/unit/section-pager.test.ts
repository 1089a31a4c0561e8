import { describe, expect, it } from 'vitest';
import { sectionNeighbours } from '../../src/render/section-pager.ts';

describe('sectionNeighbours', () => {
	const pages = [
		{ id: 'models', section: 'models' },
		{ id: 'jem', section: 'models' },
		{ id: 'tfm', section: 'models' },
		{ id: 'history', section: 'history' },
	];
	const around = (id: string) => {
		const n = sectionNeighbours(pages, (p) => p.section).get(pages.find((p) => p.id === id)!)!;
		return [n.previous?.id, n.next?.id];
	};

	it('links each page to the ones before and after it in its section', () => {
		expect(around('models')).toEqual([undefined, 'jem']);
		expect(around('jem')).toEqual(['models', 'tfm']);
	});

	it('never crosses into another section', () => {
		expect(around('tfm')).toEqual(['jem', undefined]);
		expect(around('history')).toEqual([undefined, undefined]);
	});
});
