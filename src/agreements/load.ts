import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../corpus/problems.ts';
import { projectRoot } from '../lib/project-root.ts';
import { perRootCache } from '../lib/per-root-cache.ts';
import { cachedJson, cachedWorkbook } from './cache.ts';
import { indexFixes } from './fixes.ts';
import { followAgreements } from './identity.ts';
import { parseManifest, sortEntries, type ManifestEntry } from './manifest.ts';
import { parseWorkbook, type ListProblem, type ParsedWorkbook } from './parse-list.ts';
import { readFixes } from './read-fixes.ts';
import type { AgreementList, AgreementsData, PendingList } from './types.ts';

/** Where the lists are kept, from the project root. */
export const DATA_DIR = 'data/ice';
export const MANIFEST_FILE = `${DATA_DIR}/manifest.tsv`;

/** A problem of a list, in the form the content report prints. */
export function listProblem(p: ListProblem): Problem {
	const where = [p.sheet === undefined ? null : `sheet "${p.sheet}"`, p.row === undefined ? null : `row ${p.row}`].filter(Boolean).join(', ');
	return { file: p.file, message: where ? `${where}: ${p.message}` : p.message };
}

export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One workbook of the manifest, read (from the cache when it can) and parsed. */
async function readEntry(
	root: string,
	entry: ManifestEntry,
	fixes: ReturnType<typeof indexFixes>,
): Promise<{ parsed: ParsedWorkbook | null; problems: Problem[] }> {
	const file = `${DATA_DIR}/${entry.file}`;
	const path = join(root, file);
	if (!existsSync(path))
		return {
			parsed: null,
			problems: [{ file: MANIFEST_FILE, message: `${entry.file} is in the manifest but not in ${DATA_DIR}/: restore it, or remove its line.` }],
		};
	const bytes = readFileSync(path);
	const actual = sha256(bytes);
	if (actual !== entry.sha256)
		return {
			parsed: null,
			problems: [
				{
					file,
					message: `its SHA-256 is ${actual}, the manifest says ${entry.sha256}: ICE's files are kept byte for byte; restore the original, or add a new list with \`npm run data:add\`.`,
				},
			],
		};
	const raw = await cachedWorkbook(entry.sha256, () => bytes);
	const parsed = parseWorkbook(file, raw, fixes);
	const problems = parsed.problems.map(listProblem);
	if (parsed.content && parsed.content !== entry.content)
		problems.push({
			file: MANIFEST_FILE,
			message: `${entry.file} holds a ${parsed.content} list by its columns, the manifest says ${entry.content}: correct the manifest.`,
		});
	return { parsed, problems };
}

/**
 * What the whole reading depends on: the manifest, the fixes, every file's bytes (by SHA-256)
 * and the code of src/agreements/ itself, so a change to any of them reads the lists again.
 */
function readingKey(root: string): string {
	const hash = createHash('sha256');
	const add = (path: string) => hash.update(path).update(existsSync(path) ? readFileSync(path) : '');
	add(join(root, MANIFEST_FILE));
	add(join(root, 'content/agreements/fixes.yaml'));
	const code = join(root, 'src/agreements');
	if (existsSync(code)) for (const f of readdirSync(code).sort()) if (f.endsWith('.ts')) add(join(code, f));
	const manifestPath = join(root, MANIFEST_FILE);
	if (existsSync(manifestPath)) {
		for (const e of parseManifest(readFileSync(manifestPath, 'utf8')).entries) {
			const path = join(root, DATA_DIR, e.file);
			hash.update(existsSync(path) ? sha256(readFileSync(path)) : 'missing');
		}
	}
	return hash.digest('hex');
}

/**
 * Reads every list of the manifest; problems are returned, never thrown. The result is cached
 * whole, outside the project, under a key made of everything it depends on (`readingKey`).
 */
export async function readAgreements(root: string): Promise<AgreementsData> {
	const data = await cachedJson(`data-${readingKey(root)}`, () => readAll(root));
	// JSON keeps no identity: the latest list is the last list.
	return { ...data, latest: data.lists.at(-1) ?? data.latest, pending: data.pendingLists.at(-1) ?? null };
}

async function readAll(root: string): Promise<AgreementsData> {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const manifestPath = join(root, MANIFEST_FILE);
	// A project without data/ice/ (a new fixture, a fork without the lists) simply has no lists.
	const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : { entries: [], problems: [] };
	problems.push(...manifest.problems.map((p) => ({ file: MANIFEST_FILE, line: p.line, message: p.message })));
	const { fixes, problems: fixProblems } = readFixes(root);
	problems.push(...fixProblems);
	const index = indexFixes(fixes);
	const entries = sortEntries(manifest.entries);
	const read = await Promise.all(entries.map((e) => readEntry(root, e, index)));
	const lists: AgreementList[] = [];
	const pendingLists: PendingList[] = [];
	entries.forEach((entry, i) => {
		const { parsed, problems: p } = read[i]!;
		problems.push(...p);
		if (!parsed) return;
		warnings.push(...parsed.warnings.map(listProblem));
		const file = `${DATA_DIR}/${entry.file}`;
		if (entry.content === 'participating') lists.push({ file, date: entry.date, kind: entry.kind, sha256: entry.sha256, rows: parsed.rows });
		else pendingLists.push({ file, date: entry.date, sha256: entry.sha256, rows: parsed.pendingRows });
	});
	const { agreements, changes } = followAgreements(lists);
	const latest = lists.at(-1) ?? { file: '', date: '', kind: 'ice-workbook', sha256: '', rows: [] };
	if (lists.length === 0 && entries.length > 0)
		problems.push({ file: MANIFEST_FILE, message: "lists no participating list: the site counts from ICE's list; add one with `npm run data:add`." });
	return { lists, latest, pending: pendingLists.at(-1) ?? null, pendingLists, agreements, changes, problems, warnings };
}

const lists = perRootCache<Promise<AgreementsData>>('agreements', (root) => readAgreements(root));

/**
 * ICE's lists of the project at `root`, read once per process (pages, checks and the build hook
 * share one reading). Problems are in `problems`; the build hook stops the build on them. Warnings (`warnings`) are printed and do not stop it.
 */
export function loadAgreements(root: string = projectRoot()): Promise<AgreementsData> {
	return lists.get(root);
}

export function forgetAgreements(): void {
	lists.forget();
}
