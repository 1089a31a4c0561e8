import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

const MARKUP = [
	'A seed that looks like code',
	'<script>window.__pwned = true</script>',
	'{props.secret} and {`template`}',
	'import x from "y"',
	'export const a = 1',
	'---',
	'title: not frontmatter',
	'---',
	'# not a heading, *not emphasis*, [not](a-link)',
	'<img src=x onerror="window.__pwned = true">',
].join('\n');

describe('a seed containing markup, MDX and frontmatter syntax', () => {
	let fixture: FixtureProject;
	let build: { status: number | null; output: string };

	beforeAll(() => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write({ 'seeds/markup.txt': MARKUP });
		build = fixture.build();
	});
	afterAll(() => fixture.dispose());

	it('builds', () => {
		expect(build.output).toContain('Complete!');
		expect(build.status).toBe(0);
	});

	it('shows every line as text on its page, nothing executed or dropped', () => {
		const html = readFileSync(join(fixture.root, 'dist/sources/a-seed-that-looks-like-code/index.html'), 'utf8');
		const tree = fromHtml(html);
		const lines = MARKUP.split('\n');
		expect(selectAll('.para', tree).map(toString)).toEqual(lines);
		const text = select('.source-text', tree)!;
		expect(selectAll('script', text)).toHaveLength(0);
		expect(selectAll('img', text)).toHaveLength(0);
		expect(html).toContain('&#x3C;script>window.__pwned = true&#x3C;/script>');
	});
});
