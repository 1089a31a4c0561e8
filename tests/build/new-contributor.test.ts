import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

/**
 * CONTRIBUTING.md's "Add a source article, end to end", done the way a new contributor would,
 * in a temporary copy of the project: each step is one of the guide's.
 */
const SEED = [
	'Sheriff signs 287(g) agreement with ICE',
	'The county sheriff signed a 287(g) agreement with ICE on Monday, April 28, 2025.',
	'Under the agreement, 12 deputies will be trained to serve immigration warrants in the county jail.',
	'The program began in 1965, the sheriff said, and it now trains more deputies.',
].join('\n');

/** Replaces the `TODO:` placeholder of a field with a value, as a contributor edits the file. */
function fill(text: string, values: Record<string, string>): string {
	return text
		.split('\n')
		.map((line) => {
			const m = /^(\s*(?:- )?)(\w+): "TODO:.*"$/.exec(line);
			return m && values[m[2]!] !== undefined ? `${m[1]}${m[2]}: ${values[m[2]!]}` : line;
		})
		.join('\n');
}

describe('a new contributor follows CONTRIBUTING.md', () => {
	let fixture: FixtureProject;
	const file = (path: string) => join(fixture.root, path);
	const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
	const node = (...args: string[]) => fixture.run(args);

	beforeAll(() => {
		fixture = fixtureProject({ keep: 'none' });
	});
	afterAll(() => fixture.dispose());

	it('1-2. saves the seed, and `npm run ingest` creates its article file, at a slug that writes 287g, with suggestions', () => {
		fixture.write({ 'seeds/005_sheriff.txt': SEED });
		const ingest = node('scripts/ingest.ts');
		expect(ingest.stdout).toContain(
			'created content/articles/sheriff-signs-287g-agreement-with-ice.mdx  (from seeds/005_sheriff.txt: 2 date phrases, 1 number suggested)',
		);
		const text = readFileSync(file('content/articles/sheriff-signs-287g-agreement-with-ice.mdx'), 'utf8');
		// "now" is not a date: the latest date in the text is the signing, not the day ingest ran.
		expect(text).toContain('the latest date in the text is 2025-04-28');
		expect(text).toContain('    p-2   2025-04-28  "The county sheriff signed a 287(g) agreement with ICE on Monday, April 28, 2025."');
		expect(node('scripts/ingest.ts').stdout).toContain('1 seed(s) already have an article file, left as they are.');
	});

	it('3. `npm run check` lists the fields left to fill, with their lines', () => {
		const check = node('scripts/check.ts');
		expect(check.status).toBe(1);
		expect(check.stderr).toContain('content/articles/sheriff-signs-287g-agreement-with-ice.mdx:6:9  outlet: still a placeholder.');
	});

	it('3-5. fills the frontmatter, writes a cited summary and a context note', () => {
		edit('content/articles/sheriff-signs-287g-agreement-with-ice.mdx', (text) =>
			fill(text, {
				outlet: 'The County News',
				kind: 'news-report',
				date: '"2025-04-28/2025-05-02"',
				confidence: 'medium',
				reasoning: 'The article dates the signing to Monday, April 28, 2025, and reads as written that week.',
			}).replace(
				'## Summary\n',
				[
					'## Summary',
					'',
					'The County News reports that the county sheriff signed a 287(g) agreement with ICE. <Cite quote="The county sheriff signed a 287(g) agreement with ICE" />',
					'',
					'<Note quote="The program began in 1965" kind="error">',
					'Section 287(g) was added to the law in 1996, not 1965.',
					'</Note>',
					'',
				].join('\n'),
			),
		);
	});

	it('6. adds a glossary term and a timeline event with `npm run new`, citing the article', () => {
		expect(node('scripts/new.ts', 'glossary', 'Warrant service').stdout).toContain('created content/glossary/warrant-service.yaml');
		edit('content/glossary/warrant-service.yaml', (text) =>
			fill(text, {
				definition: 'Serving immigration warrants on people already held in a local jail.',
				source: 'sheriff-signs-287g-agreement-with-ice',
				quote: '"12 deputies will be trained to serve immigration warrants in the county jail"',
			}),
		);
		expect(node('scripts/new.ts', 'timeline', '2025-04-28-county-agreement').stdout).toContain('created content/timeline/2025-04-28-county-agreement.yaml');
		edit('content/timeline/2025-04-28-county-agreement.yaml', (text) =>
			fill(text, {
				date: '"2025-04-28"',
				title: 'County sheriff signs a 287(g) agreement',
				summary: 'The county sheriff signed a 287(g) agreement with ICE, The County News reported.',
				kind: 'policy',
				source: 'sheriff-signs-287g-agreement-with-ice',
				quote: '"signed a 287(g) agreement with ICE on Monday, April 28, 2025"',
			}),
		);
	});

	it('7. `npm run check` passes', () => {
		const check = node('scripts/check.ts');
		expect(check.stderr).toBe('');
		expect(check.stdout).toContain('Content OK: 3 files, 1 source, 4 citations verified; 0 ICE lists read.');
		expect(check.status).toBe(0);
	});

	it('7. the built source page shows the summary, the note beside its passage, and the pages citing it', () => {
		const build = fixture.build({ REPOSITORY_URL: 'https://github.com/example/287g-explained' });
		expect(build.output).toContain('Complete!');
		const tree = page('/sources/sheriff-signs-287g-agreement-with-ice/', join(fixture.root, 'dist'));
		expect(toString(select('.prose sup.cite > a', tree)!)).toBe('[1]');
		const note = select('aside.note.note-error', tree)!;
		expect(toString(select('.note-body', note)!).trim()).toBe('Section 287(g) was added to the law in 1996, not 1965.');
		expect(toString(select('mark.noted', tree)!)).toBe('The program began in 1965');
		const citing = selectAll('#cited-by + ul a', tree).map(toString);
		expect(citing).toEqual(expect.arrayContaining(['Glossary: Warrant service', 'Timeline: County sheriff signs a 287(g) agreement']));
	});

	it('the page links to its file for editing, and, with no git history in this copy, says it gives the build date', () => {
		const tree = page('/sources/sheriff-signs-287g-agreement-with-ice/', join(fixture.root, 'dist'));
		const meta = select('footer.page-meta', tree)!;
		expect(select('a', meta)!.properties['href']).toBe(
			'https://github.com/example/287g-explained/edit/main/content/articles/sheriff-signs-287g-agreement-with-ice.mdx',
		);
		expect(toString(meta)).toMatch(/^\s*Page built on \w+ \d+, \d{4}; the date of its last change is not available in this copy of the repository/);
	});
});
