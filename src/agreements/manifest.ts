import type { ListKind } from './types.ts';
import type { ListContent } from './parse-list.ts';

/**
 * data/ice/manifest.tsv: one line per file kept as evidence, oldest list first.
 * Columns: file, date, kind, content, sha256, source, notes.
 */
export interface ManifestEntry {
	/** Path from data/ice/, e.g. `workbooks/participatingAgencies05182026am.xlsx`. */
	readonly file: string;
	/** When ICE published the list (or the Wayback Machine captured it): `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (UTC). */
	readonly date: string;
	readonly kind: ListKind;
	/** What the file holds, decided by its columns (the file's name can say otherwise). */
	readonly content: ListContent;
	readonly sha256: string;
	/** Where the copy came from, e.g. `RelevantResearch/287g-DetentionData@4f9d1c3…:participatingAgencies/x.xlsx`. */
	readonly source: string;
	/** Anything a reader of the file should know: misnamed, swapped, a sheet of totals, a time of day. */
	readonly notes: string;
}

const COLUMNS = ['file', 'date', 'kind', 'content', 'sha256', 'source', 'notes'] as const;

export function parseManifest(text: string): { entries: ManifestEntry[]; problems: { line: number; message: string }[] } {
	const entries: ManifestEntry[] = [];
	const problems: { line: number; message: string }[] = [];
	const lines = text.split(/\r?\n/);
	const header = lines[0]?.split('\t') ?? [];
	if (COLUMNS.some((c, i) => header[i] !== c))
		problems.push({ line: 1, message: `data/ice/manifest.tsv must start with the header ${COLUMNS.join(', ')} (tab-separated).` });
	lines.slice(1).forEach((line, i) => {
		if (line.trim() === '') return;
		const [file, date, kind, content, sha256, source, notes] = line.split('\t');
		const errors: string[] = [];
		if (!file) errors.push('no file');
		if (!date || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(date)) errors.push(`date "${date ?? ''}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
		if (kind !== 'ice-workbook' && kind !== 'wayback-table') errors.push(`kind "${kind ?? ''}" is neither ice-workbook nor wayback-table`);
		if (content !== 'participating' && content !== 'pending') errors.push(`content "${content ?? ''}" is neither participating nor pending`);
		if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) errors.push('sha256 is not 64 hex digits');
		if (errors.length > 0) problems.push({ line: i + 2, message: `${errors.join('; ')}.` });
		else
			entries.push({
				file: file!,
				date: date!,
				kind: kind as ListKind,
				content: content as ListContent,
				sha256: sha256!,
				source: source ?? '',
				notes: notes ?? '',
			});
	});
	return { entries, problems };
}

/** Oldest first; on the same date, the file order (am before pm is the caller's to encode in the date). */
export function sortEntries(entries: readonly ManifestEntry[]): ManifestEntry[] {
	return [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

export function formatManifest(entries: readonly ManifestEntry[]): string {
	const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
	return [COLUMNS.join('\t'), ...sortEntries(entries).map((e) => COLUMNS.map((c) => clean(e[c])).join('\t'))].join('\n') + '\n';
}
