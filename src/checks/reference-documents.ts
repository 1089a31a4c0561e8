import type { CitableSource } from '../corpus/corpus.ts';
import type { Problem } from '../corpus/problems.ts';
import type { DateSpec } from '../lib/dates.ts';

type ReferenceSource = Extract<CitableSource, { type: 'reference' }>;

/** The fields that describe the document itself, the same for every passage recorded from it. */
const DOCUMENT_FIELDS = ['title', 'publisher', 'date', 'dateEstimate'] as const;

/**
 * References recorded at the same address are passages of one document, which `/sources/` lists
 * once under the first one's title, publisher and date. When they disagree, the site would give
 * one document two titles or two dates, so each disagreeing file is reported against the first
 * (by slug). `lineOf` gives the line of a field in a reference file, for the message.
 *
 * In:  nbc-a.yaml and nbc-b.yaml, same url, dates "2026-01" and "2026-02-16"
 * Out: content/references/nbc-b.yaml:4  date: 2026-02-16 differs from 2026-01 in content/references/nbc-a.yaml, …
 */
export function documentDisagreements(references: readonly ReferenceSource[], lineOf: (file: string, field: string) => number | undefined): Problem[] {
	const byUrl = new Map<string, ReferenceSource[]>();
	for (const ref of [...references].sort((a, b) => a.slug.localeCompare(b.slug))) {
		byUrl.set(ref.reference.url, [...(byUrl.get(ref.reference.url) ?? []), ref]);
	}
	const problems: Problem[] = [];
	for (const [url, [first, ...others]] of byUrl) {
		if (!first) continue;
		for (const other of others) {
			for (const field of DOCUMENT_FIELDS) {
				const mine = show(other.reference, field);
				const theirs = show(first.reference, field);
				if (mine === theirs) continue;
				problems.push({
					file: other.file,
					line: lineOf(other.file, field) ?? lineOf(other.file, 'url'),
					message:
						`${field}: ${mine} differs from ${theirs} in ${first.file}, which records the same address (${url}). ` +
						`Passages of one document share its title, publisher and date: copy the field from that file, or correct both.`,
				});
			}
		}
	}
	return problems;
}

/** A field's value as written in the file (a date as its text); a missing field reads "(none)". */
function show(reference: ReferenceSource['reference'], field: (typeof DOCUMENT_FIELDS)[number]): string {
	const value: string | DateSpec | undefined = reference[field];
	if (value === undefined) return '(none)';
	return JSON.stringify(typeof value === 'string' ? value : value.text);
}
