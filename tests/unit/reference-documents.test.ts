import { describe, expect, it } from 'vitest';
import { referenceSource, type CitableSource } from '../../src/corpus/corpus.ts';
import { documentDisagreements } from '../../src/checks/reference-documents.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

type Ref = Extract<CitableSource, { type: 'reference' }>;

function ref(slug: string, fields: { url: string; title: string; publisher: string; date: string; passage: string; dateEstimate?: string }): Ref {
	return referenceSource(slug, `content/references/${slug}.yaml`, referenceSchema.parse(fields));
}

const NBC = { url: 'https://example.org/nbc', title: 'Agreements skyrocket', publisher: 'NBC News', date: '2026-02-16' };
const lines: Record<string, number> = { title: 1, publisher: 2, url: 3, date: 4, dateEstimate: 5 };
const lineOf = (_file: string, field: string) => lines[field];

describe('passages recorded from one document', () => {
	it('pass when they share title, publisher and date', () => {
		const refs = [ref('nbc-a', { ...NBC, passage: 'first passage here' }), ref('nbc-b', { ...NBC, passage: 'second passage here' })];
		expect(documentDisagreements(refs, lineOf)).toEqual([]);
	});

	it('report each field a later file gives differently, against the first file by slug', () => {
		const refs = [
			ref('nbc-b', { ...NBC, title: 'NBC report (January 2026)', date: '2026-01', passage: 'second passage here' }),
			ref('nbc-a', { ...NBC, passage: 'first passage here' }),
			ref('other', { url: 'https://example.org/other', title: 'Other', publisher: 'Other', date: '2020', passage: 'unrelated passage' }),
		];
		expect(documentDisagreements(refs, lineOf)).toEqual([
			{
				file: 'content/references/nbc-b.yaml',
				line: 1,
				message:
					'title: "NBC report (January 2026)" differs from "Agreements skyrocket" in content/references/nbc-a.yaml, which records the same address (https://example.org/nbc). Passages of one document share its title, publisher and date: copy the field from that file, or correct both.',
			},
			{
				file: 'content/references/nbc-b.yaml',
				line: 4,
				message:
					'date: "2026-01" differs from "2026-02-16" in content/references/nbc-a.yaml, which records the same address (https://example.org/nbc). Passages of one document share its title, publisher and date: copy the field from that file, or correct both.',
			},
		]);
	});

	it('report a date estimate recorded for one passage and not the other, at the url line when the field is missing', () => {
		const refs = [ref('a', { ...NBC, dateEstimate: 'No printed date.', passage: 'first passage here' }), ref('b', { ...NBC, passage: 'second passage here' })];
		const found = documentDisagreements(refs, (file, field) => (field === 'dateEstimate' && file.endsWith('/b.yaml') ? undefined : lines[field]));
		expect(found.map((p) => [p.file, p.line, p.message.split(' in ')[0]])).toEqual([
			['content/references/b.yaml', 3, 'dateEstimate: (none) differs from "No printed date."'],
		]);
	});
});
