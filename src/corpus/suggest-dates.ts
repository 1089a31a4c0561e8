import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { sentenceAt, sentencesOf } from './sentences.ts';

/** A date phrase found in a source, as a suggestion for the contributor. */
export interface DateSuggestion {
	/** Paragraph number, as in `#p-3`. */
	readonly paragraph: number;
	/** The phrase as printed, e.g. `April 28, 2025` or `last week`. */
	readonly phrase: string;
	/** Offset of the phrase in the paragraph. */
	readonly start: number;
	readonly end: number;
	/** The date in content form (`1996`, `2025-04`, `2025-04-28`, a range), when the phrase names a year. */
	readonly spec?: string;
	/** The sentence it sits in: a candidate timeline event and the passage to quote. */
	readonly sentence: string;
}

// chrono reads "April 28, 2025", "Sept. 17" or "last week", but not a bare year ("the Act of
// 1996"), which sources use for history; this parser adds it, the way chrono documents. The
// word before the year is part of the phrase because chrono drops phrases made of digits only,
// and it tells a year ("in 2017") from a count ("2017 arrests").
const parser = chrono.casual.clone();
parser.parsers.push({
	pattern: () => /\b(?:in|of|since|by|until|from|before|after|during|between|early|late|mid|year)\s+(1[89]\d{2}|20\d{2})\b/i,
	extract: (_context, match) => ({ year: Number(match[1]) }),
});

const pad = (n: number | null) => String(n).padStart(2, '0');

/** `2025`, `2025-04` or `2025-04-28`, at the precision the phrase gives; undefined without a year. */
function specOf(c: ParsedComponents): string | undefined {
	if (!c.isCertain('year')) return undefined;
	const year = String(c.get('year'));
	if (!c.isCertain('month')) return year;
	if (!c.isCertain('day')) return `${year}-${pad(c.get('month'))}`;
	return `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
}

// A source is read on another day than it was written: "now", "today", "last week" or "Monday"
// name a date only relative to its publication, which is unknown. chrono resolves them against a
// reference date, so each text is parsed against two far-apart days, and a phrase whose date
// moves with the reference is listed without one.
const REFERENCES = [new Date(Date.UTC(2001, 0, 10, 12)), new Date(Date.UTC(2013, 6, 20, 12))] as const;

/** The date a phrase names, when it names one whatever day it is read. */
function explicitSpec(r: chrono.ParsedResult, other: chrono.ParsedResult | undefined): string | undefined {
	const spec = (x: chrono.ParsedResult) => {
		const start = specOf(x.start);
		const end = x.end ? specOf(x.end) : undefined;
		return start && end && start.length === 10 && end.length === 10 && end > start ? `${start}/${end}` : start;
	};
	const found = spec(r);
	return other && found === spec(other) ? found : undefined;
}

/** Words chrono reads as the reference day that, in a source, only mean "currently". */
const NOT_A_DATE = new Set(['now', 'right now']);

/**
 * Every date phrase of the given paragraphs, in reading order. A relative phrase ("last week")
 * is listed without a date.
 *
 * In:  `{ n: 4, text: 'The operation ran from April 21 to 26, 2025.' }`
 * Out: `[{ paragraph: 4, phrase: 'April 21 to 26, 2025', spec: '2025-04-21/2025-04-26', ... }]`
 */
export function dateSuggestions(paragraphs: readonly { n: number; text: string }[]): DateSuggestion[] {
	return paragraphs.flatMap((p) => {
		const sentences = sentencesOf(p.text);
		const [results, others] = REFERENCES.map((ref) => parser.parse(p.text, ref)) as [chrono.ParsedResult[], chrono.ParsedResult[]];
		return results
			.filter((r) => !NOT_A_DATE.has(r.text.toLowerCase()))
			.map((r): DateSuggestion => {
				const phrase = r.text.replace(/[,;:]+$/, ''); // chrono keeps the comma after "Monday,"
				const spec = explicitSpec(
					r,
					others.find((o) => o.index === r.index && o.text === r.text),
				);
				return {
					paragraph: p.n,
					phrase,
					start: r.index,
					end: r.index + phrase.length,
					...(spec ? { spec } : {}),
					sentence: sentenceAt(sentences, r.index)?.text ?? p.text,
				};
			});
	});
}
