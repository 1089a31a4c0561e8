import ExcelJS from 'exceljs';

/** A cell for a test workbook: plain text, a date, an Excel error, or a link. */
export type TestCell = string | Date | { error: '#N/A' } | { text: string; hyperlink: string } | null;

/** An .xlsx file made with exceljs, the library the site reads ICE's lists with. */
export async function makeWorkbook(sheets: Record<string, TestCell[][]>): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = workbook.addWorksheet(name);
		for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]);
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const PARTICIPATING_HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM'];
export const PENDING_HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE'];
