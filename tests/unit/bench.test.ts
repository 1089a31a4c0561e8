import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/checks/check-content.ts';
import { floorProject } from '../../scripts/bench/floor-project.ts';
import type { Measurement } from '../../scripts/bench/measure.ts';
import { median, table, verdict } from '../../scripts/bench/report.ts';
import { syntheticCorpus, type Files } from '../../scripts/bench/synthetic-corpus.ts';
import { SITE_FILES } from '../../scripts/lib/project-files.ts';
import { tempProject } from '../../scripts/bench/temp-project.ts';

// The benchmark's corpus must stay valid content as the project changes: checked here without
// building, so that `npm run bench` does not fail after a few minutes.
describe('the benchmark corpus', () => {
	let root: string;
	let files: Files;
	let report: ContentReport;
	beforeAll(() => {
		files = syntheticCorpus(process.cwd(), 45);
		root = tempProject(process.cwd(), 'test', SITE_FILES, files);
		report = checkContent(root);
		// The copy includes ICE's lists (data/ice/, about 9 MB): on a loaded machine it takes seconds.
	}, 60_000);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('holds N seeds, the real ones and numbered copies, with no problem', () => {
		expect(report.problems).toEqual([]);
		expect(report.corpus.seeds).toHaveLength(45);
	});

	it('annotates some copies with articles whose citations and notes all resolve', () => {
		const articles = [...files.keys()].filter((f) => f.startsWith('content/articles/'));
		expect(articles.length).toBeGreaterThanOrEqual(5);
		const fromArticles = report.citations.filter((c) => c.file.startsWith('content/articles/synthetic-'));
		expect(fromArticles).toHaveLength(articles.length * 4);
		expect(fromArticles.filter((c) => c.role === 'note')).toHaveLength(articles.length);
	});

	it('gives the floor one MDX file per source, with the same title and paragraphs', () => {
		const floor = floorProject(root);
		const mdx = [...floor.keys()].filter((f) => f.startsWith('articles/'));
		expect(mdx).toHaveLength(45);
		const seed = report.corpus.seeds.find((s) => s.slug === 'operation-safe-city')!;
		const text = String(floor.get('articles/operation-safe-city.mdx'));
		expect(text).toContain(`title: ${seed.title}`);
		expect(text).toContain(`  - ${seed.paragraphs.at(-1)!.text}`);
	});
});

describe('the benchmark report', () => {
	const m = (wallMs: number, pages: number[], htmlPaths = ['index.html', 'agreements/index.html', 'agreements/texas/index.html']): Measurement => ({
		wallMs,
		cpuMs: wallMs / 2,
		peakRss: 1e9,
		outputBytes: 5e6,
		pageBytes: pages,
		htmlPaths,
	});
	const rows = [
		{ n: 100, floor: m(10_000, [4000, 4000]), project: m(12_000, [12_000, 12_000]) },
		{ n: 1000, floor: m(20_000, [4000, 4000]), project: m(36_000, [12_000, 12_000]) },
	];

	it("says when the site's build has no pages from ICE's lists", () => {
		const without = [{ n: 10, floor: m(1000, [1]), project: m(1000, [1], ['index.html', 'sources/x/index.html']) }];
		expect(verdict(without)).toContain("Pages from ICE's lists in the site's build: NONE; the benchmark must include /agreements/ (is data/ in SITE_FILES?).");
	});

	it('takes the median of an even count as the mean of the middle two', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('prints one ratio row per size', () => {
		expect(
			table(rows)
				.split('\n')
				.filter((l) => l.includes('ratio to the floor')),
		).toEqual([
			'| 100 | **ratio to the floor** | **1.20×** | | 1.20× | 1.00× | 1.00× | 3.00× |',
			'| 1000 | **ratio to the floor** | **1.80×** | | 1.80× | 1.00× | 1.00× | 3.00× |',
		]);
	});

	it('judges the targets on the largest size', () => {
		expect(verdict(rows)).toEqual([
			"Build time at 1000 articles: 1.80× the floor's wall time, 1.80× its CPU time (target at most 1.5×): NOT met.",
			'Peak memory at 1000 articles: 1000 MB (target under 2 GB): met.',
			"Pages from ICE's lists in the site's build: 2 (/agreements/ and the pages under it).",
			'Median HTML per source page from 100 to 1000 articles: 12.0 kB → 12.0 kB (0.0%; target: independent of corpus size).',
		]);
	});
});
