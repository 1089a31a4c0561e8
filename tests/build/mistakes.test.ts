import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

const SEED = 'Sheriff signs agreement\nThe sheriff signed a 287(g) agreement with ICE on Monday.\nThe county has 40 deputies.';

const ARTICLE = `---
seed: s.txt
outlet: The County News
kind: news-report
published:
  date: "2025-05"
  confidence: medium
  reasoning: The text mentions May.
models: [jem]
descripton: A misspelled field.
---

The sheriff signed an agreement. <Cite quote="signed a 287(g) agreement with ICE on Tuesday" />

The county may hold people on a <Term id="detainr">detainer</Term>.<Cite quote="The county has 40 deputies." />
`;

const TIMELINE = `date: "May 2025"
title: Sheriff signs
summary: The sheriff signed an agreement.
kind: policy
citations:
  - source: sheriff-signs
    quote: "The county has 40 deputies."
`;

const DETAINER = `term: Detainer
definition: A request that a jail hold a person for ICE.
citations:
  - source: sheriff-signs-agreement
    quote: "The county has 40 deputies."
`;

describe('each kind of mistake, as `npm run check` reports it', () => {
	let fixture: FixtureProject;
	let lines: string[];
	let status: number | null;

	beforeAll(() => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write({ 'seeds/s.txt': SEED, 'content/articles/sheriff-signs-agreement.mdx': ARTICLE, 'content/timeline/e.yaml': TIMELINE });
		const run = fixture.run(['scripts/check.ts']);
		status = run.status;
		lines = run.stderr.split('\n');
	});
	afterAll(() => fixture.dispose());

	const block = (start: string) => {
		const i = lines.findIndex((l) => l.startsWith(start));
		if (i === -1) throw new Error(`no line starts with ${start}:\n${lines.join('\n')}`);
		const rest = lines.slice(i + 1);
		const end = rest.findIndex((l) => !l.startsWith('  '));
		return [lines[i], ...rest.slice(0, end === -1 ? undefined : end)].join('\n');
	};

	it('fails, listing every problem at once', () => {
		expect(status).toBe(1);
		expect(lines[0]).toBe('5 problems in the content:');
	});

	it('bad frontmatter field: names it at file:line:column and suggests the right name', () => {
		expect(block('content/articles/sheriff-signs-agreement.mdx:10:13')).toBe(
			'content/articles/sheriff-signs-agreement.mdx:10:13  descripton: unknown field "descripton". Did you mean "description"? Fields here: seed, title, outlet, kind, published, url, alsoAt, models, description.',
		);
	});

	it('quote not found: shows the quote, the nearest passage and what to do', () => {
		expect(block('content/articles/sheriff-signs-agreement.mdx:13:34')).toBe(
			[
				'content/articles/sheriff-signs-agreement.mdx:13:34  quote not found in source "sheriff-signs-agreement"',
				'  quote:    "signed a 287(g) agreement with ICE on Tuesday"',
				'  nearest:  "signed a 287(g) agreement with ICE on Monday." (paragraph 2)',
				'  Copy the passage exactly as the source prints it, or cite another source.',
			].join('\n'),
		);
	});

	it('bad date: says what is wrong and shows a right one', () => {
		expect(block('content/timeline/e.yaml:1:7')).toBe(
			[
				'content/timeline/e.yaml:1:7  date: "May 2025" is not a date. Write 2025, 2025-04 or 2025-04-21.',
				'  e.g. date: "2025-04-21"   (or "2025", "2025-04", "2025-04-21/2025-04-26"; in quotes)',
			].join('\n'),
		);
	});

	it('unknown source: suggests the closest slug', () => {
		expect(block('content/timeline/e.yaml:7:12')).toBe(
			[
				'content/timeline/e.yaml:7:12  unknown source "sheriff-signs"',
				'  Did you mean "sheriff-signs-agreement"?',
				'  Use the slug of a page under /sources/ (run `npm run quote` to list them).',
			].join('\n'),
		);
	});

	it('unknown glossary term: names the term at file:line:column and suggests the closest one', () => {
		fixture.write({ 'content/glossary/detainer.yaml': DETAINER });
		const run = fixture.run(['scripts/check.ts']);
		const text = run.stderr.split('\n');
		expect(text.find((l) => l.startsWith('content/articles/sheriff-signs-agreement.mdx:15:'))).toBe(
			'content/articles/sheriff-signs-agreement.mdx:15:33  <Term id="detainr">: unknown glossary term "detainr". Use the name of a file in content/glossary/, without .yaml. Did you mean "detainer"?',
		);
	});
});
