import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAndChecked, type CheckedFixture } from '../support/fixture-project.ts';
import { positionOf, seedParagraph } from '../support/fixture-site.ts';

/** The fixture site, and one of its sources with the seed it is made from. */
const SITE = 'minimal';
const SOURCE = 'county-board-hears-about-287g';
const SEED = '003_county.txt';

const EXPLAINER = `---
title: A page with wrong quotes
description: Used by the tests.
section: history
---

The sheriff spoke to the board.<Cite source="${SOURCE}" quote="Counties and states may opt in at their discretion" />

Operation Tidal Wave led to arrests.<Cite source="no-such-source" quote="Operation Tidal Wave resulted in 1,120 arrests" />

Counts grew.<Cite source="${SOURCE}" quote="1,000" />

Taking part is optional ([a repost](https://example.com/repost)).<Cite source="${SOURCE}" quote="Counties and states can opt in at their discretion" />
`;

const EVENT = `date: 2025-06-01
title: A wrong figure
summary: Used by the tests.
kind: count
citations:
  - source: ${SOURCE}
    quote: "more than 1,001 agencies now take part"
`;

const SHADOWED = `---
title: A page with the address of the search page
description: Used by the tests.
section: history
---

Search is described elsewhere. {/* uncited: a test page */}
`;

/** Where each problem is, worked out from the files above. */
const at = {
	notFound: positionOf(EXPLAINER, '<Cite source="county'),
	unknown: positionOf(EXPLAINER, '<Cite source="no-such-source"'),
	twice: positionOf(EXPLAINER, '<Cite source="county', EXPLAINER.indexOf('Counts grew.')),
	link: positionOf(EXPLAINER, '[a repost]'),
	event: positionOf(EVENT, '"more than'),
};

describe('a wrong quote anywhere stops the build and the check, with every problem listed', () => {
	let run: CheckedFixture;
	beforeAll(() => {
		run = builtAndChecked(
			{ 'content/explainers/wrong.mdx': EXPLAINER, 'content/timeline/wrong.yaml': EVENT, 'content/explainers/search.mdx': SHADOWED },
			{ site: SITE },
		);
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
		const paragraph = seedParagraph(SITE, SEED, 'Counties and states can opt in at their discretion');
		for (const output of [run.build.output, run.check.stderr]) {
			expect(output).toContain(
				[
					`content/explainers/wrong.mdx:${at.notFound}  quote not found in source "${SOURCE}"`,
					`  quote:    "Counties and states may opt in at their discretion"`,
					`  nearest:  "Counties and states can opt in at their discretion" (paragraph ${paragraph})`,
					'  Copy the passage exactly as the source prints it, or cite another source.',
				].join('\n'),
			);
		}
	});

	it('names an unknown source and how to list the known ones', () => {
		expect(run.check.stderr).toContain(
			`content/explainers/wrong.mdx:${at.unknown}  unknown source "no-such-source"\n  Use the slug of a page under /sources/ (run \`npm run quote\` to list them).`,
		);
	});

	it('asks for more context when a quote occurs more than once', () => {
		expect(run.check.stderr).toContain(`content/explainers/wrong.mdx:${at.twice}  quote occurs`);
		expect(run.check.stderr).toContain('  Quote more of the passage, so that it occurs only once.');
	});

	it('names a link to an outside page that is not a recorded reference, and how to record it', () => {
		expect(run.check.stderr).toContain(
			`content/explainers/wrong.mdx:${at.link}  links to https://example.com/repost, which is not a recorded reference. Record the document in content/references/<id>.yaml`,
		);
	});

	it("names an explainer whose address belongs to one of the site's own pages", () => {
		expect(run.check.stderr).toContain(
			'content/explainers/search.mdx  has the address /search/, which belongs to a page of the site (/search/), so it would never be shown. Rename the file',
		);
	});

	it('points into data files at the line of the quote', () => {
		const paragraph = seedParagraph(SITE, SEED, 'more than 1,000 agencies now take part');
		expect(run.check.stderr).toContain(
			`content/timeline/wrong.yaml:${at.event}  quote not found in source "${SOURCE}"\n  quote:    "more than 1,001 agencies now take part"\n  nearest:  "more than 1,000 agencies now take part" (paragraph ${paragraph})`,
		);
	});
});
