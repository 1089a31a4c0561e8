import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, fragmentId } from '../support/links.ts';

/** A tiny built site on disk: `{ 'a/index.html': '<body>…' }`. */
function fakeDist(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), '287g-links-'));
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
	}
	return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function problemsOf(files: Record<string, string>, base = '/') {
	const dist = fakeDist(files);
	dirs.push(dist);
	return checkLinks({ dist, base, site: 'https://example.org' }).map((p) => `${p.page} ${p.href}: ${p.problem}`);
}

describe('checkLinks', () => {
	it('accepts links to pages and anchors that exist, with or without a text directive', () => {
		const problems = problemsOf({
			'index.html': '<a href="/a/">a</a> <a href="/a/#p-2:~:text=two%20words">p2</a> <a href="a/#x">x</a> <a href="#top">top</a>',
			'a/index.html': '<p id="p-2">two words</p><span id="x"></span>',
		});
		expect(problems).toEqual([]);
	});

	it('reports a missing page, a missing anchor and a missing trailing slash, naming the page', () => {
		const problems = problemsOf({
			'index.html': '<a href="/nope/">n</a> <a href="/a/#p-9">p9</a> <a href="/a">a</a>',
			'a/index.html': '<p id="p-2">x</p>',
		});
		expect(problems).toEqual([
			'index.html /nope/: no such page or file in dist (nope/index.html)',
			'index.html /a/#p-9: no element with id="p-9" on a/index.html',
			'index.html /a: needs a trailing slash: /a/',
		]);
	});

	it('under a base path, reports links that forget the base and accepts those that carry it', () => {
		const problems = problemsOf({ 'index.html': '<a href="/a/">bad</a> <a href="/287g/a/">good</a>', 'a/index.html': '' }, '/287g/');
		expect(problems).toEqual(['index.html /a/: points outside the base path /287g/; build the address with withBase(path, import.meta.env.BASE_URL)']);
	});

	it('requires rel="noopener" on external links that open a new tab, and only there', () => {
		const problems = problemsOf({
			'index.html':
				'<a href="https://x.org/" target="_blank">1</a> <a href="https://x.org/" target="_blank" rel="noopener">2</a> <a href="https://x.org/">3</a>',
		});
		expect(problems).toEqual(['index.html https://x.org/: opens a new tab without rel="noopener"; add rel="noopener"']);
	});

	it('checks absolute links to the site itself', () => {
		const problems = problemsOf({ 'index.html': '<a href="https://example.org/gone/">g</a>' });
		expect(problems).toEqual(['index.html https://example.org/gone/: no such page or file in dist (gone/index.html)']);
	});
});

describe('fragmentId', () => {
	it('drops a text directive and decodes the id', () => {
		expect(fragmentId('#p-3:~:text=a,b')).toBe('p-3');
		expect(fragmentId('#caf%C3%A9')).toBe('café');
		expect(fragmentId('')).toBe('');
	});
});
