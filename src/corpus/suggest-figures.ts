import { sentenceAt, sentencesOf } from './sentences.ts';

/** A number printed in a source, as a suggestion for a figure entry. */
export interface FigureSuggestion {
	/** Paragraph number, as in `#p-3`. */
	readonly paragraph: number;
	/** The number with the words that qualify it, as printed, e.g. `nearly 800` or `641%`. */
	readonly phrase: string;
	/** The number itself, e.g. 800 (for a figure's `value`). */
	readonly value: number;
	/** True for "nearly", "about", "more than"... (for a figure's `approximate`). */
	readonly approximate: boolean;
	/** The sentence it sits in: the passage to quote. */
	readonly sentence: string;
}

// A count as sources print it: 650, 1,120, 14.5, 641% or 641 percent, optionally after a word
// that makes it approximate. Years and other date parts are left to the date suggestions.
const NUMBER =
	/\b(?:(nearly|almost|about|around|approximately|roughly|over|more than|less than|fewer than|at least|up to|some)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?(?:%|percent\b))?/gi;

/** Numbers that name the program itself rather than count anything. */
const NOT_A_COUNT = /^\(g\)/;

/**
 * Every counted number of the given paragraphs, in reading order, except those inside the
 * given date phrases (offsets per paragraph) and the "287" of "287(g)".
 *
 * In:  `{ n: 5, text: 'DHS said nearly 800 people were arrested.' }`
 * Out: `[{ paragraph: 5, phrase: 'nearly 800', value: 800, approximate: true, sentence: … }]`
 */
export function figureSuggestions(
	paragraphs: readonly { n: number; text: string }[],
	dates: readonly { paragraph: number; start: number; end: number }[] = [],
): FigureSuggestion[] {
	return paragraphs.flatMap((p) => {
		const sentences = sentencesOf(p.text);
		const inDate = (at: number) => dates.some((d) => d.paragraph === p.n && at >= d.start && at < d.end);
		return [...p.text.matchAll(NUMBER)].flatMap((m): FigureSuggestion[] => {
			const digits = m[2]!;
			const at = m.index + m[0].indexOf(digits);
			if (inDate(at) || NOT_A_COUNT.test(p.text.slice(at + digits.length))) return [];
			return [
				{
					paragraph: p.n,
					phrase: m[0].trim(),
					value: Number(digits.replaceAll(',', '')),
					approximate: m[1] !== undefined,
					sentence: sentenceAt(sentences, m.index)?.text ?? p.text,
				},
			];
		});
	});
}
