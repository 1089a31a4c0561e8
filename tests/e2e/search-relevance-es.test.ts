import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearchIndex, type SearchIndex } from '../support/search-index.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

/**
 * Spanish search: what readers type on a Spanish page, and a Spanish page each query must bring
 * up among its first three results. Accents are optional; the English names and acronyms of the
 * models (kept in the Spanish explainers' keywords) find the Spanish pages too.
 */
const QUERIES: readonly { query: string; pages: readonly string[] }[] = [
	{ query: 'cárcel', pages: ['/es/models/jail-enforcement/'] },
	{ query: 'carcel', pages: ['/es/models/jail-enforcement/'] },
	{ query: 'cárceles', pages: ['/es/models/jail-enforcement/'] },
	{ query: 'JEM', pages: ['/es/models/jail-enforcement/'] },
	{ query: 'Jail Enforcement', pages: ['/es/models/jail-enforcement/'] },
	{ query: 'grupo de trabajo', pages: ['/es/models/task-force/'] },
	{ query: 'TFM', pages: ['/es/models/task-force/'] },
	{ query: 'Task Force', pages: ['/es/models/task-force/'] },
	{ query: 'orden de arresto', pages: ['/es/models/warrant-service-officer/'] },
	{ query: 'ordenes de arresto', pages: ['/es/models/warrant-service-officer/'] },
	{ query: 'WSO', pages: ['/es/models/warrant-service-officer/'] },
	{ query: '287g', pages: ['/es/what-is-287g/'] },
	{ query: 'memorando de acuerdo', pages: ['/es/what-is-287g/', '/es/models/'] },
	{ query: 'metodologia', pages: ['/es/methodology/'] },
	{ query: 'operativos', pages: ['/es/operations/'] },
	{ query: 'Tidal Wave', pages: ['/es/operations/'] },
	{ query: 'perfiles raciales', pages: ['/es/debate/'] },
	{ query: 'multiplicador de fuerza', pages: ['/es/debate/', '/es/models/task-force/'] },
];

describe('Spanish search index', () => {
	let site: BrowserSite;
	let es: SearchIndex;
	let en: SearchIndex;
	beforeAll(async () => {
		site = await openSite();
		es = await openSearchIndex(site, '/', 'es/search/');
		en = await openSearchIndex(site, '/', 'search/');
	});
	afterAll(async () => {
		await es.close();
		await en.close();
		await site.close();
	});

	it.each(QUERIES)('"$query" brings up one of $pages in the first three results', async ({ query, pages }) => {
		const top = (await es.search(query)).slice(0, 3).map((hit) => hit.path);
		expect(
			top.filter((path) => pages.includes(path)),
			`first three: ${top.join(', ')}`,
		).not.toEqual([]);
	});

	it('Spanish search returns Spanish pages only, English search English pages only', async () => {
		for (const query of ['287g', 'JEM', 'Task Force', 'ICE']) {
			const spanish = (await es.search(query)).map((h) => h.path);
			const english = (await en.search(query)).map((h) => h.path);
			expect(spanish.length, query).toBeGreaterThan(0);
			expect(
				spanish.filter((p) => !p.startsWith('/es/')),
				query,
			).toEqual([]);
			expect(
				english.filter((p) => p.startsWith('/es/')),
				query,
			).toEqual([]);
		}
	});

	it('filters name types and models in Spanish', async () => {
		const filters = await es.filters();
		expect(Object.keys(filters['type']!)).toContain('Explicación');
		expect(Object.keys(filters['model']!)).toContain('Modelo de Grupo de Trabajo (TFM)');
	});
});
