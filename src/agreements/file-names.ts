/**
 * The date a list's file name gives, for ICE's names and the archive's:
 * - `participatingAgencies05182026am.xlsx`: ICE's, May 18, 2026, morning (`am`, `mid`, `pm`);
 * - `participatingAgencies-20250221214937.xlsx`: a Wayback capture at 2025-02-21 21:49:37 UTC.
 * A name can be wrong (the content decides what a file holds); `note` says what was corrected.
 */
export interface NamedDate {
	/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` (UTC) for a capture time. */
	readonly date: string;
	/** `am`, `mid`, `pm` (and any suffix such as `pm2`), when the name gives a time of day. */
	readonly part: string | null;
	readonly note: string | null;
}

/** ICE published its first workbook on February 21, 2025: an ICE name dated before it has its year mistyped. */
const FIRST_WORKBOOK = '2025-02-21';

const pad = (n: number) => String(n).padStart(2, '0');

export function dateFromFileName(name: string): NamedDate | null {
	const base = name.replace(/^.*[\\/]/, '');
	let m = /-(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.xlsx$/i.exec(base);
	if (m) return { date: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`, part: null, note: null };
	m = /^[a-z]+(\d{2})(\d{2,3})(\d{4})(am|mid|pm)?([^.]*)\.xlsx$/i.exec(base);
	if (!m) return null;
	const month = Number(m[1]);
	const day = Number(m[2]);
	let year = Number(m[3]);
	const notes: string[] = [];
	if (m[2]!.length === 3) notes.push(`misnamed: "${m[1]}${m[2]}${m[3]}" read as ${m[1]}/${pad(day)}/${m[3]}`);
	let date = `${year}-${pad(month)}-${pad(day)}`;
	if (date < FIRST_WORKBOOK) {
		year += 1;
		notes.push(`misnamed: the year typed ${m[3]}, read as ${year} (ICE published no workbook before February 21, 2025)`);
		date = `${year}-${pad(month)}-${pad(day)}`;
	}
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	const part = m[4] ? `${m[4]}${m[5] ?? ''}`.toLowerCase() : null;
	return { date, part, note: notes.length > 0 ? notes.join('; ') : null };
}
