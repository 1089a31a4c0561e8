import { isWebAddress } from '../lib/safe-url.ts';
import type { ModelId } from '../schemas/models.ts';
import type { FixIndex } from './fixes.ts';
import { agencyKey, clean, countyValue, modelOf, parseSignedText, unwrapSafelink } from './normalise.ts';
import type { RawCell, RawSheet, RawWorkbook } from './raw.ts';
import { stateCode } from './states.ts';
import type { ListRow, PendingRow } from './types.ts';

/** A row or sheet that could not be read: where it is and what to do. */
export interface ListProblem {
	readonly file: string;
	readonly sheet?: string;
	readonly row?: number;
	readonly message: string;
}

/** What a workbook holds, decided by its columns, never by its name. */
export type ListContent = 'participating' | 'pending';

export interface ParsedWorkbook {
	/** null when no sheet has the columns of either list. */
	readonly content: ListContent | null;
	readonly rows: readonly ListRow[];
	readonly pendingRows: readonly PendingRow[];
	/** Sheets read as something else, with why (e.g. a sheet of totals). */
	readonly skippedSheets: readonly { readonly sheet: string; readonly why: string }[];
	readonly problems: readonly ListProblem[];
	/** Rows kept whole that hold something to look at: an MOA or addendum address that is not a web address. */
	readonly warnings: readonly ListProblem[];
	/** Rows that held nothing at all (not counted, not lost). */
	readonly emptyRows: number;
}

const COLUMNS = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM'] as const;
type Column = (typeof COLUMNS)[number];

function headerOf(row: readonly RawCell[]): Map<Column, number> | null {
	const map = new Map<Column, number>();
	row.forEach((cell, i) => {
		const name = clean(cell.text).toUpperCase() as Column;
		if (COLUMNS.includes(name) && !map.has(name)) map.set(name, i);
	});
	return map.has('STATE') && map.has('LAW ENFORCEMENT AGENCY') && map.has('SUPPORT TYPE') ? map : null;
}

const isEmpty = (row: readonly RawCell[]) => row.every((c) => clean(c.text) === '' && !c.link);

/** A sheet of totals (`Total | JEM | TFM | WSO`), as ICE added beside one list: not rows of agreements. */
function isTotalsSheet(sheet: RawSheet): boolean {
	const first = sheet.rows.find((r) => !isEmpty(r));
	return !!first && /^total/i.test(clean(first[0]?.text ?? '')) && first.some((c) => /^(JEM|TFM|WSO)$/i.test(clean(c.text)));
}

interface Context {
	readonly file: string;
	readonly sheet: string;
	readonly fixes: FixIndex;
	readonly problems: ListProblem[];
	readonly warnings: ListProblem[];
}

function readCommon(ctx: Context, cells: readonly RawCell[], header: Map<Column, number>, rowNumber: number) {
	const at = (c: Column): RawCell | undefined => (header.has(c) ? cells[header.get(c)!] : undefined);
	const text = (c: Column) => clean(at(c)?.text ?? '');
	const where = { file: ctx.file, sheet: ctx.sheet, row: rowNumber };
	const errors: string[] = [];
	const stateText = text('STATE');
	const state = stateCode(stateText) ?? ctx.fixes.state(stateText)?.to ?? null;
	if (!state)
		errors.push(`STATE "${stateText}" names no state or territory: add the intended one, with its reason, under \`states:\` in content/agreements/fixes.yaml`);
	const agency = text('LAW ENFORCEMENT AGENCY');
	if (agency === '') errors.push('LAW ENFORCEMENT AGENCY is empty');
	const supportType = text('SUPPORT TYPE');
	const model = modelOf(supportType);
	if (!model) errors.push(`SUPPORT TYPE "${supportType}" is none of the three models: add its wording to modelOf in src/agreements/normalise.ts`);
	const type = header.has('TYPE') ? text('TYPE') || null : null;
	let county: string | null = null;
	if (header.has('COUNTY')) {
		const cell = at('COUNTY');
		const value = cell?.error ? '' : clean(cell?.text ?? '');
		const fix = state ? ctx.fixes.county(state, value) : undefined;
		county = fix ? fix.to : countyValue(value);
	}
	return { where, errors, state, agency, model, type, county, at, text };
}

function report(ctx: Context, where: { file: string; sheet: string; row: number }, errors: string[]): void {
	ctx.problems.push({ ...where, message: `${errors.join('; ')}. The row is not counted until it is fixed.` });
}

function signedOf(ctx: Context, cell: RawCell | undefined, errors: string[]): string | null {
	if (!cell) return null;
	if (cell.date) return cell.date;
	const text = clean(cell.text);
	if (text === '') return null;
	const fix = ctx.fixes.signed(text);
	if (fix) return fix.to;
	const parsed = parseSignedText(text);
	if (parsed) return parsed;
	errors.push(`SIGNED "${text}" is not a date: add the intended date, with its reason, under \`signed:\` in content/agreements/fixes.yaml`);
	return null;
}

/**
 * A cell's hyperlink, kept as ICE wrote it (the list is evidence). One that is not an http(s)
 * address (`javascript:`, `data:`, a typo) is a warning: the row is counted and shown, the
 * address shown as text and never linked (`httpUrl`).
 */
function linkOf(ctx: Context, cell: RawCell | undefined, column: Column, where: { file: string; sheet: string; row: number }): string | null {
	const link = unwrapSafelink(cell?.link);
	if (link !== null && !isWebAddress(link))
		ctx.warnings.push({
			...where,
			message: `${column} links to ${JSON.stringify(link)}, which is not an http(s) address: the row is counted and shown, the address is shown as text and not linked. Nothing to fix unless ICE corrects its list.`,
		});
	return link;
}

/**
 * Gives meaning to a workbook's cells: which list it is (by its columns), then one row per
 * agreement, normalised. Every non-empty row becomes a row or a problem; nothing is dropped.
 */
export function parseWorkbook(file: string, workbook: RawWorkbook, fixes: FixIndex): ParsedWorkbook {
	const problems: ListProblem[] = [];
	const warnings: ListProblem[] = [];
	const rows: ListRow[] = [];
	const pendingRows: PendingRow[] = [];
	const skippedSheets: { sheet: string; why: string }[] = [];
	const contents = new Set<ListContent>();
	let emptyRows = 0;
	for (const sheet of workbook.sheets) {
		const nonEmpty = sheet.rows.findIndex((r) => !isEmpty(r));
		if (nonEmpty < 0) {
			skippedSheets.push({ sheet: sheet.name, why: 'empty' });
			continue;
		}
		if (isTotalsSheet(sheet)) {
			skippedSheets.push({ sheet: sheet.name, why: 'a table of totals by model, not rows of agreements' });
			continue;
		}
		const header = headerOf(sheet.rows[nonEmpty]!);
		if (!header) {
			problems.push({
				file,
				sheet: sheet.name,
				row: nonEmpty + 1,
				message: `no header with STATE, LAW ENFORCEMENT AGENCY and SUPPORT TYPE: the sheet cannot be read. Say in src/agreements/parse-list.ts how to read it.`,
			});
			continue;
		}
		const content: ListContent = header.has('SIGNED') ? 'participating' : 'pending';
		contents.add(content);
		const ctx: Context = { file, sheet: sheet.name, fixes, problems, warnings };
		for (let i = nonEmpty + 1; i < sheet.rows.length; i++) {
			const cells = sheet.rows[i]!;
			if (isEmpty(cells)) {
				emptyRows++;
				continue;
			}
			const c = readCommon(ctx, cells, header, i + 1);
			const signed = content === 'participating' ? signedOf(ctx, c.at('SIGNED'), c.errors) : null;
			if (c.errors.length > 0) {
				report(ctx, c.where, c.errors);
				continue;
			}
			const row: PendingRow = {
				...c.where,
				state: c.state!,
				agency: c.agency,
				agencyKey: agencyKey(c.agency),
				agencyType: c.type,
				county: c.county,
				model: c.model as ModelId,
			};
			if (content === 'pending') {
				pendingRows.push(row);
				continue;
			}
			const addendum = linkOf(ctx, c.at('ADDENDUM'), 'ADDENDUM', c.where);
			rows.push({
				...row,
				signed,
				moa: linkOf(ctx, c.at('MOA'), 'MOA', c.where),
				addenda: addendum ? [addendum] : [],
			});
		}
	}
	if (contents.size > 1) problems.push({ file, message: 'holds both a participating list and a pending list: split it into two files.' });
	if (contents.size === 0 && problems.length === 0)
		problems.push({ file, message: 'holds no list of agreements (no sheet has the columns STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE).' });
	const content = contents.size === 1 ? [...contents][0]! : null;
	return { content, rows, pendingRows, skippedSheets, problems, warnings, emptyRows };
}
