import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RawWorkbook } from './raw.ts';
import { READER_VERSION, readWorkbook } from './read-workbook.ts';

/**
 * The cells of each workbook, cached by its SHA-256 and the reader's version, outside the
 * project: one cache shared by every copy of the project (the benchmark builds temporary copies).
 * `ICE_LIST_CACHE` names another folder; `ICE_LIST_CACHE=off` turns the cache off.
 */
export function cacheDir(): string | null {
	const setting = process.env.ICE_LIST_CACHE;
	if (setting === 'off') return null;
	if (setting) return setting;
	return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), '287g-explained', 'ice-lists');
}

/** The workbook's cells, from the cache when this exact file was read before. */
export async function cachedWorkbook(sha256: string, bytes: () => Buffer): Promise<RawWorkbook> {
	const dir = cacheDir();
	const path = dir ? join(dir, `v${READER_VERSION}-${sha256}.json`) : null;
	if (path) {
		try {
			return JSON.parse(readFileSync(path, 'utf8')) as RawWorkbook;
		} catch {
			// Not cached yet (or unreadable): read the workbook.
		}
	}
	const workbook = await readWorkbook(bytes());
	if (path && dir) {
		try {
			mkdirSync(dir, { recursive: true });
			const tmp = `${path}.${process.pid}.tmp`;
			writeFileSync(tmp, JSON.stringify(workbook));
			renameSync(tmp, path);
		} catch {
			// A read-only cache only costs time.
		}
	}
	return workbook;
}

/** Any JSON value, cached under `key` (which must name everything the value depends on). */
export async function cachedJson<T>(key: string, make: () => Promise<T>): Promise<T> {
	const dir = cacheDir();
	const path = dir ? join(dir, `${key}.json`) : null;
	if (path) {
		try {
			return JSON.parse(readFileSync(path, 'utf8')) as T;
		} catch {
			// Not cached yet.
		}
	}
	const value = await make();
	if (path && dir) {
		try {
			mkdirSync(dir, { recursive: true });
			const tmp = `${path}.${process.pid}.tmp`;
			writeFileSync(tmp, JSON.stringify(value));
			renameSync(tmp, path);
			prune(dir, key.replace(/-.*$/, '-'));
		} catch {
			// A read-only cache only costs time.
		}
	}
	return value;
}

/** Keeps the few newest values of one kind (each whole reading is tens of MB). */
function prune(dir: string, prefix: string, keep = 6): void {
	const files = readdirSync(dir)
		.filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
		.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
		.sort((a, b) => b.t - a.t);
	for (const { f } of files.slice(keep)) rmSync(join(dir, f), { force: true });
}
