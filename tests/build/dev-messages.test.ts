import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

/** An explainer citing the seed with `quote`. */
const explainer = (quote: string) => `---\ntitle: A page\ndescription: A page.\nsection: about\n---\n\nA sentence.<Cite source="a-seed" quote="${quote}" />\n`;
const GOOD = 'date: "2025-04-29"\ntitle: T\nsummary: S\nkind: count\ncitations:\n  - source: a-seed\n    quote: "the only passage of this seed"\n';

/** Resolves when the dev server's output so far matches, or rejects after a while. */
function waitFor(output: () => string, pattern: RegExp, from: number, ms = 60_000): Promise<void> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = setInterval(() => {
			if (pattern.test(output().slice(from))) {
				clearInterval(poll);
				resolve();
			} else if (Date.now() - started > ms) {
				clearInterval(poll);
				reject(new Error(`dev server never printed ${pattern}; output:\n${output()}`));
			}
		}, 100);
	});
}

describe('npm run dev, while a contributor edits content', () => {
	let fixture: FixtureProject;
	let server: ChildProcess;
	let output = '';
	/** Where the server listens: Astro takes the next port when 4391 is busy, and says so. */
	const address = () => /Local\s+(http:\/\/\S+)/.exec(output)?.[1] ?? 'http://127.0.0.1:4391/';

	beforeAll(async () => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write({
			'seeds/a.txt': 'A seed\nthe only passage of this seed',
			'content/timeline/e.yaml': GOOD,
			'content/explainers/a-page.mdx': explainer('the only passage of this seed'),
		});
		server = spawn(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391', '--host', '127.0.0.1'], {
			cwd: fixture.root,
			// Without Vitest's MODE, BASE_URL… (buildEnv) and VITEST: Astro serves no page while it sees them.
			env: Object.fromEntries(Object.entries(buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' })).filter(([key]) => !key.startsWith('VITEST'))),
		});
		server.stdout!.on('data', (d) => (output += d));
		server.stderr!.on('data', (d) => (output += d));
		await waitFor(() => output, /Content checked: 2 citations verified/, 0);
		await waitFor(() => output, /watching for file changes/, 0);
	});
	afterAll(() => {
		server?.kill();
		fixture?.dispose();
	});

	/**
	 * Once Astro has had a moment to print anything of its own about the file or page: the output
	 * since `mark` names `problem` once, with no `astroError` of Astro's and no stack trace.
	 */
	async function expectPrintedOnce(mark: number, problem: string, astroError: string): Promise<void> {
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		const since = output.slice(mark);
		expect(since.split(problem)).toHaveLength(2);
		expect(since).not.toMatch(new RegExp(`${astroError}|Stack trace|\\n\\s+at `));
	}

	it('prints a problem with file:line:column when a file goes wrong, and clears it when fixed, without a restart', async () => {
		let mark = output.length;
		// Save the way some editors do: empty the file, then write it a moment later.
		fixture.write({ 'content/timeline/e.yaml': '' });
		await new Promise((resolve) => setTimeout(resolve, 30));
		fixture.write({ 'content/timeline/e.yaml': GOOD.replace('"2025-04-29"', '"April 2025"') });
		await waitFor(() => output, /content\/timeline\/e\.yaml:1:7 {2}date: "April 2025" is not a date/, mark);
		expect(output.slice(mark), 'the half-saved, empty file was checked').not.toMatch(/title: is missing/);
		const wrong = mark;
		mark = output.length;
		fixture.write({ 'content/timeline/e.yaml': GOOD });
		await waitFor(() => output, /Content checked: 2 citations verified/, mark);
		expect(server.exitCode).toBeNull();
		// The problem was printed once: not again by Astro's loader, with a stack trace.
		const whileWrong = output.slice(wrong);
		expect(whileWrong.split('is not a date')).toHaveLength(2);
		expect(whileWrong).not.toMatch(/InvalidContentEntryDataError|Stack trace|\n\s+at /);
	});

	it("prints a wrong field of an explainer's frontmatter once, and not again as Astro's loader error", async () => {
		const mark = output.length;
		fixture.write({ 'content/explainers/a-page.mdx': explainer('the only passage of this seed').replace('section: about', 'section: nowhere') });
		await waitFor(() => output, /a-page\.mdx:4:10 {2}section:/, mark);
		await expectPrintedOnce(mark, 'a-page.mdx:4:10', 'InvalidContentEntryDataError');
		fixture.write({ 'content/explainers/a-page.mdx': explainer('the only passage of this seed') });
		await waitFor(() => output, /Content checked: 2 citations verified/, mark);
	});

	it('shows a changed data file on its page, from the content checked once for the change', async () => {
		const mark = output.length;
		fixture.write({ 'content/timeline/e.yaml': GOOD.replace('title: T', 'title: A title saved just now') });
		await waitFor(() => output, /Content checked: 2 citations verified/, mark);
		let text = '';
		for (let tries = 0; !text.includes('A title saved just now') && tries < 100; tries++) {
			text = await (await fetch(new URL('timeline/', address()))).text();
			if (!text.includes('A title saved just now')) await new Promise((resolve) => setTimeout(resolve, 200));
		}
		expect(text).toContain('A title saved just now');
		expect(output.slice(mark).split('Content checked')).toHaveLength(2);
	});

	it('prints a wrong quote in an explainer once, and the page shows the citation as not verified', async () => {
		const mark = output.length;
		fixture.write({ 'content/explainers/a-page.mdx': explainer('the only passage of this sed') });
		await waitFor(() => output, /a-page\.mdx:7:12 {2}quote not found/, mark);
		// The first requests can come before Astro's routes are ready: ask until it answers.
		let page = await fetch(new URL('a-page/', address()));
		for (let tries = 0; page.status === 404 && tries < 300; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 200));
			page = await fetch(new URL('a-page/', address()));
		}
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('citation not verified');
		await expectPrintedOnce(mark, 'quote not found', 'MDXError');
		fixture.write({ 'content/explainers/a-page.mdx': explainer('the only passage of this seed') });
		await waitFor(() => output, /Content checked: 2 citations verified/, mark);
		expect(await (await fetch(new URL('a-page/', address()))).text()).not.toContain('citation not verified');
	});
});
