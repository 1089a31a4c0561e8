import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

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

	beforeAll(async () => {
		fixture = fixtureProject({ keep: 'none' });
		fixture.write({ 'seeds/a.txt': 'A seed\nthe only passage of this seed', 'content/timeline/e.yaml': GOOD });
		server = spawn(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391', '--host', '127.0.0.1'], {
			cwd: fixture.root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		server.stdout!.on('data', (d) => (output += d));
		server.stderr!.on('data', (d) => (output += d));
		await waitFor(() => output, /Content checked: 1 citations verified/, 0);
		await waitFor(() => output, /watching for file changes/, 0);
	});
	afterAll(() => {
		server?.kill();
		fixture?.dispose();
	});

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
		await waitFor(() => output, /Content checked: 1 citations verified/, mark);
		expect(server.exitCode).toBeNull();
		// The problem was printed once: not again by Astro's loader, with a stack trace.
		const whileWrong = output.slice(wrong);
		expect(whileWrong.split('is not a date')).toHaveLength(2);
		expect(whileWrong).not.toMatch(/InvalidContentEntryDataError|Stack trace|\n\s+at /);
	});
});
