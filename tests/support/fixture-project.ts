import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';
import { SITE_FILES, TOOL_FILES } from '../../scripts/lib/project-files.ts';
import { buildEnv } from './build-env.ts';

const ROOT = process.cwd();
/** What a fixture project copies of this one. */
export const COPIED = [...SITE_FILES, ...TOOL_FILES];

export interface FixtureProject {
	readonly root: string;
	/** Writes (or with `null`, deletes) files, by path from the project root. */
	write(files: Record<string, string | Uint8Array | null>): void;
	/** Runs a command of the project (`astro build`, `scripts/check.ts`...) and returns its outcome. */
	run(args: readonly string[], env?: Record<string, string>): { status: number | null; stdout: string; stderr: string };
	/** `astro build` in the fixture. */
	build(env?: Record<string, string>): { status: number | null; output: string };
	/** `npm run check`'s content checks (scripts/check.ts) in the fixture. */
	check(): { status: number | null; stdout: string; stderr: string };
	dispose(): void;
}

/**
 * A temporary copy of the project, sharing the packages but not the build caches, for tests
 * that must change content or seeds and build. `keep` chooses what to copy of content/, seeds/
 * and data/ ('all' or 'none'); `root`, an empty folder to make it in (a temporary one otherwise).
 * A fixture that only needs building once, whatever the test file, is `sharedBuild()`'s
 * (shared-build.ts).
 */
export function fixtureProject(options: { keep?: 'all' | 'none'; root?: string } = {}): FixtureProject {
	const root = options.root ?? mkdtempSync(join(tmpdir(), '287g-fixture-'));
	for (const path of COPIED) {
		// ICE's lists go with the content: their fixes live in content/agreements/.
		if (options.keep === 'none' && (path === 'content' || path === 'seeds' || path === 'data')) continue;
		cpSync(join(ROOT, path), join(root, path), { recursive: true });
	}
	mkdirSync(join(root, 'seeds'), { recursive: true });
	mkdirSync(join(root, 'content'), { recursive: true });
	linkNodeModules(join(ROOT, 'node_modules'), join(root, 'node_modules'));
	const run: FixtureProject['run'] = (args, env = {}) => {
		const result = spawnSync(process.execPath, [...args], {
			cwd: root,
			encoding: 'utf8',
			env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
			maxBuffer: 64 * 1024 * 1024,
		});
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	};
	return {
		root,
		write(files) {
			for (const [path, content] of Object.entries(files)) {
				const full = join(root, path);
				if (content === null) {
					rmSync(full, { force: true, recursive: true });
					continue;
				}
				mkdirSync(dirname(full), { recursive: true });
				writeFileSync(full, content);
			}
		},
		run,
		build(env) {
			const r = run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
			return { status: r.status, output: r.stdout + r.stderr };
		},
		check() {
			return run([join(root, 'scripts/check.ts')]);
		},
		dispose() {
			rmSync(root, { recursive: true, force: true });
		},
	};
}

export interface CheckedFixture {
	readonly fixture: FixtureProject;
	readonly build: { status: number | null; output: string };
	readonly check: { status: number | null; stdout: string; stderr: string };
}

/**
 * A fixture project with `files` written over it, built once and checked once: what the tests
 * of content problems share, since a problem must stop both `astro build` and `npm run check`.
 */
export function builtAndChecked(files: Record<string, string | Uint8Array | null>, options: { keep?: 'all' | 'none' } = {}): CheckedFixture {
	const fixture = fixtureProject(options);
	fixture.write(files);
	return { fixture, build: fixture.build(), check: fixture.check() };
}
