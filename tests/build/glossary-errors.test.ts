import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAndChecked, type CheckedFixture } from '../support/fixture-project.ts';
import { positionOf } from '../support/fixture-site.ts';

/** The fixture site: its glossary has detainer, administrative-warrant and warrant-service-officer. */
const SITE = 'minimal';

const NO_CITATION = ['term: Hold request', 'definition: A request to hold a person.', 'related: [detainer, warrant]', ''].join('\n');

const UNKNOWN_RELATED = [
	'term: Jail screening',
	'definition: Checking the status of people booked into a jail.',
	'citations:',
	'  - source: local-agencies-strengthen-partnerships',
	'    quote: "officers screen people who are in the jail"',
	'related:',
	'  - detainer',
	'  - detainers',
	'',
].join('\n');

const EXPLAINER = [
	'---',
	'title: "A page with an explicit term"',
	'description: "Tests an unknown glossary id."',
	'section: about',
	'order: 9',
	'---',
	'',
	'A <Term id="hold-requests">hold request</Term> is a request.<Cite source="local-agencies-strengthen-partnerships" quote="giving out immigration detainers" />',
	'',
].join('\n');

describe('a glossary entry without citations, unknown related terms and an unknown <Term>', () => {
	let run: CheckedFixture;
	beforeAll(() => {
		run = builtAndChecked(
			{
				'content/glossary/hold-request.yaml': NO_CITATION,
				'content/glossary/jail-screening.yaml': UNKNOWN_RELATED,
				'content/explainers/explicit-term.mdx': EXPLAINER,
			},
			{ site: SITE },
		);
	});
	afterAll(() => run.fixture.dispose());

	it('stops the build before any page is written, and fails npm run check', () => {
		expect(run.build.status).not.toBe(0);
		expect(run.build.output).not.toContain('generating static routes');
		expect(run.check.status).toBe(1);
	});

	it('lists every problem at once, each with file, line and column', () => {
		for (const output of [run.build.output, run.check.stderr]) {
			expect(output).toContain('4 problems in the content:');
			expect(output).toContain(
				'content/glossary/hold-request.yaml:1:1  citations: missing. Add at least one citation: { source: <slug>, quote: "<exact passage>" }.',
			);
			// The entry without citations is still checked for its related terms.
			expect(output).toContain(
				`content/glossary/hold-request.yaml:${positionOf(NO_CITATION, 'warrant]')}  related: unknown glossary term "warrant". Use the name of a file in content/glossary/, without .yaml. Did you mean "administrative-warrant" or "warrant-service-officer"?`,
			);
			expect(output).toContain(
				`content/glossary/jail-screening.yaml:${positionOf(UNKNOWN_RELATED, 'detainers')}  related: unknown glossary term "detainers". Use the name of a file in content/glossary/, without .yaml. Did you mean "detainer"?`,
			);
			expect(output).toContain(
				`content/explainers/explicit-term.mdx:${positionOf(EXPLAINER, '<Term')}  <Term id="hold-requests">: unknown glossary term "hold-requests". Use the name of a file in content/glossary/, without .yaml. Did you mean "hold-request"?`,
			);
		}
	});

	it('does not report the entry that has a problem as an unknown related term', () => {
		// hold-request.yaml is invalid but exists; other entries may still name it.
		expect(run.check.stderr).not.toContain('unknown glossary term "hold-request"');
		expect(run.check.stderr).not.toContain('unknown glossary term "detainer".');
	});
});
