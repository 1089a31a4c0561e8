import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { decodeSeed } from '../../src/corpus/decode.ts';
import { matchKey, normaliseText } from '../../src/corpus/normalise.ts';
import { htmlFiles, page } from './dist.ts';

/** A first line longer than this is not a headline (README, "Normalisation"). */
const MAX_HEADLINE = 200;

/**
 * The paragraphs a seed's page must show, worked out from the file's bytes by the documented
 * normalisation alone: decode (BOM dropped), CRLF to LF and NFC, lines trimmed, empty lines
 * dropped, a headline repeated on the next line shown once. It reuses the decoding and
 * normalisation modules (they are the documentation) but not the seed parser or the renderer,
 * so that a bug there shows up as a difference.
 */
export function expectedParagraphs(bytes: Uint8Array): string[] {
	const decoded = decodeSeed(bytes);
	if (!decoded.ok) throw new Error(`seed cannot be decoded: ${decoded.problem}`);
	const lines = normaliseText(decoded.text)
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const [first, second] = lines;
	if (first !== undefined && second !== undefined && first.length <= MAX_HEADLINE && matchKey(first) === matchKey(second)) {
		lines.splice(1, 1);
	}
	return lines;
}

/** The anchored paragraphs of a page (`#p-1`, `#p-2`, …) in document order, with their ids. */
export function pageParagraphs(tree: Root): { id: string; text: string }[] {
	return selectAll('[id^="p-"]', tree)
		.filter((e: Element) => /^p-\d+$/.test(String(e.properties['id'])))
		.map((e) => ({ id: String(e.properties['id']), text: toString(e) }));
}

/** The seed file a source page is built from, read from its JSON-LD `isBasedOn`. */
export function seedOfPage(tree: Root): string | undefined {
	const script = select('script[type="application/ld+json"]', tree);
	if (!script) return undefined;
	const data = JSON.parse(toString(script)) as { isBasedOn?: string };
	return data.isBasedOn?.replace(/^seeds\//, '');
}

/** Every source page of a built site, by the seed file it shows. */
export function sourcePagesBySeed(dist: string): Map<string, { path: string; tree: Root }> {
	const pages = new Map<string, { path: string; tree: Root }>();
	for (const path of htmlFiles(dist).filter((f) => /^sources\/[^/]+\/index\.html$/.test(f))) {
		const tree = page(path, dist);
		const seed = seedOfPage(tree);
		if (seed === undefined) throw new Error(`${path} names no seed in its JSON-LD`);
		if (pages.has(seed)) throw new Error(`${path} and ${pages.get(seed)!.path} both show seeds/${seed}`);
		pages.set(seed, { path, tree });
	}
	return pages;
}

/** The `.txt` files of a seeds folder. */
export function seedFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
}

/** Compares what the page of every seed shows with what the seed says; a list of differences. */
export function lostText(seedsDir: string, dist: string): string[] {
	const pages = sourcePagesBySeed(dist);
	const differences: string[] = [];
	for (const file of seedFiles(seedsDir)) {
		const shown = pages.get(file);
		if (!shown) {
			differences.push(`seeds/${file}: no page`);
			continue;
		}
		const expected = expectedParagraphs(readFileSync(join(seedsDir, file)));
		const found = pageParagraphs(shown.tree);
		const ids = found.map((p) => p.id);
		const wantIds = expected.map((_, i) => `p-${i + 1}`);
		if (ids.join() !== wantIds.join()) differences.push(`seeds/${file}: anchors ${ids.length} (${ids.slice(0, 3).join()}…), expected ${expected.length}`);
		expected.forEach((text, i) => {
			const got = found[i]?.text;
			if (got !== text)
				differences.push(`seeds/${file} paragraph ${i + 1}: shows ${JSON.stringify(got?.slice(0, 120))}, seed says ${JSON.stringify(text.slice(0, 120))}`);
		});
	}
	return differences;
}
