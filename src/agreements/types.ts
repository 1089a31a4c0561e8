import type { Problem } from '../corpus/problems.ts';
import type { ModelId } from '../schemas/models.ts';

/**
 * ICE's lists of 287(g) agreements, read and normalised: the one row model every page, check
 * and script uses. Pure types; the reading lives beside this file (src/agreements/).
 *
 * Dates are ISO strings: a list's `date` is when ICE published it (or when the Wayback Machine
 * captured the page), `YYYY-MM-DDTHH:MM` in UTC when the time is known, else `YYYY-MM-DD`.
 */

/** Where a list came from: ICE's own workbook, or a table parsed from a Wayback capture of ICE's page. */
export type ListKind = 'ice-workbook' | 'wayback-table';

/** One row of a pending-agencies list: an agency and a model; what every row of a list has. */
export interface PendingRow {
	/** Where the row is, for errors and for tracing a number back to its rows. */
	readonly file: string;
	readonly sheet: string;
	/** 1-based row number in the sheet, as Excel shows it. */
	readonly row: number;
	/** USPS code of the state or territory: 'NC', 'TX', 'GU', 'MP', 'PR'. */
	readonly state: string;
	/** The agency's name as ICE prints it in this list (trimmed). */
	readonly agency: string;
	/** The same agency across lists and spellings (apostrophes, case, spaces folded). */
	readonly agencyKey: string;
	/** ICE's TYPE column ('Sheriff's Office', 'Police Department', 'State Agency'…); null where the list has no TYPE. */
	readonly agencyType: string | null;
	/** County, after the reviewed fixes; null where unknown (`#N/A`, empty, or no COUNTY column). */
	readonly county: string | null;
	readonly model: ModelId;
}

/** One row of a participating-agencies list: one agreement (an agency with three models has three rows). */
export interface ListRow extends PendingRow {
	/** Signing date `YYYY-MM-DD`, after the reviewed fixes; null where the cell is empty. */
	readonly signed: string | null;
	/** Address of the MOA document (safelinks unwrapped), or null ("link pending", no link). */
	readonly moa: string | null;
	/** Addresses of addenda, in the order of the list. */
	readonly addenda: readonly string[];
}

/** One archived list, as a whole. */
export interface AgreementList {
	/** Path inside the project, e.g. `data/ice/workbooks/participatingAgencies05182026am.xlsx`. */
	readonly file: string;
	readonly date: string;
	readonly kind: ListKind;
	readonly sha256: string;
	readonly rows: readonly ListRow[];
}

export interface PendingList {
	readonly file: string;
	readonly date: string;
	readonly sha256: string;
	readonly rows: readonly PendingRow[];
}

/** An agreement followed across lists: one agency + model + signing date. */
export interface Agreement {
	/** Stable id made from agencyKey, model and signed, usable in an address fragment. */
	readonly id: string;
	readonly agencyKey: string;
	readonly state: string;
	/** The agency's name in the latest list that holds the agreement. */
	readonly agency: string;
	readonly agencyType: string | null;
	readonly county: string | null;
	readonly model: ModelId;
	readonly signed: string | null;
	readonly moa: string | null;
	readonly addenda: readonly string[];
	/** Dates of the first and last lists that hold it. */
	readonly firstListed: string;
	readonly lastListed: string;
	/** True when the latest list holds it. */
	readonly current: boolean;
}

/** What changed between two consecutive lists (ids of Agreement). */
export interface ListChange {
	readonly from: string;
	readonly to: string;
	readonly added: readonly string[];
	/** "No longer listed": ICE gives no reason, so never say "terminated". */
	readonly removed: readonly string[];
}

/** Everything the site knows from ICE's lists. */
export interface AgreementsData {
	/** Every participating list, oldest first. */
	readonly lists: readonly AgreementList[];
	/** The last of `lists`; a list with no rows and an empty date only when data/ice/ holds none. */
	readonly latest: AgreementList;
	/** The latest pending list, if any. */
	readonly pending: PendingList | null;
	/** Every pending list kept, oldest first (the latest is `pending`). */
	readonly pendingLists: readonly PendingList[];
	readonly agreements: readonly Agreement[];
	readonly changes: readonly ListChange[];
	/** Rows and files that could not be read (file, sheet, row, what to do); the build stops on any. */
	readonly problems: readonly Problem[];
	/** What was read but should be looked at, without stopping the build: e.g. an MOA address that is not a web address (kept, shown as text, not linked). */
	readonly warnings: readonly Problem[];
}
