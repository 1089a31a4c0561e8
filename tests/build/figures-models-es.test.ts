import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Heading, Root as MdRoot } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { messages } from '../../src/i18n/index.ts';
import { byDate, figureUnitWord, formatFigureValue } from '../../src/render/figures.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { MODELS, type ModelId } from '../../src/schemas/models.ts';
import { readCollection } from '../support/collection-data.ts';
import { page } from '../support/dist.ts';

/** The Spanish edition of the models table, the figures page and the contributors' guide, as built. */

const es = messages('es');
const squash = (e: Element | Root) => toString(e).replace(/\s+/g, ' ').trim();
const langOf = (tree: Root) => select('html', tree)!.properties['lang'];

describe('the models table on /es/models/', () => {
	const data = comparisonSchema.parse(parse(readFileSync('content/comparison.yaml', 'utf8')));
	const spanish = page('/es/models/');
	const english = page('/models/');
	const table = (tree: Root) => select('section#compare table', tree)!;
	const ids = Object.keys(MODELS) as ModelId[];

	it('is a Spanish page, with the heading, caption and column headers in Spanish, each model with its acronym', () => {
		expect(langOf(spanish)).toBe('es');
		expect(squash(select('#compare-heading', spanish)!)).toBe(es.models.heading);
		expect(squash(select('caption', table(spanish))!)).toBe(es.models.caption);
		expect(selectAll('thead th[scope=col]', table(spanish)).map(squash)).toEqual([
			es.models.question,
			...ids.map((id) => `${es.citations.models[id]} (${MODELS[id].short})`),
		]);
		expect(selectAll('thead a', table(spanish)).map((a) => a.properties['href'])).toEqual(
			selectAll('thead a', table(english)).map((a) => `/es${String(a.properties['href'])}`),
		);
	});

	it("shows each row's Spanish question and each cell's Spanish text, the English only where one is missing, marked", () => {
		const rows = selectAll('tbody tr', table(spanish));
		expect(rows).toHaveLength(data.rows.length);
		for (const [i, row] of data.rows.entries()) {
			const th = select('th[scope=row]', rows[i]!)!;
			expect(squash(th)).toBe(row.es?.question ?? row.question);
			expect(th.properties['lang']).toBe(row.es ? undefined : 'en');
			const cells = selectAll('td', rows[i]!);
			for (const [j, id] of ids.entries()) {
				const cell = row[id];
				const text = select(':scope > span:not(.compare-label)', cells[j]!)!;
				expect(squash(text), `${row.question} ${id}`).toBe(cell.es?.text ?? cell.text);
				expect(text.properties['lang']).toBe(cell.es ? undefined : 'en');
			}
		}
	});

	it('cites in each cell the same passages as the English table, shown in English', () => {
		/** The passages a cell's markers lead to, in the page's reference list. */
		const passages = (tree: Root) =>
			selectAll('tbody td', table(tree)).map((td) =>
				selectAll('sup.cite a', td).map((a) => {
					const reference = select(`li${String(a.properties['href'])}`, tree)!;
					return squash(select('blockquote', reference)!);
				}),
			);
		const en = passages(english);
		expect(en.flat().length).toBe(data.rows.flatMap((r) => ids.flatMap((id) => r[id].citations)).length);
		expect(passages(spanish)).toEqual(en);
		for (const td of selectAll('tbody td', table(spanish))) {
			for (const a of selectAll('sup.cite a', td)) {
				const quote = select(`li${String(a.properties['href'])} blockquote`, spanish)!;
				expect(quote.properties['lang']).toBe('en');
			}
		}
	});
});

describe('the figures page in Spanish, /es/figures/', () => {
	const figures = readCollection('content/figures', figureSchema);
	const tree = page('/es/figures/');
	const m = es.figures;

	it('is a Spanish page with a Spanish title, headings and group names', () => {
		expect(langOf(tree)).toBe('es');
		expect(squash(select('h1', tree)!)).toBe(m.title);
		expect(squash(select('title', tree)!)).toMatch(new RegExp(`^${m.title} `));
		expect(select('meta[name=description]', tree)!.properties['content']).toBe(m.description);
		const groups = selectAll('section.figure-group', tree);
		expect(groups.map((g) => squash(select('h2', g)!))).toEqual(
			groups.map((g) => m.metrics[String(g.properties['ariaLabelledBy']).replace(/^metric-/, '') as keyof typeof m.metrics]),
		);
		for (const section of selectAll('section.figure-comparison', tree)) {
			const h3 = select('h3', section)!;
			expect(squash(h3)).toBe(m.comparisons[String(h3.properties['id']).replace(/^compare-/, '') as keyof typeof m.comparisons]);
			expect(selectAll('thead th', section).map(squash)).toEqual(expect.arrayContaining([m.figure, m.counted, m.asOf, m.reportedBy, m.why]));
		}
	});

	it.each(figures.map((f) => [f.id, f] as const))(
		"shows %s with its Spanish fields where present, the English marked where not, and the source's words in English",
		(id, f) => {
			const card = select(`article.figure-card[id="${id}"]`, tree)!;
			const { data } = f;
			const unit = figureUnitWord(data, 'es');
			expect(squash(select('.figure-heading', card)!)).toBe(`${formatFigureValue(data, 'es')}${unit ? ` ${unit}` : ''}`);
			const field = (name: 'counts' | 'claimedBy' | 'status' | 'note') => ({ text: data.es?.[name] ?? data[name], lang: data.es?.[name] ? undefined : 'en' });
			const counts = select('.figure-counts', card)!;
			expect({ text: squash(counts), lang: counts.properties['lang'] }).toEqual(field('counts'));
			const facts = new Map(selectAll('.figure-facts > div', card).map((div) => [squash(select('dt', div)!), select('dd', div)!]));
			const reported = facts.get(m.reportedBy)!;
			expect({ text: squash(reported), lang: reported.properties['lang'] }).toEqual(field('claimedBy'));
			if (data.status) {
				const status = facts.get(m.status)!;
				expect({ text: squash(status), lang: status.properties['lang'] }).toEqual(field('status'));
			} else expect(facts.has(m.status)).toBe(false);
			if (data.note) {
				const note = select('.figure-note', card)!;
				expect({ text: squash(note), lang: note.properties['lang'] }).toEqual(field('note'));
			}
			const label = select('q', facts.get(m.inWords)!)!;
			expect(squash(label)).toBe(data.label.replace(/\s+/g, ' ').trim());
			expect(label.properties['lang']).toBe('en');
			expect(facts.has(m.asOf)).toBe(true);
		},
	);

	it("sets counts of agreements and agencies beside ICE's list in Spanish", () => {
		const checks = selectAll('.figure-check', tree);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) {
			expect(squash(select('dt', check)!)).toBe(m.onList);
			expect(squash(select('dd', check)!)).toMatch(/ (acuerdos?|agencias?) \(|^No se compara: /);
			const link = select('dd a', check);
			if (link) expect(link.properties['href']).toBe('/es/agreements/');
		}
	});

	it('has the chart and its table in Spanish', () => {
		const charted = figures.filter((f) => f.data.chart).sort(byDate);
		const svg = select('svg.chart', tree)!;
		expect(squash(select(':scope > title', svg)!)).toMatch(/^Número de acuerdos 287\(g\), 2017–20\d\d$/);
		expect(squash(select(':scope > desc', svg)!)).toContain(`Gráfico de líneas de ${charted.length} cifras`);
		expect(squash(select('figcaption', tree)!)).toBe(m.chart.caption);
		const table = select('.chart-table table', tree)!;
		expect(squash(select('caption', table)!)).toBe(m.chart.tableCaption);
		expect(selectAll('thead th', table).map(squash)).toEqual([m.asOf, m.chart.agreements, m.status, m.counted, m.reportedBy]);
		const last = charted.at(-1)!;
		const cells = selectAll('th, td', selectAll('tbody tr', table).at(-1)!);
		expect(squash(cells[1]!)).toBe(formatFigureValue(last.data, 'es'));
		expect(squash(cells[3]!)).toBe(last.data.es?.counts ?? last.data.counts);
	});
});

describe('the contributors’ guide in Spanish, /es/contribute/', () => {
	const tree = page('/es/contribute/');

	it('is a Spanish page with a Spanish title', () => {
		expect(langOf(tree)).toBe('es');
		expect(squash(select('title', tree)!)).toMatch(new RegExp(`^${es.pages.contribute.title} `));
		expect(select('meta[name=description]', tree)!.properties['content']).toBe(es.pages.contribute.description);
	});

	it('renders CONTRIBUTING.es.md: the same headings, in the same order, not marked English', () => {
		const md = unified().use(remarkParse).parse(readFileSync('CONTRIBUTING.es.md', 'utf8')) as MdRoot;
		const expected = md.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2).map((h) => mdToString(h));
		// The site sets apostrophes typographically; the words must be the same.
		const curly = (text: string) => text.replace(/'/g, '’');
		const article = select('article.contribute', tree)!;
		expect(selectAll('h1, h2', article).map(toString)).toEqual(expected.map(curly));
		expect(article.properties['lang']).toBeUndefined();
	});
});
