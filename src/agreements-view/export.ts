import type { AgreementList, ListRow } from '../agreements/types.ts';
import { place } from './states.ts';

/** The normalised rows of a list as downloads: CSV (RFC 4180) and JSON, with where each row came from. */
export const EXPORT_COLUMNS = ['state', 'state_name', 'agency', 'agency_type', 'county', 'model', 'signed', 'moa', 'addenda', 'file', 'sheet', 'row'] as const;

const cells = (r: ListRow): string[] => [
	r.state,
	place(r.state).name,
	r.agency,
	r.agencyType ?? '',
	r.county ?? '',
	r.model,
	r.signed ?? '',
	r.moa ?? '',
	r.addenda.join(' '),
	r.file,
	r.sheet,
	String(r.row),
];

function csvCell(value: string): string {
	// A leading = + - @ would run as a formula in a spreadsheet: prefixed with an apostrophe.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(list: AgreementList): string {
	const lines = [EXPORT_COLUMNS.join(','), ...list.rows.map((r) => cells(r).map(csvCell).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}

export function toJson(list: AgreementList): string {
	return `${JSON.stringify(
		{
			publisher: 'U.S. Immigration and Customs Enforcement (ICE)',
			list: { file: list.file, date: list.date, kind: list.kind, sha256: list.sha256 },
			columns: EXPORT_COLUMNS,
			rows: list.rows.map((r) => ({
				state: r.state,
				agency: r.agency,
				agencyType: r.agencyType,
				county: r.county,
				model: r.model,
				signed: r.signed,
				moa: r.moa,
				addenda: r.addenda,
				file: r.file,
				sheet: r.sheet,
				row: r.row,
			})),
		},
		null,
		1,
	)}\n`;
}

/** The address segment of a list's original file in dist: its file name. */
export const originalName = (list: Pick<AgreementList, 'file'>) => list.file.split('/').pop() as string;
