import type { Locale } from '../i18n/locales.ts';
import { formatDateSpec, parseDateSpec, type DateSpec } from '../lib/dates.ts';
import type { FileDates } from '../lib/git-history.ts';

/** What the foot of a page says about when it changed. */
export interface PageHistory {
	/** `git`: the last commit that changed the file; `build`: the history is not available. */
	readonly source: 'git' | 'build';
	/** `YYYY-MM-DD`, for `<time datetime>`. */
	readonly date: string;
	/** "November 23, 2026". */
	readonly text: string;
}

function day(iso: string, locale: Locale): { date: string; text: string } {
	const date = iso.slice(0, 10);
	return { date, text: formatDateSpec(parseDateSpec(date) as DateSpec, locale) };
}

/**
 * When the page made from `file` (or from the files of a folder ending in `/`) last changed: its last commit, or, when this copy of the
 * repository does not know (no git, a file not committed yet, history cut off by a shallow
 * clone), the build date, said to be that.
 */
export function pageHistory(file: string, dates: FileDates, buildDate: Date, locale: Locale = 'en'): PageHistory {
	// A folder (`content/glossary/`) changed when the last of its files did. Files whose history a
	// shallow clone cut off (null) changed before any file with a known date, so they can be skipped.
	const committed = file.endsWith('/')
		? [...dates]
				.filter((entry): entry is [string, string] => entry[0].startsWith(file) && entry[1] !== null)
				.map(([, date]) => date)
				.sort()
				.at(-1)
		: dates.get(file);
	return committed ? { source: 'git', ...day(committed, locale) } : { source: 'build', ...day(buildDate.toISOString(), locale) };
}
