import type { ModelId } from '../schemas/models.ts';

/** One spelling of an agency across lists: apostrophes (' ’ ‘ `), case and spaces folded. */
export function agencyKey(agency: string): string {
	return agency
		.normalize('NFKC')
		.replace(/[’‘`´]/g, "'")
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Trimmed, inner runs of spaces collapsed; '' for an empty cell. */
export function clean(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}

/** ICE's SUPPORT TYPE ('Jail Enforcement Model', 'Task Force Model', 'Warrant Service Officer') → model id. */
export function modelOf(supportType: string): ModelId | null {
	const v = supportType.toLowerCase();
	if (/\bjail\b|\bjem\b/.test(v)) return 'jem';
	if (/\btask\s*force\b|\btfm\b/.test(v)) return 'tfm';
	if (/\bwarrant\b|\bwso\b/.test(v)) return 'wso';
	return null;
}

/** A county cell: null for ICE's `#N/A`, empty or placeholder values. */
export function countyValue(value: string): string | null {
	const v = clean(value);
	if (v === '' || /^#n\/?a$/i.test(v) || /^n\/?a$/i.test(v)) return null;
	return v;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfValid(y: number, m: number, d: number): string | null {
	if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCMonth() !== m - 1) return null;
	return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A SIGNED cell as text, when it is a well-formed date: `2025-07-07`, `7/7/2025`, `07/07/25`.
 * Typed mistakes (`5025-07-07`, `7/72025`) are not guessed here: they go through the reviewed fix
 * table (content/agreements/fixes.yaml), so every correction has a reason a person wrote.
 */
export function parseSignedText(text: string): string | null {
	const v = clean(text);
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(v);
	if (m) return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(v);
	if (m) {
		const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
		return isoIfValid(y, Number(m[1]), Number(m[2]));
	}
	return null;
}

/** A date cell (exceljs gives a Date at UTC midnight) → `YYYY-MM-DD`. */
export function isoDate(date: Date): string | null {
	if (Number.isNaN(date.getTime())) return null;
	return isoIfValid(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Adobe Acrobat's PDF viewer in Chrome, whose address some of ICE's MOA links were copied from. */
const ACROBAT_VIEWER = 'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/';

/**
 * The real address behind an Outlook "safelinks" address (its `url=` parameter) or Acrobat's
 * Chrome viewer (`chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/…`);
 * any other address unchanged. Trimmed; null when empty.
 */
export function unwrapSafelink(address: string | null | undefined): string | null {
	const v = (address ?? '').trim();
	if (v === '') return null;
	if (v.toLowerCase().startsWith(ACROBAT_VIEWER)) {
		const inner = v.slice(ACROBAT_VIEWER.length).replace(/^(https?):\/+/i, '$1://');
		if (/^https?:\/\//i.test(inner)) return unwrapSafelink(inner);
	}
	try {
		const url = new URL(v);
		if (/(^|\.)safelinks\.protection\.outlook\.com$/i.test(url.hostname)) {
			const inner = url.searchParams.get('url');
			if (inner) return unwrapSafelink(inner);
		}
	} catch {
		return v;
	}
	return v;
}
