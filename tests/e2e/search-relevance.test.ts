import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';
import { openSearchIndex, type SearchIndex } from '../support/search-index.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

/**
 * What people type, and a page each query must bring up among its first three results.
 * `pages` lists the acceptable answers; any one of them in the top three passes.
 */
const QUERIES: readonly { query: string; pages: readonly string[] }[] = [
	// The program, however it is written.
	{ query: '287g', pages: ['/what-is-287g/'] },
	{ query: '287 g', pages: ['/what-is-287g/'] },
	{ query: '287(g)', pages: ['/what-is-287g/'] },
	{ query: 'Section 287(g)', pages: ['/what-is-287g/'] },
	// The models, by name and by acronym, singular and plural.
	{ query: 'JEM', pages: ['/models/jail-enforcement/'] },
	{ query: 'jail enforcement', pages: ['/models/jail-enforcement/'] },
	{ query: 'TFM', pages: ['/models/task-force/'] },
	{ query: 'task force', pages: ['/models/task-force/'] },
	{ query: 'task forces', pages: ['/models/task-force/'] },
	{ query: 'WSO', pages: ['/models/warrant-service-officer/'] },
	{ query: 'warrant service', pages: ['/models/warrant-service-officer/'] },
	// Terms of the program.
	{ query: 'MOA', pages: ['/what-is-287g/', '/glossary/'] },
	{ query: 'memorandum of agreement', pages: ['/what-is-287g/', '/models/', '/glossary/'] },
	{ query: 'detainer', pages: ['/models/jail-enforcement/', '/what-is-287g/', '/glossary/'] },
	{ query: 'detainers', pages: ['/models/jail-enforcement/', '/what-is-287g/', '/glossary/'] },
	{ query: 'reimbursement', pages: ['/models/warrant-service-officer/', '/what-is-287g/', '/history/', '/glossary/'] },
	{ query: 'Secure Communities', pages: ['/what-is-287g/', '/history/', '/models/task-force/'] },
	{ query: 'IIRIRA', pages: ['/history/'] },
	{ query: '1996', pages: ['/history/'] },
	{ query: 'sanctuary', pages: ['/debate/', '/operations/', '/sources/operation-safe-city/', '/sources/west-virginia-operation-650/'] },
	{ query: 'force multiplier', pages: ['/models/task-force/', '/debate/', '/glossary/'] },
	// Operations, places and counts.
	{ query: 'Tidal Wave', pages: ['/operations/', '/sources/local-authorities-team-with-ice/'] },
	{ query: 'West Virginia', pages: ['/operations/', '/sources/west-virginia-operation-650/'] },
	{ query: 'Country Roads', pages: ['/sources/west-virginia-operation-650/', '/operations/'] },
	{ query: 'Metro Surge', pages: ['/operations/'] },
	{ query: 'Safe City', pages: ['/sources/operation-safe-city/', '/operations/'] },
	{ query: 'Florida Highway Patrol', pages: ['/models/task-force/'] },
	{ query: '1,001', pages: ['/sources/ice-1000-police-departments/', '/history/', '/methodology/'] },
	{ query: 'Maricopa', pages: ['/models/jail-enforcement/', '/debate/', '/history/'] },
	// People named in the sources.
	{ query: 'Homan', pages: ['/sources/local-authorities-team-with-ice/', '/sources/operation-safe-city/'] },
	{ query: 'Sheahan', pages: ['/sources/ice-1000-police-departments/'] },
	{ query: 'DeSantis', pages: ['/sources/ice-1000-police-departments/', '/models/task-force/', '/operations/'] },
	// Outlets, and the site itself.
	{ query: 'Voz', pages: ['/sources/west-virginia-operation-650/'] },
	{ query: 'TNND', pages: ['/sources/local-authorities-team-with-ice/'] },
	{ query: 'HonkNews', pages: ['/sources/local-agencies-strengthen-partnerships/'] },
	{ query: 'methodology', pages: ['/methodology/'] },
];

/**
 * Queries answered by pages other branches add (glossary, timeline, figures). Each runs once its
 * page is in the build, and is skipped, saying which page is missing, until then.
 */
const WHEN_BUILT: readonly { query: string; page: string }[] = [
	{ query: 'ERO', page: '/glossary/' },
	{ query: 'Enforcement and Removal Operations', page: '/glossary/' },
	{ query: 'notice to appear', page: '/glossary/' },
	{ query: 'administrative warrant', page: '/glossary/' },
	{ query: 'detainer', page: '/glossary/' },
	{ query: 'Melendres', page: '/timeline/' },
	{ query: 'Alamance', page: '/timeline/' },
	{ query: '1,120 arrests', page: '/figures/' },
	{ query: 'agreements over time', page: '/figures/' },
	// ICE's list: agencies, counties, states and territories, as named in the list of May 18, 2026.
	{ query: 'Alamance County Sheriff', page: '/agreements/north-carolina/' },
	{ query: 'Galveston constable', page: '/agreements/texas/' },
	{ query: 'League City Police Department', page: '/agreements/texas/' },
	{ query: 'Autauga County', page: '/agreements/alabama/' },
	{ query: 'Texas', page: '/agreements/texas/' },
	{ query: 'North Carolina', page: '/agreements/north-carolina/' },
	{ query: 'Guam', page: '/agreements/guam/' },
	{ query: 'Northern Mariana Islands', page: '/agreements/northern-mariana-islands/' },
	{ query: 'CNMI Department of Corrections', page: '/agreements/northern-mariana-islands/' },
];

const built = (path: string) => existsSync(join(DIST, path, 'index.html'));

describe('search index', () => {
	let site: BrowserSite;
	let index: SearchIndex;
	beforeAll(async () => {
		site = await openSite();
		index = await openSearchIndex(site);
	});
	afterAll(async () => {
		await index.close();
		await site.close();
	});

	describe('relevance', () => {
		it('has at least 25 queries in its table', () => {
			expect(QUERIES.length).toBeGreaterThanOrEqual(25);
		});

		it.each(QUERIES)('"$query" brings up one of $pages in the first three results', async ({ query, pages }) => {
			const top = (await index.search(query)).slice(0, 3).map((hit) => hit.path);
			expect(
				top.filter((path) => pages.includes(path)),
				`first three: ${top.join(', ')}`,
			).not.toEqual([]);
		});

		for (const { query, page } of WHEN_BUILT) {
			it.skipIf(!built(page))(`"${query}" brings up ${page} in the first three results (skipped while ${page} is not built)`, async () => {
				const top = (await index.search(query)).slice(0, 3).map((hit) => hit.path);
				expect(top).toContain(page);
			});
		}
	});

	describe('filters and order', () => {
		it('offers the type, model and year filters with the values pages declare', async () => {
			const filters = await index.filters();
			expect(Object.keys(filters).sort()).toEqual(['model', 'type', 'year']);
			expect(Object.keys(filters['type']!)).toEqual(expect.arrayContaining(['Explainer', 'Source article']));
			expect(Object.keys(filters['model']!).sort()).toEqual(['Jail Enforcement Model', 'Task Force Model', 'Warrant Service Officer']);
			expect(Object.keys(filters['year']!)).toEqual(expect.arrayContaining(['1996', '2017', '2025', '2026']));
		});

		it('type "Source article" returns the source pages only', async () => {
			const hits = await index.search(null, { type: 'Source article' });
			// The list of sources and one page per seed, however many seeds there are.
			const sourcePages = htmlFiles()
				.filter((f) => /^sources\/([^/]+\/)?index\.html$/.test(f))
				.map((f) => `/${f.slice(0, -'index.html'.length)}`);
			expect(sourcePages).toContain('/sources/operation-safe-city/');
			expect(hits.map((h) => h.path).sort()).toEqual(sourcePages.sort());
		});

		it.skipIf(!built('/agreements/'))('type "Agreements" returns the agreements pages only: the national page and the state pages', async () => {
			const paths = (await index.search(null, { type: 'Agreements' })).map((h) => h.path);
			expect(paths).toEqual(expect.arrayContaining(['/agreements/', '/agreements/texas/', '/agreements/guam/']));
			expect(paths.filter((p) => !p.startsWith('/agreements/'))).toEqual([]);
		});

		it.skipIf(!built('/agreements/'))('type "Agreements" narrows an agency search to its state page', async () => {
			const hits = await index.search('Galveston County Sheriff', { type: 'Agreements' });
			expect(hits.map((h) => h.path)[0]).toBe('/agreements/texas/');
		});

		it('type "Explainer" narrows a query to the explainers', async () => {
			const hits = await index.search('Tidal Wave', { type: 'Explainer' });
			const paths = hits.map((h) => h.path);
			// Every page the filter lets through is an explainer; which explainers mention the
			// operation follows the content, but the two that tell its story must be among them.
			expect(paths).toEqual(expect.arrayContaining(['/history/', '/operations/']));
			for (const path of paths) expect(path).not.toMatch(/^\/(sources|glossary|timeline|figures|agreements|search)\//);
		});

		it('a model filter keeps the pages that concern that model', async () => {
			const paths = (await index.search(null, { model: 'Task Force Model' })).map((h) => h.path);
			expect(paths).toEqual(expect.arrayContaining(['/models/task-force/', '/sources/west-virginia-operation-650/']));
			expect(paths).not.toContain('/models/jail-enforcement/');
			expect(paths).not.toContain('/sources/operation-safe-city/');
		});

		it('a year filter keeps the pages that cover that year', async () => {
			const paths = (await index.search(null, { year: '2017' })).map((h) => h.path);
			// These pages cover 2017; a page added about 2017 may join them.
			expect(paths).toEqual(expect.arrayContaining(['/figures/', '/history/', '/operations/', '/sources/operation-safe-city/', '/timeline/']));
			expect(paths).not.toContain('/sources/west-virginia-operation-650/');
		});

		it('orders dated pages by date, newest first', async () => {
			const hits = await index.search(null, { type: 'Source article' }, { date: 'desc' });
			// These sources, newest first; a source added later takes its place among them.
			const known = [
				'/sources/west-virginia-operation-650/',
				'/sources/ice-1000-police-departments/',
				'/sources/local-authorities-team-with-ice/',
				'/sources/local-agencies-strengthen-partnerships/',
				'/sources/operation-safe-city/',
			];
			expect(hits.map((h) => h.path).filter((path) => known.includes(path))).toEqual(known);
		});
	});
});
