/** One sentence of a paragraph, with where it starts (a character offset into the paragraph). */
export interface Sentence {
	readonly text: string;
	readonly start: number;
}

// The platform's Unicode sentence segmenter (UAX #29), rather than a hand-written pattern: it
// keeps a closing quotation mark with its sentence and "U.S." before a lower-case word.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits a paragraph into sentences, trimmed, without empty ones.
 *
 * In:  `ICE said so. DHS agreed.`
 * Out: `[{ text: 'ICE said so.', start: 0 }, { text: 'DHS agreed.', start: 13 }]`
 */
export function sentencesOf(paragraph: string): Sentence[] {
	const sentences: Sentence[] = [];
	for (const { segment, index } of segmenter.segment(paragraph)) {
		const text = segment.trim();
		if (text === '') continue;
		sentences.push({ text, start: index + segment.indexOf(text) });
	}
	return sentences;
}

/** The sentence containing the character at `offset`. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
	return sentences.findLast((s) => s.start <= offset);
}
