import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cachedWorkbook } from './cache.ts';
import { dateFromFileName } from './file-names.ts';
import { indexFixes } from './fixes.ts';
import { followAgreements } from './identity.ts';
import { DATA_DIR, listProblem, MANIFEST_FILE, readAgreements, sha256 } from './load.ts';
import { formatManifest, parseManifest, type ManifestEntry } from './manifest.ts';
import { parseWorkbook } from './parse-list.ts';
import { readFixes } from './read-fixes.ts';
import type { AgreementList } from './types.ts';
import { formatProblem } from '../corpus/problems.ts';

export interface AddOptions {
	/** The list's date when its file name gives none: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (UTC). */
	readonly date?: string | undefined;
	/** Where the copy came from, for the manifest (an address, or "downloaded by hand"). */
	readonly source?: string | undefined;
}

export interface AddResult {
	readonly ok: boolean;
	/** What to print, line by line. */
	readonly lines: readonly string[];
	readonly entry?: ManifestEntry;
}

const pad = (s: string) => s.padStart(2, '0');

/** ICE's own naming (`participatingAgencies05182026.xlsx`), for a file whose name gives no date. */
function nameFor(content: 'participating' | 'pending', date: string): string {
	const [y, m, d] = date.slice(0, 10).split('-') as [string, string, string];
	const time = date.length > 10 ? `-${date.slice(11, 13)}${date.slice(14, 16)}` : '';
	return `${content === 'participating' ? 'participatingAgencies' : 'pendingAgencies'}${pad(m)}${pad(d)}${y}${time}.xlsx`;
}

/**
 * `npm run data:add -- <workbook.xlsx>`: checks a newly downloaded ICE list, files it under
 * data/ice/ by its content (participating or pending) and its date, adds it to the manifest,
 * and says what changed since the previous list. Nothing is written when the list has problems.
 */
export async function addList(root: string, path: string, options: AddOptions = {}): Promise<AddResult> {
	const bytes = readFileSync(path);
	const sha = sha256(bytes);
	const manifestPath = join(root, MANIFEST_FILE);
	const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')).entries : [];
	const twin = manifest.find((e) => e.sha256 === sha);
	if (twin) return { ok: true, lines: [`${basename(path)} is already kept, byte for byte, as ${DATA_DIR}/${twin.file} (${twin.date}); nothing to add.`] };
	const named = dateFromFileName(basename(path));
	const date = options.date ?? named?.date;
	if (!date || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(date)) {
		return { ok: false, lines: [`${path}: its name gives no date; say when ICE published it: npm run data:add -- ${path} --date YYYY-MM-DD`] };
	}
	const { fixes, problems: fixProblems } = readFixes(root);
	const parsed = parseWorkbook(basename(path), await cachedWorkbook(sha, () => bytes), indexFixes(fixes));
	const problems = [...fixProblems, ...parsed.problems.map(listProblem)];
	if (!parsed.content) problems.push({ file: path, message: 'holds neither a participating nor a pending list.' });
	if (problems.length > 0) {
		return {
			ok: false,
			lines: [`${path} was not added: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first.`, ...problems.map(formatProblem)],
		};
	}
	const content = parsed.content!;
	const folder = content === 'participating' ? 'workbooks' : 'pending';
	const file = `${folder}/${named && !named.note ? basename(path) : nameFor(content, date)}`;
	const target = join(root, DATA_DIR, file);
	if (existsSync(target))
		return {
			ok: false,
			lines: [`${DATA_DIR}/${file} exists with other bytes: rename the new file (keep ICE's name and add a suffix) or give its date with --date.`],
		};
	const notes: string[] = [];
	if (named?.note) notes.push(named.note);
	if (named?.part)
		notes.push(
			`published in the ${named.part === 'am' ? 'morning' : named.part === 'mid' ? 'middle of the day' : named.part === 'pm' ? 'afternoon' : named.part}`,
		);
	if (/^pending/i.test(basename(path)) !== (content === 'pending')) notes.push(`swapped: named otherwise, holds a ${content} list (by its columns)`);
	for (const s of parsed.skippedSheets) notes.push(`sheet "${s.sheet}" not read: ${s.why}`);
	const entry: ManifestEntry = {
		file,
		date,
		kind: 'ice-workbook',
		content,
		sha256: sha,
		source: options.source ?? `added by hand from ${basename(path)}`,
		notes: notes.join('; '),
	};

	// What changed since the previous list, before writing anything.
	const before = await readAgreements(root);
	const lines: string[] = [];
	if (content === 'participating') {
		const previous = [...before.lists].filter((l) => l.date < date).at(-1);
		const added: AgreementList = { file: `${DATA_DIR}/${file}`, date, kind: 'ice-workbook', sha256: sha, rows: parsed.rows };
		lines.push(`${DATA_DIR}/${file}: a participating list of ${date}, ${parsed.rows.length} agreements.`);
		if (previous) {
			const { agreements, changes } = followAgreements([previous, added]);
			const change = changes[0]!;
			const describe = (id: string) => {
				const a = agreements.find((x) => x.id === id)!;
				return `  ${a.state}  ${a.agency}  ${a.model.toUpperCase()}  signed ${a.signed ?? 'n/a'}`;
			};
			lines.push(`Since ${previous.date} (${previous.rows.length} agreements): ${change.added.length} added, ${change.removed.length} no longer listed.`);
			if (change.added.length > 0) lines.push('Added:', ...change.added.map(describe));
			if (change.removed.length > 0) lines.push('No longer listed:', ...change.removed.map(describe));
		}
	} else {
		lines.push(`${DATA_DIR}/${file}: a pending list of ${date}, ${parsed.pendingRows.length} agencies.`);
	}
	mkdirSync(dirname(target), { recursive: true });
	copyFileSync(path, target);
	writeFileSync(manifestPath, formatManifest([...manifest, entry]));
	lines.push(`${MANIFEST_FILE} updated.`);
	return { ok: true, lines, entry };
}
