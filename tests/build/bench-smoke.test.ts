import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';

// `npm run bench` copies the project and builds it; a file the site comes to need (a page that
// imports CONTRIBUTING.md, say) must not break it unnoticed. A tiny corpus keeps this quick;
// the benchmark's numbers themselves are for `npm run bench`, not for a test.
describe('npm run bench', () => {
	it('builds the site and the floor on a small synthetic corpus and prints its table', () => {
		const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts/bench.ts'), '--n', '10'], {
			encoding: 'utf8',
			env: buildEnv(),
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(run.stderr).not.toMatch(/error/i);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^\| 10 \| 287\(g\) Explained \|/m);
		expect(run.stdout).toMatch(/^\| 10 \| floor: bare Astro \+ MDX \+ Pagefind \|/m);
	});
});
