import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { page } from '../support/dist.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';
import { lostText, pageParagraphs, sourcePagesBySeed } from '../support/seed-text.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { recordViolations, violations } from '../support/csp.ts';
import { HOSTILE_AGENCY, HOSTILE_LIST_FILE, HOSTILE_LIST_WARNINGS, hostileList } from '../fixtures/hostile-agencies.ts';
import { schemeOf } from '../../src/lib/safe-url.ts';
import {
	BIDI_LINES,
	BIG_PARAGRAPHS,
	CP1252_TEXT,
	HOSTILE_CONTENT,
	HOSTILE_FIELDS,
	LONG_TOKEN,
	MARKUP,
	RENDERED,
	SCRIPT_HEADLINE,
} from '../fixtures/hostile-seeds.ts';

/**
 * Seeds pasted from anywhere that must build and show their whole text as text: markup, a
 * frontmatter-like block, extremely long lines, 2 MB, right-to-left and invisible characters,
 * Windows-1252, UTF-16, odd file names. One fixture build for all of them.
 */
const CP1252_WARNING = 'seeds/cp1252.txt: not valid UTF-8; read as Windows-1252. Re-save it as UTF-8 to silence this warning.';

describe('hostile seeds that must render safely and completely', () => {
	let fixture: FixtureProject;
	let build: { status: number | null; output: string };
	let dist: string;
	const source = (file: string): Root => page(`/sources/${RENDERED[file]!.page}/`, dist);

	beforeAll(async () => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write(Object.fromEntries(Object.entries(RENDERED).map(([file, { bytes }]) => [`seeds/${file}`, bytes])));
		fixture.write(HOSTILE_CONTENT);
		fixture.write(await hostileList());
		build = fixture.build();
		dist = join(fixture.root, 'dist');
	});
	afterAll(() => fixture.dispose());

	it("builds, warning that the Windows-1252 seed was read as such and that two MOA addresses of ICE's list are not linked", () => {
		expect(build.output).toContain('Complete!');
		expect(build.status).toBe(0);
		for (const warning of [CP1252_WARNING, ...HOSTILE_LIST_WARNINGS]) expect(build.output).toContain(warning);
	});

	it('passes `node scripts/check.ts` with the same warnings', () => {
		const check = fixture.run([join(process.cwd(), 'scripts/check.ts')]);
		expect(check.status).toBe(0);
		expect(check.stderr.trim().split('\n')).toEqual([CP1252_WARNING, ...HOSTILE_LIST_WARNINGS]);
		expect(check.stdout).toContain(`${Object.keys(RENDERED).length} sources`);
	});

	it('gives each seed a page at a readable address, file names with spaces and accents included', () => {
		const pages = Object.fromEntries([...sourcePagesBySeed(dist)].map(([seed, { path }]) => [seed, path]));
		expect(pages).toEqual(Object.fromEntries(Object.entries(RENDERED).map(([file, { page }]) => [file, `sources/${page}/index.html`])));
	});

	it('links every page from /sources/ at its address', () => {
		const hrefs = selectAll('.source-articles a', page('/sources/', dist)).map((a) => a.properties['href']);
		expect(hrefs.sort()).toEqual(
			Object.values(RENDERED)
				.map(({ page }) => `/sources/${page}/`)
				.sort(),
		);
	});

	it('shows every paragraph of every seed, verbatim and in order', () => {
		expect(lostText(join(fixture.root, 'seeds'), dist)).toEqual([]);
	});

	it('shows HTML, MDX and Markdown syntax as characters: no element, attribute or script comes from a seed', () => {
		const tree = source('markup.txt');
		expect(pageParagraphs(tree).map((p) => p.text)).toEqual(MARKUP.split('\n'));
		const text = select('.source-text:last-of-type', tree)!;
		expect(selectAll('script, img, cite, [onerror]', text)).toHaveLength(0);
		expect(selectAll('[onerror]', tree)).toHaveLength(0);
		const html = readFileSync(join(dist, 'sources/a-seed-that-looks-like-code/index.html'), 'utf8');
		expect(html).toContain('&#x3C;script>window.__pwned = true&#x3C;/script>');
		expect(html).toContain('&#x3C;img src=x onerror="window.__pwned = true">');
	});

	it('shows a frontmatter block at the top of a seed as its first lines, named by the file', () => {
		const tree = source('frontmatter-first.txt');
		expect(toString(select('h1#p-1', tree)!)).toBe('---');
		expect(pageParagraphs(tree).map((p) => p.text)).toEqual([
			'---',
			'title: Not frontmatter',
			'layout: ../../layouts/Evil.astro',
			'---',
			'The first real line.',
		]);
	});

	it('renders the 2 MB seed completely: all 4,001 paragraphs, the last one whole', () => {
		expect(RENDERED['big.txt']!.bytes.length).toBeGreaterThan(2 * 1024 * 1024);
		const shown = pageParagraphs(source('big.txt'));
		expect(shown).toHaveLength(4_001);
		expect(shown.at(-1)).toEqual({ id: 'p-4001', text: BIG_PARAGRAPHS.at(-1) });
	});

	it('keeps a 24,000-character unbroken line whole', () => {
		expect(pageParagraphs(source('long-lines.txt'))[2]).toEqual({ id: 'p-3', text: LONG_TOKEN });
	});

	it('titles a seed whose first line is one 60,000-character word with its first 139 characters', () => {
		const tree = source('long-first-line.txt');
		expect(toString(select('h1', tree)!)).toBe(`${'Supercalifragilistic'.repeat(7)}`.slice(0, 139) + '…');
		expect(pageParagraphs(tree)[0]!.text).toHaveLength(60_000);
	});

	it('keeps right-to-left text, bidi controls and zero-width characters verbatim, each paragraph dir="auto"', () => {
		const tree = source('Über die Grenze — informe 2025.txt');
		expect(pageParagraphs(tree).map((p) => p.text)).toEqual(BIDI_LINES);
		const paragraphs = selectAll('.para', tree);
		expect(paragraphs).toHaveLength(BIDI_LINES.length);
		expect(paragraphs.map((p) => p.properties['dir'])).toEqual(BIDI_LINES.map(() => 'auto'));
		expect(toString(select('title', tree)!)).toBe(`${BIDI_LINES[0]} | 287(g) Explained`);
	});

	it('decodes Windows-1252 bytes into the characters they stand for', () => {
		expect(pageParagraphs(source('cp1252.txt')).map((p) => p.text)).toEqual(CP1252_TEXT);
	});

	it('decodes UTF-16 with a byte order mark, in either byte order', () => {
		const body = 'With “curly quotes”, Núñez and 287(g).';
		expect(pageParagraphs(source('utf16le.txt')).map((p) => p.text)).toEqual(['A little-endian UTF-16 seed', body]);
		expect(pageParagraphs(source('utf16be.txt')).map((p) => p.text)).toEqual(['A big-endian UTF-16 seed', body]);
	});

	it('drops a UTF-8 byte order mark, CRLF and a repeated headline, and says so on the page', () => {
		const tree = source('bom-crlf.txt');
		expect(pageParagraphs(tree).map((p) => p.text)).toEqual(['Repeated headline', 'Body, indented.']);
		expect(toString(select('#full-text + p', tree)!)).toContain('The source repeats its headline on the next line; the repeat is shown once.');
	});

	// The pages that show the hostile fields: the two source pages and the list of outside documents.
	// ICE's list with hostile agency names, type, county and MOA addresses: its overview and its state's page.
	const AGENCY_PAGES = ['/agreements/', '/agreements/texas/'];
	const HOSTILE_PAGES = [`/sources/${RENDERED['script-headline.txt']!.page}/`, '/sources/hostile-fields/', '/sources/', ...AGENCY_PAGES];

	it('keeps a headline that closes a script element inside the JSON-LD, as data', () => {
		const tree = source('script-headline.txt');
		const headline = SCRIPT_HEADLINE.split('\n')[0]!;
		expect(toString(select('h1#p-1', tree)!)).toBe(headline);
		const jsonLd = selectAll('script[type="application/ld+json"]', tree);
		expect(jsonLd).toHaveLength(1);
		const json = toString(jsonLd[0]!);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toMatchObject({ '@type': 'Article', headline });
	});

	it.each(HOSTILE_PAGES)('adds no script, element or handler from content to %s', (path) => {
		const tree = page(path, dist);
		const code = selectAll('script:not([type="application/ld+json"]):not([type="text/pagefind-template"])', tree).map((s) => toString(s));
		expect(code.filter((c) => c.includes('__pwned'))).toEqual([]);
		expect(selectAll('img[src="x"]', tree)).toHaveLength(0);
		const handlers = selectAll('*', tree).flatMap((e) => Object.keys(e.properties).filter((name) => /^on/i.test(name)));
		expect(handlers).toEqual([]);
		for (const script of selectAll('script[type="application/ld+json"]', tree)) {
			expect(toString(script)).not.toMatch(/[<>]/);
			expect(() => JSON.parse(toString(script))).not.toThrow();
		}
		const schemes = selectAll('[href], [src]', tree).flatMap((e) =>
			[e.properties['href'], e.properties['src']].filter((a) => typeof a === 'string').map((a) => schemeOf(a as string)),
		);
		expect(schemes.filter((scheme) => scheme !== undefined && scheme !== 'http:' && scheme !== 'https:')).toEqual([]);
	});

	it("shows the agency names, type and county of ICE's list as text on the state page and its overview", () => {
		const state = page('/agreements/texas/', dist);
		const names = selectAll('section.agency h3', state).map((h) => toString(h));
		expect(names).toEqual(expect.arrayContaining([HOSTILE_AGENCY.scriptName, HOSTILE_AGENCY.imgName]));
		const rows = selectAll('tr[data-agency] th', state).map((th) => toString(th));
		expect(rows).toEqual(expect.arrayContaining([HOSTILE_AGENCY.scriptName, HOSTILE_AGENCY.imgName]));
		const text = toString(state);
		expect(text).toContain(HOSTILE_AGENCY.type);
		expect(text).toContain(HOSTILE_AGENCY.county);
		expect(toString(page('/agreements/', dist))).toContain(HOSTILE_AGENCY.type);
	});

	it('keeps and shows the rows whose MOA is a javascript: or data: address, the address as text and never as a link', () => {
		const state = page('/agreements/texas/', dist);
		expect(
			selectAll('code.moa-unlinked', state)
				.map((c) => toString(c))
				.sort(),
		).toEqual([HOSTILE_AGENCY.dataMoa, HOSTILE_AGENCY.javascriptMoa].sort());
		const hrefs = selectAll('a[href]', state).map((a) => String(a.properties['href']));
		expect(hrefs).toContain(HOSTILE_AGENCY.webMoa);
		expect(hrefs.filter((h) => h.includes('__pwned'))).toEqual([]);
	});

	it('keeps the hostile cells verbatim, as data, in the CSV and JSON downloads', () => {
		const expected = [
			{ agency: HOSTILE_AGENCY.scriptName, agencyType: HOSTILE_AGENCY.type, county: HOSTILE_AGENCY.county, moa: HOSTILE_AGENCY.javascriptMoa, row: 2 },
			{ agency: HOSTILE_AGENCY.imgName, agencyType: 'Police Department', county: 'Dallas', moa: HOSTILE_AGENCY.dataMoa, row: 3 },
		];
		const json = JSON.parse(readFileSync(join(dist, 'agreements/data/agreements-latest.json'), 'utf8')) as { rows: Record<string, unknown>[] };
		expect(json.rows.slice(0, 2)).toMatchObject(expected.map((e) => ({ ...e, file: HOSTILE_LIST_FILE })));
		const [header, ...lines] = csvRows(readFileSync(join(dist, 'agreements/data/agreements-latest.csv'), 'utf8'));
		const column = (name: string) => header!.indexOf(name);
		expect(
			lines.slice(0, 2).map((cells) => ({
				agency: cells[column('agency')],
				agencyType: cells[column('agency_type')],
				county: cells[column('county')],
				moa: cells[column('moa')],
				row: Number(cells[column('row')]),
			})),
		).toEqual(expected);
	});

	it('shows every hostile field of the article, its note and the reference as text', () => {
		const article = page('/sources/hostile-fields/', dist);
		const text = toString(article);
		for (const field of ['title', 'outlet', 'reasoning', 'note'] as const) expect(text).toContain(HOSTILE_FIELDS[field]);
		expect(select('meta[name="description"]', article)!.properties['content']).toBe(HOSTILE_FIELDS.description);
		expect(JSON.parse(toString(select('script[type="application/ld+json"]', article)!))).toMatchObject({
			headline: HOSTILE_FIELDS.title,
			publisher: { name: HOSTILE_FIELDS.outlet },
		});
		const documents = toString(page('/sources/', dist));
		expect(documents).toContain(HOSTILE_FIELDS.referenceTitle);
		expect(documents).toContain(HOSTILE_FIELDS.publisher);
	});

	describe('in Chromium', () => {
		let site: StaticSite;
		let browser: Browser;
		beforeAll(async () => {
			site = await serveStatic(dist);
			browser = await launchChromium();
		});
		afterAll(async () => {
			await browser?.close();
			await site?.close();
		});

		it.each(['/sources/a-seed-that-looks-like-code/', ...HOSTILE_PAGES])(
			'runs none of the scripts or handlers of the content on %s, with no policy violation',
			async (path) => {
				const context = await browser.newContext();
				await recordViolations(context);
				const tab = await context.newPage();
				await tab.goto(`${site.url}${path.slice(1)}`, { waitUntil: 'load' });
				expect(await tab.evaluate('window.__pwned')).toBeUndefined();
				expect(await violations(tab)).toEqual([]);
				await context.close();
			},
		);

		// The page's main region only: the site header is not seed content.
		it('wraps extremely long lines on a 390px phone screen: nothing in the main region overflows', async () => {
			const tab = await browser.newPage({ viewport: { width: 390, height: 800 } });
			await tab.goto(`${site.url}sources/a-seed-with-extremely-long-lines/`, { waitUntil: 'load' });
			const right = await tab.evaluate(`Math.max(...[...document.querySelectorAll('main *')].map((e) => e.getBoundingClientRect().right))`);
			const token = await tab.evaluate(`(() => { const p = document.getElementById('p-3'); return [p.scrollWidth, p.clientWidth]; })()`);
			expect(right).toBeLessThanOrEqual(390);
			expect((token as number[])[0]).toBe((token as number[])[1]);
			await tab.close();
		});
	});
});

/** RFC 4180 rows, quoted cells unquoted, as a spreadsheet reads the CSV download. */
function csvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}
