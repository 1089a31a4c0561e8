import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from './fixture-project.ts';
import { expectedParagraphs } from './seed-text.ts';

/** A file of a fixture site (tests/fixtures/sites/<site>/), as text. */
export function siteFile(site: string, path: string): string {
	return readFileSync(join(SITES, site, path), 'utf8');
}

/** The paragraph number (from 1, the headline's) a seed of a fixture site holds `passage` in. */
export function seedParagraph(site: string, seed: string, passage: string): number {
	const paragraphs = expectedParagraphs(readFileSync(join(SITES, site, 'seeds', seed)));
	const i = paragraphs.findIndex((p) => p.includes(passage));
	if (i === -1) throw new Error(`"${passage}" is in no paragraph of ${seed}`);
	return i + 1;
}

/** `line:column` (from 1) where `needle` first starts in `text`, as the content report prints it. */
export function positionOf(text: string, needle: string, from = 0): string {
	const i = text.indexOf(needle, from);
	if (i === -1) throw new Error(`"${needle}" is not in the text`);
	const before = text.slice(0, i).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}
