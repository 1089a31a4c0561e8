import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { explainerPath } from '../../src/content-layer/files.ts';
import { markerReason } from '../../src/corpus/coverage.ts';
import { visit } from 'unist-util-visit';
import { frontmatterOf } from '../../src/corpus/frontmatter.ts';
import { localePath, splitLocaleId } from '../../src/i18n/locales.ts';
import { MENU } from '../../src/render/site.ts';
import { DIST, page } from '../support/dist.ts';

const DIR = 'content/explainers';
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Every explainer but the home page's lead, in either language, with its address and title. */
const explainers = walk(DIR)
	.filter((f) => f.endsWith('.mdx'))
	.map((file) => {
		const { id, locale } = splitLocaleId(
			relative(DIR, file)
				.replace(/\.mdx$/, '')
				.split('\\')
				.join('/'),
		);
		const data = frontmatterOf(readFileSync(file, 'utf8')).data as { title: string };
		return { id, file, path: localePath(explainerPath(id), locale), title: data.title };
	})
	.filter((e) => e.id !== 'home');

const exists = (path: string) => existsSync(join(DIST, path.replace(/^\//, ''), 'index.html'));

describe('explainer pages', () => {
	it('include the pages the issue asks for', () => {
		expect(explainers.map((e) => e.path).sort()).toEqual(
			expect.arrayContaining([
				'/what-is-287g/',
				'/models/',
				'/models/jail-enforcement/',
				'/models/task-force/',
				'/models/warrant-service-officer/',
				'/history/',
				'/operations/',
				'/debate/',
				'/methodology/',
			]),
		);
	});

	it.each(explainers)('$path exists and has one h1, its title', ({ path, title }) => {
		expect(exists(path)).toBe(true);
		const h1s = selectAll('h1', page(path));
		expect(h1s.map((h) => toString(h))).toEqual([title]);
	});

	it.each(explainers)('$path: previous and next lead to existing pages that link back', ({ path }) => {
		for (const rel of ['prev', 'next'] as const) {
			const link = select(`nav.pager a[rel=${rel}]`, page(path));
			if (!link) continue;
			const href = String(link.properties['href']);
			expect(exists(href), href).toBe(true);
			const back = select(`nav.pager a[rel=${rel === 'prev' ? 'next' : 'prev'}]`, page(href));
			expect(back?.properties['href']).toBe(path);
		}
	});

	it('reads the models section in order: compared, JEM, TFM, WSO', () => {
		const sequence = ['/models/'];
		for (let next = select('nav.pager a[rel=next]', page('/models/')); next;) {
			const href = String(next.properties['href']);
			sequence.push(href);
			next = select('nav.pager a[rel=next]', page(href));
		}
		expect(sequence).toEqual(['/models/', '/models/jail-enforcement/', '/models/task-force/', '/models/warrant-service-officer/']);
	});

	it('has an "On this page" list on long pages, whose links find their headings', () => {
		const withToc = explainers.filter((e) => select('nav.toc', page(e.path)));
		expect(withToc.map((e) => e.path)).toEqual(expect.arrayContaining(['/what-is-287g/', '/models/task-force/', '/history/', '/operations/', '/debate/']));
		for (const { path } of withToc) {
			const tree = page(path);
			for (const a of selectAll('nav.toc a', tree)) {
				const id = String(a.properties['href']).slice(1);
				const heading = select(`:is(h2, h3)[id="${id}"]`, tree);
				expect(heading && toString(heading), `${path}#${id}`).toBe(toString(a));
			}
		}
	});

	it.each(explainers)('$path: each `uncited` marker of its file shows as data-uncited="<reason>" on the text it covers', ({ file, path }) => {
		const reasons: string[] = [];
		visit(parseMdx(readFileSync(file, 'utf8')), (node) => {
			const reason = markerReason(node);
			if (reason !== undefined) reasons.push(reason);
		});
		const marked = selectAll('main [data-uncited]', page(path));
		expect(marked.map((e) => String(e.properties['dataUncited'])).sort()).toEqual(reasons.sort());
		for (const e of marked) expect(toString(e).trim(), `${path}: a data-uncited element without text`).not.toBe('');
	});

	it('marks a paragraph about the site itself, and the text after a citation, with their reasons', () => {
		const methodology = selectAll('main p[data-uncited]', page('/methodology/'));
		expect(methodology.length).toBeGreaterThan(0);
		const spans = selectAll('main span[data-uncited]', page('/debate/'));
		expect(spans.map((s) => toString(s))).toEqual(expect.arrayContaining([expect.stringContaining('It does not say which side is right.')]));
	});

	it('has no "On this page" list on a page with fewer than four sections', () => {
		expect(select('nav.toc', page('/models/'))).toBeUndefined();
	});
});

describe('the site menu', () => {
	it('is the same fixed list on every page, and reaches operations, the debate and the methodology', () => {
		const labels = (path: string) => selectAll('nav.site-nav a', page(path)).map((a) => toString(a).trim());
		expect(labels('/')).toEqual(MENU.map((m) => m.label));
		expect(labels('/sources/operation-safe-city/')).toEqual(labels('/'));
		expect(labels('/')).toEqual(expect.arrayContaining(['Operations', 'Debate']));
		expect(selectAll('footer nav a', page('/')).map((a) => a.properties['href'])).toContain('/methodology/');
	});

	it('marks the page itself with aria-current="page" and its section with aria-current="true"', () => {
		const current = (path: string) => selectAll('nav.site-nav a[aria-current]', page(path)).map((a) => [toString(a).trim(), a.properties['ariaCurrent']]);
		expect(current('/models/')).toEqual([['Models', 'page']]);
		expect(current('/models/task-force/')).toEqual([['Models', 'true']]);
		expect(current('/debate/')).toEqual([['Debate', 'page']]);
		expect(selectAll('footer nav a[aria-current=page]', page('/methodology/')).map((a) => toString(a))).toEqual(['Methodology and corrections']);
	});
});
