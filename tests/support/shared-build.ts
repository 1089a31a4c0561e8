import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { COPIED, fixtureProject, SITE_CONTENT, siteRoot } from './fixture-project.ts';

const ROOT = process.cwd();
/** Outside the project: a build under node_modules/ would have its files taken for packages. */
const CACHE = join(tmpdir(), '287g-shared-builds');
/** Cached builds unused for this long are removed. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const WAIT_MS = 10 * 60 * 1000;

export interface SharedBuild {
	/** The fixture project; its built site is in `dist/`. Read only: other test files share it. */
	readonly root: string;
	readonly dist: string;
	readonly status: number | null;
	readonly output: string;
}

export interface SharedBuildOptions {
	/** Files written over the copy, by path from the project root (`null` deletes). */
	readonly files?: Record<string, string | Uint8Array | null>;
	/** Environment of `astro build`, e.g. `{ BASE_PATH: '/287g/' }`. */
	readonly env?: Record<string, string>;
	/** A fixture site (tests/fixtures/sites/<name>/) in place of the project's content. */
	readonly site?: string;
	readonly keep?: 'all' | 'none';
}

function walk(path: string, hash: ReturnType<typeof createHash>): void {
	if (!existsSync(path)) return;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort()) walk(join(path, name), hash);
		return;
	}
	hash
		.update(`${relative(ROOT, path)}\0`)
		.update(readFileSync(path))
		.update('\0');
}

/** What a build depends on: the project's files as they are now, the packages, and the options. */
function keyOf(options: SharedBuildOptions): string {
	const hash = createHash('sha256');
	const site = siteRoot(options);
	for (const path of [...COPIED, 'package-lock.json']) {
		const isContent = (SITE_CONTENT as readonly string[]).includes(path);
		if (isContent && site === null) continue;
		walk(join(isContent ? site! : ROOT, path), hash);
	}
	const files = Object.entries(options.files ?? {}).sort(([a], [b]) => a.localeCompare(b));
	for (const [path, content] of files)
		hash
			.update(`${path}\0`)
			.update(content === null ? '\u0001null' : content)
			.update('\0');
	hash.update(JSON.stringify({ env: Object.entries(options.env ?? {}).sort(), keep: options.keep ?? 'all', site: options.site ?? null }));
	return hash.digest('hex').slice(0, 16);
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function prune(): void {
	for (const name of readdirSync(CACHE)) {
		const path = join(CACHE, name);
		if (Date.now() - statSync(path).mtimeMs > MAX_AGE_MS) rmSync(path, { recursive: true, force: true });
	}
}

/**
 * A copy of the project with `files` written over it, built once with `env` and shared: by every
 * test file that asks for the same build, in this run and in the next ones for as long as nothing
 * it is built from changes (the key hashes the project's files, the lockfile and the options).
 * Test files run in parallel workers: the first to ask builds, the others wait for it.
 */
export function sharedBuild(options: SharedBuildOptions = {}): SharedBuild {
	mkdirSync(CACHE, { recursive: true });
	const key = keyOf(options);
	const done = join(CACHE, key);
	const lock = join(CACHE, `${key}.lock`);
	const result = (): SharedBuild => {
		const { status, output } = JSON.parse(readFileSync(join(done, 'build.json'), 'utf8')) as { status: number | null; output: string };
		writeFileSync(join(done, 'used'), new Date().toISOString()); // so that pruning keeps it
		return { root: join(done, 'project'), dist: join(done, 'project', 'dist'), status, output };
	};
	const started = Date.now();
	while (!existsSync(join(done, 'build.json'))) {
		try {
			mkdirSync(lock);
		} catch {
			// Another worker is building it.
			if (Date.now() - started > WAIT_MS) throw new Error(`Gave up waiting for the shared build ${lock}; remove it if no test run is going on.`);
			sleep(250);
			continue;
		}
		try {
			prune();
			const building = join(lock, 'build');
			mkdirSync(join(building, 'project'), { recursive: true });
			const fixture = fixtureProject({ site: options.site, keep: options.keep ?? 'all', root: join(building, 'project') });
			fixture.write(options.files ?? {});
			const build = fixture.build(options.env);
			writeFileSync(join(building, 'build.json'), JSON.stringify(build));
			rmSync(done, { recursive: true, force: true });
			renameSync(building, done);
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
	return result();
}

/** The base path and origin of the site as a project site on GitHub Pages would have them. */
export const UNDER_BASE = { base: '/287g/', site: 'https://example.org' } as const;

/** The whole site built under `UNDER_BASE`: one build for every test of the base path. */
export function siteUnderBase(): SharedBuild {
	// The real content ('all'): its tests check every page and link of the real site under a base.
	const build = sharedBuild({ keep: 'all', env: { BASE_PATH: UNDER_BASE.base, SITE_URL: UNDER_BASE.site } });
	if (build.status !== 0) throw new Error(`Build with BASE_PATH=${UNDER_BASE.base} failed:\n${build.output}`);
	return build;
}
