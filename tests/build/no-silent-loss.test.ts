import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { lostText, seedFiles, sourcePagesBySeed } from '../support/seed-text.ts';

// Nothing lost: every seed has a page, and the page shows the seed's text, paragraph by
// paragraph at #p-1, #p-2…, after the documented normalisation (README, "Normalisation").
describe('no silent loss on the real site', () => {
	it('gives every seed exactly one source page, and every source page a seed', () => {
		expect([...sourcePagesBySeed(DIST).keys()].sort()).toEqual(seedFiles('seeds'));
	});

	it('shows every seed text exactly, from its bytes, in order', () => {
		expect(lostText('seeds', DIST)).toEqual([]);
	});
});
