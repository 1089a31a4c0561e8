import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/agreements/load.ts';
import { formatManifest, parseManifest } from '../../src/agreements/manifest.ts';
import { builtAndChecked, type CheckedFixture } from '../support/fixture-project.ts';
import { positionOf, siteFile } from '../support/fixture-site.ts';
import { makeWorkbook, PARTICIPATING_HEADER } from '../support/workbooks.ts';

/** A small site with ICE lists of its own (tests/fixtures/sites/minimal/data/ice/). */
const SITE = 'minimal';

const BAD_DATE = `date: "2025-02-30"
title: An event on a day that does not exist
summary: Nothing.
kind: policy
models: []
citations:
  - source: local-authorities-team-with-ice
    quote: "Operation Tidal Wave resulted in 1,120 arrests across Florida"
`;

describe('a row of an ICE list that cannot be read', () => {
	let run: CheckedFixture;
	let expected: string[] = [];
	beforeAll(async () => {
		const bad = await makeWorkbook({
			Sheet1: [
				PARTICIPATING_HEADER,
				['TEXAS', 'A PD', 'Police Department', 'Harris County', 'Task Force Model', new Date('2099-01-01T00:00:00Z')],
				['TEXAS', 'B PD', 'Police Department', 'Harris County', 'Task Force Model', '12/312026'],
			],
		});
		const manifest = parseManifest(siteFile(SITE, 'data/ice/manifest.tsv')).entries;
		const entry = {
			file: 'workbooks/zz-test.xlsx',
			date: '2099-01-01',
			kind: 'ice-workbook' as const,
			content: 'participating' as const,
			sha256: sha256(bad),
			source: 'a test',
			notes: '',
		};
		const edited = manifest[0]!;
		expected = [
			'data/ice/workbooks/zz-test.xlsx  sheet "Sheet1", row 3: SIGNED "12/312026" is not a date',
			`data/ice/${edited.file}  its SHA-256 is`,
			`content/timeline/zz-bad-date.yaml:${positionOf(BAD_DATE, '"2025-02-30"')}  date: "2025-02-30" has no day 30.`,
		];
		run = builtAndChecked(
			{
				'data/ice/workbooks/zz-test.xlsx': bad,
				'data/ice/manifest.tsv': formatManifest([...manifest, entry]),
				[`data/ice/${edited.file}`]: await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER] }),
				'content/timeline/zz-bad-date.yaml': BAD_DATE,
			},
			{ site: SITE },
		);
	}, 300_000);
	afterAll(() => run.fixture.dispose());

	it('stops the build, listed with the other problems of the content', () => {
		expect(run.build.status).not.toBe(0);
		expect(run.build.output).toContain('3 problems in the content:');
		for (const line of expected) expect(run.build.output).toContain(line);
		expect(run.build.output).not.toContain('Complete!');
	});

	it('fails `npm run check` with the same messages', () => {
		expect(run.check.status).toBe(1);
		for (const line of expected) expect(run.check.stderr).toContain(line);
	});
});
