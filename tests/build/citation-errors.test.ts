import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAndChecked, type CheckedFixture } from '../support/fixture-project.ts';

const EXPLAINER = `---
title: A page with wrong quotes
description: Used by the tests.
section: history
---

The first agreement came in 2002.<Cite source="ice-1000-police-departments" quote="The agreements were popular during former President George W. Bush's first administration" />

Operation Tidal Wave led to arrests.<Cite source="no-such-source" quote="Operation Tidal Wave resulted in 1,120 arrests" />

Counts grew.<Cite source="ice-1000-police-departments" quote="1,000" />

Taking part is optional ([a repost](https://example.com/repost)).<Cite source="ice-1000-police-departments" quote="Counties and states can opt in at their discretion." />
`;

const EVENT = `date: 2025-09-17
title: A wrong figure
summary: Used by the tests.
kind: count
citations:
  - source: ice-1000-police-departments
    quote: "1,002 nonfederal police agencies across 40 states"
`;

const SHADOWED = `---
title: A page with the address of the search page
description: Used by the tests.
section: history
---

Search is described elsewhere. {/* uncited: a test page */}
`;

describe('a wrong quote anywhere stops the build and the check, with every problem listed', () => {
	let run: CheckedFixture;
	beforeAll(() => {
		run = builtAndChecked({ 'content/explainers/wrong.mdx': EXPLAINER, 'content/timeline/wrong.yaml': EVENT, 'content/explainers/search.mdx': SHADOWED });
	});
	afterAll(() => run.fixture.dispose());

	it('fails the build before any page is written', () => {
		expect(run.build.status).not.toBe(0);
		expect(run.build.output).not.toContain('generating static routes');
	});

	it('ends the build with one short line and a hint, without a stack trace or a hint guessed from the words of a problem', () => {
		expect(run.build.output).toContain('The build stopped: 6 problems in the content, listed above.');
		expect(run.build.output).toContain('Fix each one at the file:line:column shown, then build again.');
		expect(run.build.output).not.toContain('Stack trace');
		expect(run.build.output).not.toContain('An unhandled error occurred');
		expect(run.build.output).not.toContain('Browser APIs');
	});

	it('fails `npm run check` with the same list', () => {
		expect(run.check.status).toBe(1);
		expect(run.check.stderr).toContain('6 problems in the content:');
	});

	it('names file, line, column, quote and nearest passage for a quote not found in MDX', () => {
		for (const output of [run.build.output, run.check.stderr]) {
			expect(output).toContain(
				[
					'content/explainers/wrong.mdx:7:34  quote not found in source "ice-1000-police-departments"',
					`  quote:    "The agreements were popular during former President George W. Bush's first administration"`,
					`  nearest:  "The agreements were popular during former President George W. Bush’s administration. However" (paragraph 10)`,
					'  Copy the passage exactly as the source prints it, or cite another source.',
				].join('\n'),
			);
		}
	});

	it('names an unknown source and how to list the known ones', () => {
		expect(run.check.stderr).toContain(
			'content/explainers/wrong.mdx:9:37  unknown source "no-such-source"\n  Use the slug of a page under /sources/ (run `npm run quote` to list them).',
		);
	});

	it('asks for more context when a quote occurs more than once', () => {
		expect(run.check.stderr).toContain('content/explainers/wrong.mdx:11:13  quote occurs');
		expect(run.check.stderr).toContain('  Quote more of the passage, so that it occurs only once.');
	});

	it('names a link to an outside page that is not a recorded reference, and how to record it', () => {
		expect(run.check.stderr).toContain(
			'content/explainers/wrong.mdx:13:26  links to https://example.com/repost, which is not a recorded reference. Record the document in content/references/<id>.yaml',
		);
	});

	it('names an explainer whose address belongs to one of the site\'s own pages', () => {
		expect(run.check.stderr).toContain(
			'content/explainers/search.mdx  has the address /search/, which belongs to a page of the site (/search/), so it would never be shown. Rename the file',
		);
	});

	it('points into data files at the line of the quote', () => {
		expect(run.check.stderr).toContain(
			'content/timeline/wrong.yaml:7:12  quote not found in source "ice-1000-police-departments"\n  quote:    "1,002 nonfederal police agencies across 40 states"\n  nearest:  "1,001 nonfederal police agencies across 40 states" (paragraph 5)',
		);
	});
});
