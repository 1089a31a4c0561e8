/**
 * A workbook as plain cells, before any meaning is given to them: what the reader extracts with
 * exceljs and what the cache stores. Pure types.
 */

/** One cell: its text as Excel shows it, a date when the cell holds one, its hyperlink, its error. */
export interface RawCell {
	readonly text: string;
	/** `YYYY-MM-DD` when the cell holds a real date. */
	readonly date?: string;
	readonly link?: string;
	/** Excel's error value (`#N/A`) when the cell holds one. */
	readonly error?: string;
}

export interface RawSheet {
	readonly name: string;
	/** Rows by their 1-based number; `rows[0]` is row 1. Missing cells are empty text. */
	readonly rows: readonly (readonly RawCell[])[];
}

export interface RawWorkbook {
	readonly sheets: readonly RawSheet[];
}
