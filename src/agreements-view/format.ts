import { countOf, messages, type Locale, type PluralForms } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { formatDateSpec, parseDateSpec, type DateSpec } from '../lib/dates.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/** The day of a list or a signing date (`2026-05-18T09:00` → May 18, 2026), as a DateSpec. */
export function day(date: string): DateSpec {
	const spec = parseDateSpec(date.slice(0, 10));
	if (typeof spec === 'string') throw new Error(`Not a date: "${date}" (${spec})`);
	return spec;
}

/** `May 18, 2026`, `18 de mayo de 2026`. */
export const dayText = (date: string, locale: Locale = 'en'): string => formatDateSpec(day(date), locale);

/** A number and its word, by the language's plural rules: `1 agreement`, `1,002 acuerdos`. */
export function count(n: number, one: string, many: string): string;
export function count(n: number, forms: PluralForms, locale: Locale): string;
export function count(n: number, a: string | PluralForms, b: string | Locale): string {
	if (typeof a !== 'string') return countOf(n, a, b as Locale);
	return `${n.toLocaleString('en-US')} ${n === 1 ? a : b}`;
}

/** A count shown alone (a table cell): `1,234` in both languages. */
export const num = (n: number, locale: Locale = 'en'): string => formatNumber(n, locale);

export const modelShort = (m: ModelId): string => MODELS[m].short;
/** The model's name in the page's language, from the `citations.models` messages. */
export const modelName = (m: ModelId, locale: Locale = 'en'): string => messages(locale).citations.models[m] ?? MODELS[m].name;

/** The words of the agreements pages in one language. */
export const words = (locale: Locale) => messages(locale).agreements;
