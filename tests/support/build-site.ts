import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

const KEY = Symbol.for('287g-explained.site-built');

/**
 * Vitest global setup: builds the real site into dist/ once per test run, shared by the build
 * and e2e projects. Set SKIP_BUILD=1 to test an existing dist/ (e.g. right after `npm run build`).
 */
export default function buildSite(): void {
	const state = globalThis as Record<symbol, boolean>;
	if (state[KEY] || process.env['SKIP_BUILD']) return;
	const root = process.cwd();
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: buildEnv(),
	});
	state[KEY] = true;
}
