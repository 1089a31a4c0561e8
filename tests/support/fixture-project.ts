import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';
import { SITE_FILES, TOOL_FILES } from '../../scripts/lib/project-files.ts';
import { buildEnv } from './build-env.ts';

const ROOT = process.cwd();
/** What a fixture project copies of this one. */
export const COPIED = [...SITE_FILES, ...TOOL_FILES];
/** What a site is made of, as opposed to the code that builds it. */
export const SITE_CONTENT = ['content', 'seeds', 'data'] as const;
/** Small sites written for the tests, each a folder of content/, seeds/ and data/. */
export const SITES = join(ROOT, 'tests/fixtures/sites');

/** Which site a fixture project holds. */
export interface SiteOption {
	/**
	 * A small site of `tests/fixtures/sites/<name>/`, in place of the real content/, seeds/ and
	 * data/: what most tests should use, so that their expectations follow from files they can see.
	 */
	readonly site?: string | undefined;
	/**
	 * Without `site`: 'all' copies the real content/, seeds/ and data/ (only for a test about the
	 * real site itself), 'none' starts with none of them.
	 */
	readonly keep?: 'all' | 'none';
}

/** Where the site of a fixture project comes from: the project itself, a fixture site, or nothing. */
export function siteRoot(options: SiteOption): string | null {
	if (options.site !== undefined) return join(SITES, options.site);
	return options.keep === 'none' ? null : ROOT;
}

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
 * that must change content or seeds and build. `site` names a fixture site whose content/, seeds/
 * and data/ are copied instead of the project's; without it, `keep` chooses what to copy of the
 * project's ('all' or 'none'); `root`, an empty folder to make it in (a temporary one otherwise).
 * A fixture that only needs building once, whatever the test file, is `sharedBuild()`'s
 * (shared-build.ts).
 */
export function fixtureProject(options: SiteOption & { root?: string } = {}): FixtureProject {
	const root = options.root ?? mkdtempSync(join(tmpdir(), '287g-fixture-'));
	const site = siteRoot(options);
	if (site !== null && !existsSync(site)) throw new Error(`No fixture site at ${site}.`);
	for (const path of COPIED) {
		// ICE's lists go with the content: their fixes live in content/agreements/.
		const from = (SITE_CONTENT as readonly string[]).includes(path) ? site : ROOT;
		if (from === null || !existsSync(join(from, path))) continue;
		cpSync(join(from, path), join(root, path), { recursive: true });
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
export function builtAndChecked(files: Record<string, string | Uint8Array | null>, options: SiteOption = {}): CheckedFixture {
	const fixture = fixtureProject(options);
	fixture.write(files);
	return { fixture, build: fixture.build(), check: fixture.check() };
}
