import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';
import { PROBLEM_FILES } from '../fixtures/hostile-problems.ts';

const CHECK_SCRIPT = join(process.cwd(), 'scripts/check.ts');

/** Each problem of the fixture as `file:line:column  message`, exactly as it must be printed. */
const EXPECTED = {
	"a javascript: address in an article's url (issue 12)":
		'content/articles/bad-address.mdx:9:6  url: is not a web address the site can link to: found the text "javascript:window.__pwned=5". Write the full address of the page, starting with https:// (or http://); no other kind of address is accepted.\n  e.g. url: https://www.example.com/news/2025/05/article',
	"a data: address in an article's alsoAt":
		'content/articles/bad-address.mdx:10:10  alsoAt.0: is not a web address the site can link to: found the text "data:text/html,<script>window.__pwned=17</script>". Write the full address of the page, starting with https:// (or http://); no other kind of address is accepted.\n  e.g. alsoAt: [https://www.example.com/reprint]',
	'malformed frontmatter (a YAML syntax error)':
		'content/articles/bad-yaml.mdx:4:18  invalid YAML: Missing closing "quote. Fix the YAML syntax here: close quotes and brackets, put a space after each colon, indent with spaces.',
	'an article naming a missing seed':
		'content/articles/missing-seed.mdx:2:1  names the seed "no-such-seed.txt", which is not in seeds/. Fix the file name, or add the seed.',
	'a frontmatter field of the wrong type (a boolean)':
		'content/articles/wrong-type.mdx:9:14  published.estimated: should be true or false, not the text "perhaps".\n  e.g. estimated: true',
	'a frontmatter field of the wrong type (a list)':
		'content/articles/wrong-type.mdx:10:9  models: should be a list, not the text "jail".\n  e.g. models: [jem, wso]   (jem, tfm, wso; [] for the program as a whole)',
	'a citation to a missing source':
		'content/explainers/cites-missing.mdx:7:10  unknown source "no-such-source"\n  Use the slug of a page under /sources/ (run `npm run quote` to list them).',
	'an unknown glossary term':
		'content/explainers/cites-missing.mdx:7:78  <Term id="no-such-term">: unknown glossary term "no-such-term". Use the name of a file in content/glossary/, without .yaml. content/glossary/ has no entries yet.',
	'a javascript: link in Markdown':
		'content/explainers/cites-missing.mdx:9:3  links to "javascript:window.__pwned=19", which is not a web address: a link may only lead to an http:// or https:// address (a recorded reference) or to a page of the site (/sources/…). Write the address of the page it should open.',
	"a JavaScript: address (any case) in a reference's url":
		'content/references/bad-address.yaml:3:6  url: is not a web address the site can link to: found the text "JavaScript:window.__pwned=18". Write the full address of the page, starting with https:// (or http://); no other kind of address is accepted.\n  e.g. url: https://www.example.com/news/2025/05/article',
	'a seed holding only whitespace':
		"seeds/blank.txt  cannot be read: the file holds only whitespace. Replace it with the article's text saved as UTF-8, or remove it.",
	'two seeds with the same text (UTF-8, and UTF-16 with CRLF and blank lines), naming both':
		'seeds/copy two.txt  has the same text as seeds/copy one.txt (compared after decoding and normalisation). Keep one copy: remove seeds/copy two.txt, and if the article was published at several addresses, list them under alsoAt in the article file of seeds/copy one.txt.',
	'an empty seed': "seeds/empty.txt  cannot be read: the file is empty. Replace it with the article's text saved as UTF-8, or remove it.",
	'a file in seeds/ that is not .txt': 'seeds/notes.docx  is not a .txt file. Seeds are plain text: save it as .txt, or move it out of seeds/.',
	'a binary seed':
		"seeds/photo.txt  cannot be read: it contains NUL bytes, so it is binary, not text. Replace it with the article's text saved as UTF-8, or remove it.",
};

/** The whole report: a count, then every problem sorted by file and line. */
const REPORT = [`${Object.keys(EXPECTED).length} problems in the content:`, '', ...Object.values(EXPECTED)].join('\n');

/**
 * Input that must stop the build: unreadable seeds, a duplicate seed, malformed frontmatter, an
 * article naming a missing seed, a citation to a missing source, addresses that are not web
 * addresses (javascript:, data:). One fixture holds them all,
 * because the point is that one run lists every problem.
 */
describe('hostile input that must stop the build', () => {
	let fixture: FixtureProject;
	let build: { status: number | null; output: string };
	let check: { status: number | null; stdout: string; stderr: string };

	beforeAll(() => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write(PROBLEM_FILES);
		build = fixture.build();
		check = fixture.run([CHECK_SCRIPT]);
	});
	afterAll(() => fixture.dispose());

	it('stops the build before writing anything', () => {
		expect(build.status).toBe(1);
		expect(build.output).not.toContain('Complete!');
		expect(existsSync(join(fixture.root, 'dist'))).toBe(false);
	});

	it('lists all fifteen problems together in one build failure, sorted by file', () => {
		expect(build.output).toContain(REPORT);
	});

	it('prints the same list from `node scripts/check.ts`, and exits 1', () => {
		expect(check.status).toBe(1);
		expect(check.stderr.trim()).toBe(REPORT);
	});

	it.each(Object.entries(EXPECTED))('reports %s once, with its place and what to do', (_name, line) => {
		expect(build.output.split(line)).toHaveLength(2);
	});

	it('accepts the valid content among the problems: no message names good.txt or fine.mdx', () => {
		expect(build.output).not.toMatch(/^(seeds\/good\.txt|content\/articles\/fine\.mdx)/m);
	});
});
