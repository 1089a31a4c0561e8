import { defineConfig } from 'vitest/config';

/**
 * Three levels of tests:
 * - unit: pure modules and single plugins, on strings; no Astro build.
 * - build: the real site built once into dist/ (and fixture projects), parsed as HTML. A fixture
 *   built the same way by several files is built once (tests/support/shared-build.ts).
 * - e2e: real Chromium (playwright-core) against the built dist/, for what needs a browser.
 */
export default defineConfig({
	test: {
		// Vitest's default on this 2-core machine is one worker, so a build test's `astro build`
		// (a child process) would leave the other core idle. Two workers run two unit or build
		// files at once; the e2e files still run one at a time, after them: one browser test already
		// keeps both cores busy (Chromium lays out, rasters and runs axe on several threads), and two
		// at once were measured slower, not faster.
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/build-site.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/support/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					// A real browser on a loaded 2-core machine can miss a frame; one retry keeps CI
					// honest about real failures (they fail twice) without failing on a slow frame.
					retry: 1,
				},
			},
		],
	},
});
