import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../support/config.ts';
import { DIST, htmlFiles } from '../support/dist.ts';
import { pageWeight } from '../support/page-weight.ts';
import { sharedBuild, type SharedBuild } from '../support/shared-build.ts';
import { loadAgreements } from '../../src/agreements/index.ts';
import { placePath } from '../../src/agreements-view/states.ts';

/**
 * Budgets in gzip-compressed kilobytes per page, for what a page loads before any interaction.
 * Today the largest explainer, /history/, uses about 31 kB of the HTML budget: it carries a
 * preview of every citation's passage (about 5 kB there), which repeats the reference list so
 * that it shows on hover and focus without a script. CSS is about a sixth of its budget (~2.5 kB)
 * and JavaScript 0.4 kB (the theme script and toggle).
 */
const BUDGET_KB = {
	html: 34,
	css: 15,
	/** Pages without search in use: the theme script, the toggle and small loaders only. */
	js: 2,
	/** /search/ loads Pagefind's UI after the page; what the page itself ships stays small. */
	searchJs: 4,
} as const;

/**
 * A state page of ICE's list holds one table row and one agency section per agreement, so it
 * grows with the state's agreements, not with the corpus: it gets this much more per agreement
 * of the latest list (Texas, the largest, used about 52 kB for 387 agreements on May 18, 2026).
 */
const PER_AGREEMENT_KB = 0.1;

const SEARCH_PAGE = 'search/index.html';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

describe('page weight of the real site (gzip)', () => {
	const weights = htmlFiles().map((file) => ({ file, ...pageWeight(file, DIST, SITE.base) }));

	it('measures every page', () => {
		expect(weights.length).toBeGreaterThan(10);
		expect(weights.every((w) => w.html > 500 && w.css > 500)).toBe(true);
	});

	let allowance = new Map<string, number>();
	beforeAll(async () => {
		const data = await loadAgreements(process.cwd());
		const perPage = new Map<string, number>();
		for (const row of data.latest.rows) {
			// The same state page in each edition.
			for (const file of [`${placePath(row.state).slice(1)}index.html`, `es${placePath(row.state)}index.html`]) {
				perPage.set(file, (perPage.get(file) ?? 0) + PER_AGREEMENT_KB);
			}
		}
		allowance = perPage;
	});

	it.each(['html', 'css'] as const)(`%s stays within its budget on every page`, (kind) => {
		const budget = (file: string) => (BUDGET_KB[kind] + (kind === 'html' ? (allowance.get(file) ?? 0) : 0)) * 1024;
		const over = weights.filter((w) => w[kind] > budget(w.file)).map((w) => `${w.file}: ${kb(w[kind])} (budget ${kb(budget(w.file))})`);
		expect(over.join('\n'), `over ${BUDGET_KB[kind]} kB of ${kind}`).toBe('');
	});

	it('pages without search in use ship at most the theme script (and small loaders)', () => {
		const over = weights
			.filter((w) => w.js > (w.file === SEARCH_PAGE ? BUDGET_KB.searchJs : BUDGET_KB.js) * 1024)
			.map((w) => `${w.file}: ${kb(w.js)} (${w.scripts.join(', ')})`);
		expect(over.join('\n'), 'over the JavaScript budget').toBe('');
	});

	it('no page loads Pagefind before a search: it is fetched on demand', () => {
		const eager = weights.filter((w) => w.scripts.some((s) => s.includes('pagefind'))).map((w) => `${w.file}: ${w.scripts.join(', ')}`);
		expect(eager.join('\n')).toBe('');
	});
});

/** `count` made-up source articles, different from each other and from the real seeds. */
function syntheticSeeds(count: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 1; i <= count; i++) {
		const county = `Synthetic County ${i}`;
		files[`seeds/9${String(i).padStart(2, '0')}_synthetic.txt`] = [
			`${county} signs a 287(g) agreement in test ${i}`,
			`The sheriff of ${county} said on day ${i} that the office had signed an agreement with ICE.`,
			`Officials in ${county} expect ${i * 3} officers to be trained, according to the release number ${i}.`,
			`Critics in ${county} said they would follow the agreement closely; supporters welcomed it.`,
		].join('\n');
	}
	return files;
}

describe('article pages do not grow with the number of source articles', () => {
	// The small fixture site, built as it is and with 40 more seeds: both builds are shared.
	const SITE = 'minimal';
	const PAGES = ['sources/local-authorities-team-with-ice/index.html', 'what-is-287g/index.html', 'index.html'];
	let before: SharedBuild;
	let after: SharedBuild;
	beforeAll(() => {
		before = sharedBuild({ site: SITE });
		after = sharedBuild({ site: SITE, files: syntheticSeeds(40) });
		for (const [name, build] of [
			['The fixture site', before],
			['The fixture site with 40 more seeds', after],
		] as const) {
			if (build.status !== 0) throw new Error(`${name} failed to build:\n${build.output}`);
		}
	});

	it('the fixture has 40 more source pages', () => {
		const sources = (dist: string) => htmlFiles(dist).filter((f) => f.startsWith('sources/')).length;
		expect(sources(after.dist) - sources(before.dist)).toBe(40);
	});

	it.each(PAGES)('%s: HTML size changes by less than 1 percent with 40 more sources', (file) => {
		const size = (dist: string) => readFileSync(join(dist, file)).length;
		expect(Math.abs(size(after.dist) - size(before.dist)), `${size(before.dist)} bytes before, ${size(after.dist)} after`).toBeLessThan(
			size(before.dist) * 0.01,
		);
	});
});
