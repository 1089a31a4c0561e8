import { LANGUAGES, type Locale } from './locales.ts';

/** Numbers and plurals in each language, through the platform's `Intl`, never by hand. */

const numbers = new Map<Locale, Intl.NumberFormat>();
const plurals = new Map<Locale, Intl.PluralRules>();

/**
 * In:  `formatNumber(1843, 'es')`
 * Out: `1,843` (the convention of US Spanish-language media, like English)
 */
export function formatNumber(n: number, locale: Locale): string {
	let format = numbers.get(locale);
	if (!format) numbers.set(locale, (format = new Intl.NumberFormat(LANGUAGES[locale].intl)));
	return format.format(n);
}

/** The forms of a counted word: "agency" / "agencies", "agencia" / "agencias". */
export interface PluralForms {
	readonly one: string;
	readonly other: string;
}

/** The form of a word for `n`, by the language's plural rules. */
export function pluralForm(n: number, forms: PluralForms, locale: Locale): string {
	let rules = plurals.get(locale);
	if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(LANGUAGES[locale].intl)));
	return rules.select(n) === 'one' ? forms.one : forms.other;
}

/**
 * A number and its word.
 *
 * In:  `countOf(1, { one: 'agencia', other: 'agencias' }, 'es')`, `countOf(1002, …)`
 * Out: `1 agencia`, `1,002 agencias`
 */
export function countOf(n: number, forms: PluralForms, locale: Locale): string {
	return `${formatNumber(n, locale)} ${pluralForm(n, forms, locale)}`;
}
