import { describe, expect, it } from 'vitest';
import { referenceSource, type CitableSource } from '../../src/corpus/corpus.ts';
import { describePublished, referenceView } from '../../src/corpus/reference-view.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const PASSAGE = 'the Biden administration has not terminated a single 287(g) agreement';

function reference(fields: Record<string, unknown>): CitableSource {
	const data = referenceSchema.parse({
		title: 'A report',
		publisher: 'Immigration Impact',
		url: 'https://example.org/report',
		date: '2021-06',
		passage: PASSAGE,
		...fields,
	});
	return referenceSource('a-report', 'content/references/a-report.yaml', data);
}

describe('the date shown for an external reference', () => {
	it('is the printed date when the document prints one', () => {
		expect(describePublished(reference({ date: '2021-01-27' }))).toBe('January 27, 2021');
	});

	it('says it is an estimate when the reference records what the date rests on', () => {
		expect(describePublished(reference({ dateEstimate: 'The copy shows no date; "more than 150 days" after January 20, 2021 places it in June 2021.' }))).toBe(
			'about June 2021 (estimated)',
		);
	});

	it('is carried into what a citation shows, with a link that lands on the passage', () => {
		const view = referenceView(reference({ dateEstimate: 'No printed date.' }), { paragraph: 1, start: 4, end: 27, text: 'Biden administration has' }, '/');
		expect(view).toMatchObject({ date: 'about June 2021 (estimated)', outlet: 'Immigration Impact', external: true, kind: 'External reference' });
		expect(view.href).toBe('https://example.org/report#:~:text=Biden%20administration%20has');
	});

	it('rejects an empty reason', () => {
		expect(
			referenceSchema.safeParse({ title: 'T', publisher: 'P', url: 'https://example.org/', date: '2021', passage: PASSAGE, dateEstimate: '' }).success,
		).toBe(false);
	});
});
