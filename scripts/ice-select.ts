/**
 * How data/ice/ was chosen from the archive in ../shared/data/ice-287g/ (run once; kept so the
 * choice can be repeated and checked): `node scripts/ice-select.ts [archive folder]`.
 *
 * Keeps, byte for byte: every Wayback table (one a month, January 2021 to February 2025); the
 * last participating list of each week since February 2025; the latest list; the list nearest
 * each date on which the figures ledger quotes a count of agreements or agencies; the latest
 * pending list; the files that show a known problem (swapped, a second sheet). What a file holds is decided by its columns, not its name; byte-identical
 * copies are kept once.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cachedWorkbook } from '../src/agreements/cache.ts';
import { dateFromFileName } from '../src/agreements/file-names.ts';
import { indexFixes, NO_FIXES } from '../src/agreements/fixes.ts';
import { DATA_DIR, MANIFEST_FILE, sha256 } from '../src/agreements/load.ts';
import { formatManifest, type ManifestEntry } from '../src/agreements/manifest.ts';
import { parseWorkbook } from '../src/agreements/parse-list.ts';

const root = process.cwd();
const archive = process.argv[2] ?? join(root, '../shared/data/ice-287g');
const COMMIT = '4f9d1c35b402db277e61c03bc85f8230713c4f3b';
const archivePaths = new Map(
	readFileSync(join(archive, 'manifest.tsv'), 'utf8')
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((l) => l.split('\t'))
		.map((c) => [c[0]!, c[4]!]),
);

interface Candidate extends ManifestEntry {
	readonly rows: number;
	readonly named: boolean;
}

const candidates: Candidate[] = [];
const seen = new Map<string, Candidate>();
for (const folder of ['wayback-tables', 'workbooks', 'pending']) {
	for (const name of readdirSync(join(archive, folder)).sort()) {
		const file = `${folder}/${name}`;
		const bytes = readFileSync(join(archive, file));
		const sha = sha256(bytes);
		const named = dateFromFileName(name);
		if (!named) {
			console.warn(`${file}: no date in its name; left out.`);
			continue;
		}
		const parsed = parseWorkbook(file, await cachedWorkbook(sha, () => bytes), indexFixes(NO_FIXES));
		if (!parsed.content) {
			console.warn(`${file}: holds no list; left out.`);
			continue;
		}
		const notes: string[] = [];
		if (named.note) notes.push(named.note);
		if (named.part)
			notes.push(
				`published in the ${named.part === 'am' ? 'morning' : named.part === 'mid' ? 'middle of the day' : named.part === 'pm' ? 'afternoon' : named.part}`,
			);
		const namedPending = /^pending/i.test(name);
		if (namedPending !== (parsed.content === 'pending'))
			notes.push(`swapped: named a ${namedPending ? 'pending' : 'participating'} list, holds a ${parsed.content} list (by its columns)`);
		for (const s of parsed.skippedSheets) notes.push(`sheet "${s.sheet}" not read: ${s.why}`);
		const entry: Candidate = {
			file,
			date: named.date,
			kind: folder === 'wayback-tables' ? 'wayback-table' : 'ice-workbook',
			content: parsed.content,
			sha256: sha,
			source: `RelevantResearch/287g-DetentionData@${COMMIT}:${archivePaths.get(file) ?? file}`,
			notes: notes.join('; '),
			rows: parsed.rows.length + parsed.pendingRows.length,
			named: !named.note,
		};
		const twin = seen.get(sha);
		if (twin) {
			// Keep one copy of identical bytes: the earliest, correctly named one.
			if (twin.named || !entry.named) continue;
			candidates.splice(candidates.indexOf(twin), 1);
		}
		seen.set(sha, entry);
		candidates.push(entry);
	}
}

const byDate = (a: ManifestEntry, b: ManifestEntry) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file);
const participating = candidates.filter((c) => c.content === 'participating').sort(byDate);
const pending = candidates.filter((c) => c.content === 'pending').sort(byDate);
const keep = new Set<Candidate>();
for (const c of participating) if (c.kind === 'wayback-table') keep.add(c);
// The last list of each week (weeks start on Monday), from February 2025.
const weekOf = (date: string) => {
	const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
	return d.toISOString().slice(0, 10);
};
const weeks = new Map<string, Candidate>();
for (const c of participating) if (c.kind === 'ice-workbook') weeks.set(weekOf(c.date), c);
for (const c of weeks.values()) keep.add(c);
keep.add(participating.at(-1)!);
// The files that show a known problem of the archive (swapped, a second sheet), so the tests read them.
for (const c of candidates) if (/swapped|not read/.test(c.notes)) keep.add(c);
keep.add(pending.at(-1)!);
// The list nearest each date the figures ledger quotes a count for.
const asOfs = readdirSync(join(root, 'content/figures'))
	.filter((f) => /^(agreements|agencies)-/.test(f))
	.flatMap((f) => [...readFileSync(join(root, 'content/figures', f), 'utf8').matchAll(/^asOf:\s*"?([\d-/]+)"?/gm)].flatMap((m) => m[1]!.split('/')));
const time = (date: string) => Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date.slice(0, 10));
for (const asOf of asOfs) {
	const nearest = [...participating].sort((a, b) => Math.abs(time(a.date) - time(asOf)) - Math.abs(time(b.date) - time(asOf)))[0]!;
	keep.add(nearest);
}

const entries: ManifestEntry[] = [...keep].map(({ rows: _rows, named: _named, ...e }) => e);
for (const e of entries) {
	const to = join(root, DATA_DIR, e.file);
	mkdirSync(dirname(to), { recursive: true });
	copyFileSync(join(archive, e.file), to);
}
writeFileSync(join(root, MANIFEST_FILE), formatManifest(entries));
console.log(
	`${entries.length} files kept in ${DATA_DIR}/ (${participating.length} distinct participating lists, ${pending.length} pending lists in the archive).`,
);
