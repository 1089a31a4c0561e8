import { readdirSync, readFileSync } from 'node:fs';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { getContentReport } from '../../src/checks/report-cache.ts';
import { parseSeed } from '../../src/corpus/source.ts';
import { DIST, htmlFiles, page } from '../support/dist.ts';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const corpus = getContentReport().corpus;

describe('source pages of the real site', () => {
	it('builds one page per seed', () => {
		const pages = htmlFiles().filter((f) => /^sources\/[^/]+\/index\.html$/.test(f));
		expect(seeds.length).toBeGreaterThan(0);
		expect(pages).toHaveLength(seeds.length);
	});

	it.each(seeds)('%s: every paragraph is on its page, verbatim, at its anchor', (file) => {
		const parsed = parseSeed(file, readFileSync(`seeds/${file}`));
		if (!parsed.ok) throw new Error(parsed.problem);
		const slug = corpus.bySeedFile(file)?.slug;
		const tree = page(`/sources/${slug}/`);
		for (const p of parsed.source.paragraphs) {
			const element = select(`#p-${p.n}`, tree);
			expect(element, `paragraph ${p.n}`).toBeDefined();
			expect(toString(element!)).toBe(p.text);
		}
		expect(selectAll('.para', tree)).toHaveLength(parsed.source.paragraphs.length);
	});

	it('lists every source on /sources/ with its outlet and date confidence', () => {
		const tree = page('/sources/');
		const items = selectAll('.source-articles > li', tree).map(toString);
		expect(items).toHaveLength(seeds.length);
		expect(items.find((t) => t.includes('TNND'))).toContain('medium confidence');
	});

	it('lists every recorded passage of an outside document on /sources/, once, with its document and the pages citing it', () => {
		const tree = page('/sources/');
		const references = corpus.references;
		const passages = selectAll('.documents .document-passage', tree);
		expect(passages.map((p) => p.properties['id']).sort()).toEqual(references.map((r) => `ref-${r.slug}`).sort());
		const gao = select('.documents > li:has(a[href="https://www.gao.gov/products/gao-09-381t"])', tree)!;
		expect(toString(select('.muted', gao)!)).toBe('U.S. Government Accountability Office · March 4, 2009');
		const counted = select('#ref-gao-09-381t-67-agencies-2009', gao)!;
		expect(toString(select('blockquote', counted)!)).toContain('as of February 2009, 67 state and local agencies were participating in this program');
		expect(selectAll('.cited-in a', counted).map((a) => a.properties['href'])).toContain('/history/');
		// One document read at one address is listed once, whatever the number of its passages.
		const addresses = selectAll('.documents > li > h3 a', tree).map((a) => String(a.properties['href']));
		expect(new Set(addresses).size).toBe(addresses.length);
		expect(new Set(references.map((r) => r.reference.url)).size).toBe(addresses.length);
	});

	it('marks the date of an outside document that prints none as an estimate', () => {
		const doc = select('.documents > li:has(#ref-immigration-impact-biden-pledge-2021)', page('/sources/'))!;
		expect(toString(select('.muted', doc)!)).toContain('about June 2021 (estimated)');
	});

	it('shows the metadata of an annotated source: outlet, kind, estimated date with its reasoning', () => {
		const meta = toString(select('dl.meta', page('/sources/operation-safe-city/'))!);
		expect(meta).toContain('Translation');
		expect(meta).toContain('about September 29–30, 2017 (estimated)');
		expect(meta).toContain('high confidence');
		expect(meta).toContain("ICE's release came on September 28, 2017");
	});

	it('de-emphasises boilerplate but keeps it, labelled', () => {
		const tree = page('/sources/local-authorities-team-with-ice/');
		const row = select('.para-row.boilerplate', tree);
		expect(toString(select('.para', row!)!)).toBe('CONTINUE READING');
		expect(toString(select('.boilerplate-label', row!)!)).toBe('Likely boilerplate: link prompt');
	});

	it('writes a Pagefind index beside the pages', () => {
		expect(readdirSync(`${DIST}/pagefind`)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
	});
});
