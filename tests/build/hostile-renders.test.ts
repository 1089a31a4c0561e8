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
import { BIDI_LINES, BIG_PARAGRAPHS, CP1252_TEXT, LONG_TOKEN, MARKUP, RENDERED } from '../fixtures/hostile-seeds.ts';

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

	beforeAll(() => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write(Object.fromEntries(Object.entries(RENDERED).map(([file, { bytes }]) => [`seeds/${file}`, bytes])));
		build = fixture.build();
		dist = join(fixture.root, 'dist');
	});
	afterAll(() => fixture.dispose());

	it('builds, warning that the Windows-1252 seed was read as such', () => {
		expect(build.output).toContain('Complete!');
		expect(build.status).toBe(0);
		expect(build.output).toContain(CP1252_WARNING);
	});

	it('passes `node scripts/check.ts` with the same warning', () => {
		const check = fixture.run([join(process.cwd(), 'scripts/check.ts')]);
		expect(check.status).toBe(0);
		expect(check.stderr.trim()).toBe(CP1252_WARNING);
		expect(check.stdout).toContain(`${Object.keys(RENDERED).length} sources`);
	});

	it('gives each seed a page at a readable address, file names with spaces and accents included', () => {
		const pages = Object.fromEntries([...sourcePagesBySeed(dist)].map(([seed, { path }]) => [seed, path]));
		expect(pages).toEqual(Object.fromEntries(Object.entries(RENDERED).map(([file, { page }]) => [file, `sources/${page}/index.html`])));
	});

	it('links every page from /sources/ at its address', () => {
		const hrefs = selectAll('.source-articles a', page('/sources/', dist)).map((a) => a.properties['href']);
		expect(hrefs.sort()).toEqual(Object.values(RENDERED).map(({ page }) => `/sources/${page}/`).sort());
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
		expect(pageParagraphs(tree).map((p) => p.text)).toEqual(['---', 'title: Not frontmatter', 'layout: ../../layouts/Evil.astro', '---', 'The first real line.']);
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

		it('runs none of the markup seed\'s scripts or handlers', async () => {
			const tab = await browser.newPage();
			await tab.goto(`${site.url}sources/a-seed-that-looks-like-code/`, { waitUntil: 'load' });
			expect(await tab.evaluate('window.__pwned')).toBeUndefined();
			await tab.close();
		});

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
