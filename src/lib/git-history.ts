import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './project-root.ts';

/**
 * When each file was last changed, by path from the project root: an ISO date, or `null` when
 * this copy of the repository cannot tell (a shallow clone cut its history off).
 */
export type FileDates = ReadonlyMap<string, string | null>;

const SEPARATOR = '\x1e';

/**
 * Reads `git log --format=%x1e%H %cI --name-only` output, newest commit first. A file's first
 * appearance is its last change, unless that commit is a shallow boundary: a boundary commit
 * has no parents in this copy, so it lists every file as added, and its date is not the file's.
 *
 * In:  `\x1eaaa 2026-03-01T10:00:00Z\n\nsrc/a.ts\n\x1ebbb 2026-01-01T10:00:00Z\n\nsrc/b.ts\n`, boundary bbb
 * Out: `Map { 'src/a.ts' → '2026-03-01T10:00:00Z', 'src/b.ts' → null }`
 */
export function parseGitLog(text: string, boundaries: ReadonlySet<string> = new Set()): Map<string, string | null> {
	const dates = new Map<string, string | null>();
	for (const record of text.split(SEPARATOR)) {
		const [header = '', ...files] = record.split('\n');
		const [hash = '', date = ''] = header.trim().split(' ');
		if (!hash) continue;
		for (const file of files) {
			if (file === '' || dates.has(file)) continue;
			dates.set(file, boundaries.has(hash) ? null : date);
		}
	}
	return dates;
}

function git(root: string, args: readonly string[]): string | undefined {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
}

/** The shallow boundary commits of the repository at `root`, empty in a full clone. */
function shallowBoundaries(root: string): Set<string> {
	if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'true') return new Set();
	const path = git(root, ['rev-parse', '--git-path', 'shallow'])?.trim();
	if (!path) return new Set();
	return new Set(readFileSync(resolve(root, path), 'utf8').split('\n').filter(Boolean));
}

const cache = new Map<string, FileDates>();

/**
 * Every file's last change, from one `git log` over the whole history, read once per build.
 * Outside a git repository, every file is unknown (an empty map).
 */
export function fileDates(root: string = projectRoot()): FileDates {
	let dates = cache.get(root);
	if (!dates) {
		const log = git(root, ['log', `--format=${SEPARATOR}%H %cI`, '--name-only', '--relative', '--no-renames', '--', '.']);
		dates = log === undefined ? new Map() : parseGitLog(log, shallowBoundaries(root));
		cache.set(root, dates);
	}
	return dates;
}
