import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAndChecked, type CheckedFixture } from '../support/fixture-project.ts';
import { positionOf } from '../support/fixture-site.ts';

const BAD_DATE = `date: "2025-02-30"
title: An event on a day that does not exist
summary: Nothing.
kind: policy
models: []
citations:
  - source: local-authorities-team-with-ice
    quote: "Operation Tidal Wave resulted in 1,120 arrests across Florida"
`;

const UNKNOWN_MODEL = `date: "2025-04"
title: An event for a model that does not exist
summary: Nothing.
kind: model
models: [tfm, sweep]
citations:
  - source: local-authorities-team-with-ice
    quote: "Operation Tidal Wave resulted in 1,120 arrests across Florida"
`;

const NO_CITATION = `metric: arrests
value: 1120
approximate: false
label: 1,120 arrests
counts: Arrests in Operation Tidal Wave
asOf: "2025-04-21/2025-04-26"
claimedBy: ICE
`;

const EXPECTED = [
	'content/figures/zz-no-citation.yaml:1:1  citations: missing. Add at least one citation: { source: <slug>, quote: "<exact passage>" }.',
	`content/timeline/zz-bad-date.yaml:${positionOf(BAD_DATE, '"2025-02-30"')}  date: "2025-02-30" has no day 30.`,
	`content/timeline/zz-unknown-model.yaml:${positionOf(UNKNOWN_MODEL, 'sweep')}  models.1: Use one of the model ids: jem, tfm, wso.`,
];

describe('invalid timeline and figure entries', () => {
	let run: CheckedFixture;
	beforeAll(() => {
		run = builtAndChecked(
			{
				'content/timeline/zz-bad-date.yaml': BAD_DATE,
				'content/timeline/zz-unknown-model.yaml': UNKNOWN_MODEL,
				'content/figures/zz-no-citation.yaml': NO_CITATION,
			},
			// A small site whose source local-authorities-team-with-ice has the passage cited above.
			{ site: 'minimal' },
		);
	});
	afterAll(() => run.fixture.dispose());

	it('stop the build, listing all three problems at once with file:line:column and the field', () => {
		expect(run.build.status).not.toBe(0);
		expect(run.build.output).toContain('3 problems in the content:');
		for (const line of EXPECTED) expect(run.build.output).toContain(line);
		expect(run.build.output).not.toContain('Complete!');
	});

	it('fail `npm run check` with the same messages', () => {
		expect(run.check.status).toBe(1);
		expect(run.check.stderr.split('\n').filter((l) => l.startsWith('content/'))).toEqual(EXPECTED);
	});
});
