import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildEnv } from './build-env.ts';
import { BUILD_LOG } from './dist.ts';

const KEY = Symbol.for('287g-explained.site-built');

/**
 * Vitest global setup: builds the real site into dist/ once per test run, shared by the build
 * and e2e projects, and keeps what the build printed in BUILD_LOG for the tests. Set
 * SKIP_BUILD=1 to test an existing dist/ (e.g. right after `npm run build`).
 */
export default function buildSite(): void {
	const state = globalThis as Record<symbol, boolean>;
	if (state[KEY] || process.env['SKIP_BUILD']) return;
	rmSync(BUILD_LOG, { force: true });
	const root = process.cwd();
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: buildEnv(),
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${run.stdout}${run.stderr}`;
	if (run.status !== 0) throw new Error(`The site did not build:\n${output}`);
	mkdirSync(dirname(BUILD_LOG), { recursive: true });
	writeFileSync(BUILD_LOG, output);
	state[KEY] = true;
}
