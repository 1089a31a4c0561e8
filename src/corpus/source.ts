import { createHash } from 'node:crypto';
import { detectBoilerplate, type BoilerplateKind } from './boilerplate.ts';
import { decodeSeed, type Encoding } from './decode.ts';
import { matchKey, normaliseText } from './normalise.ts';

/** One paragraph of a seed: a non-empty line, numbered from 1 in reading order (`#p-3`). */
export interface Paragraph {
	readonly n: number;
	/** The line as printed, without leading or trailing whitespace. */
	readonly text: string;
	/** `title` for the headline printed at the top of the seed. */
	readonly role: 'title' | 'body';
	/** Set when the paragraph looks like page furniture; it is still shown. */
	readonly boilerplate?: BoilerplateKind;
	/** Line of the seed file it comes from, 1-based. */
	readonly line: number;
}

/** A seed as the site reads it. */
export interface SeedSource {
	/** File name without `.txt`, e.g. `004_1d7eb5bae91b08c2`. */
	readonly id: string;
	/** File name in `seeds/`. */
	readonly file: string;
	/** The printed headline, or the first sentence when the seed has no headline line. */
	readonly title: string;
	/** True when the title is the seed's first line (then it is paragraph 1). */
	readonly titleInText: boolean;
	/** True when the seed repeats its headline on the next line; the repeat is shown once. */
	readonly titleRepeated: boolean;
	readonly paragraphs: readonly Paragraph[];
	/** SHA-256 of the file's bytes, so that anyone can check the copy. */
	readonly digest: string;
	readonly encoding: Encoding;
	readonly warnings: readonly string[];
}

export type ParsedSeed = { readonly ok: true; readonly source: SeedSource } | { readonly ok: false; readonly problem: string };

/** A headline is a first line short enough to be one. */
const MAX_TITLE_LENGTH = 200;

/** Reads one seed file; every way it can fail is a sentence naming what to do. */
export function parseSeed(file: string, bytes: Uint8Array): ParsedSeed {
	const decoded = decodeSeed(bytes);
	if (!decoded.ok) {
		return { ok: false, problem: `${decoded.problem}. Replace it with the article's text saved as UTF-8, or remove it.` };
	}
	const lines = normaliseText(decoded.text)
		.split('\n')
		.map((text, i) => ({ text: text.trim(), line: i + 1 }))
		.filter((l) => l.text !== '');
	const first = lines[0]!;
	const titleInText = first.text.length <= MAX_TITLE_LENGTH;
	const second = lines[1];
	const titleRepeated = titleInText && second !== undefined && matchKey(second.text) === matchKey(first.text);
	const kept = titleRepeated ? [first, ...lines.slice(2)] : lines;
	const kinds = detectBoilerplate(kept.map((l) => l.text));
	const paragraphs = kept.map((l, i): Paragraph => {
		const kind = kinds[i];
		return {
			n: i + 1,
			text: l.text,
			role: titleInText && i === 0 ? 'title' : 'body',
			line: l.line,
			...(kind && !(titleInText && i === 0) ? { boilerplate: kind } : {}),
		};
	});
	return {
		ok: true,
		source: {
			id: file.replace(/\.txt$/, ''),
			file,
			title: titleInText ? first.text : firstSentence(first.text),
			titleInText,
			titleRepeated,
			paragraphs,
			digest: createHash('sha256').update(bytes).digest('hex'),
			encoding: decoded.encoding,
			warnings: decoded.warnings,
		},
	};
}

/** The first sentence of a long first line, cut at a word when it is too long for a title. */
export function firstSentence(text: string, max = 140): string {
	const end = text.search(/[.!?](\s|$)/);
	const sentence = end === -1 ? text : text.slice(0, end + 1);
	if (sentence.length <= max) return sentence;
	const cut = sentence.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
