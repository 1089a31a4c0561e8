import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = (path: string) => readFileSync(new URL(`../../dist/${path}`, import.meta.url), 'utf8');

describe('Spanish timeline (/es/timeline/)', () => {
	const html = page('es/timeline/index.html');
	it('writes its own text in Spanish', () => {
		expect(html).toContain('<h1>Cronología</h1>');
		expect(html).toContain('Filtrar la cronología');
		expect(html).toContain('Orígenes (1996–2001)');
		expect(html).not.toContain('Filter the timeline');
	});
	it('links its filters under /es/ with Spanish labels', () => {
		expect(html).toMatch(/href="[^"]*\/es\/timeline\/kind\/operation\/"[^>]*>\s*Operativo \(\d+\)/);
	});
	it('names the filter on a slice page', () => {
		expect(page('es/timeline/kind/operation/index.html')).toContain('<h1>Cronología: Operativo</h1>');
	});
	it('shows dates in Spanish', () => {
		expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} de [a-z]+ de \d{4}<\/time>/);
	});
});
