import { messages } from '../i18n/index.ts';
import { englishLang, type Locale } from '../i18n/locales.ts';
import { estimatedDate, formatDateSpec, type DateSpec } from '../lib/dates.ts';
import { safeHref } from '../lib/safe-url.ts';
import { localHref, sourcePath, textFragment } from '../lib/urls.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { CitableSource } from './corpus.ts';
import type { Span } from './quote-match.ts';

/** What a reader sees of one cited passage: the passage, where it is, and how sure its date is. */
export interface ReferenceView {
	/** Passage exactly as the source prints it. */
	readonly passage: string;
	/** Link that lands on the passage: paragraph anchor plus a text fragment. */
	readonly href: string;
	readonly sourceSlug: string;
	readonly sourceTitle: string;
	/** `lang` of the title on the page: `en` on a page in another language, since titles stay as printed. */
	readonly titleLang: string | undefined;
	/** Outlet or publisher, when known. */
	readonly outlet: string | undefined;
	/** `lang` of the outlet on the page: `en` on a page in another language unless the source's
	 * notes in that language name the outlet in their own words ("Medio desconocido…"). */
	readonly outletLang: string | undefined;
	/** e.g. "about September 17–19, 2025 (estimated)". */
	readonly date: string | undefined;
	readonly kind: string | undefined;
	readonly paragraph: number;
	/** True when the link leaves the site (an external reference). */
	readonly external: boolean;
}

/** Describes the publication date the way editorial.md asks: estimates say so. */
export function describePublished(source: CitableSource, locale: Locale = 'en'): string | undefined {
	if (source.type === 'reference') return describeDate(formatDateSpec(source.reference.date, locale), source.reference.dateEstimate !== undefined, locale);
	const published = source.article?.data.published;
	if (!published) return undefined;
	return describeDate(formatDateSpec(published.date, locale), published.estimated, locale);
}

/**
 * The words before an estimated date, as `estimatedDate` writes them, for where the date is
 * shown without the "(estimated)" after it (a search result's date).
 *
 * In:  May 5–9, 2025 in `es`; May 2025 in `es`; in `en`
 * Out: `hacia el`; `hacia`; `about`
 */
export function estimatePrefix(date: DateSpec, locale: Locale = 'en'): string {
	const shown = formatDateSpec(date, locale);
	const estimate = estimatedDate(shown, locale);
	return estimate.slice(0, estimate.indexOf(shown)).trim();
}

function describeDate(date: string, estimated: boolean, locale: Locale): string {
	return estimated ? estimatedDate(date, locale) : date;
}

type SeedSource = Extract<CitableSource, { type: 'seed' }>;

/** A text as a page shows it, with the `lang` to mark it with when it is not in the page's language. */
export interface ShownText {
	readonly text: string;
	readonly lang: string | undefined;
}

/**
 * A source's annotation (outlet, date reasoning, description) as a page in `locale` shows it:
 * from the source's notes in that language, or the English ones while there are none.
 */
export function annotationOf(source: SeedSource, locale: Locale): { readonly data: ArticleData; readonly lang: string | undefined } | undefined {
	const english = source.article?.data;
	if (!english) return undefined;
	const translated = locale === 'en' ? undefined : source.translations?.[locale]?.data;
	return translated ? { data: translated, lang: undefined } : { data: english, lang: englishLang(locale) };
}

/**
 * The outlet of a source as a page in `locale` names it. Its notes in that language may keep the
 * English name ("The National News Desk (TNND)"), marked as English, or describe it in their own
 * words ("Medio desconocido (traducción automática…)").
 */
export function outletOf(source: SeedSource, locale: Locale): ShownText | undefined {
	const annotation = annotationOf(source, locale);
	if (!annotation) return undefined;
	const { outlet } = annotation.data;
	const english = locale !== 'en' && (annotation.lang === 'en' || outlet === source.article?.data.outlet);
	return { text: outlet, lang: english ? 'en' : undefined };
}

/**
 * A cited passage as a page in `locale` shows it. The passage and the title stay as the source
 * prints them; the outlet is named as the source's notes in that language name it.
 */
export function referenceView(source: CitableSource, span: Span, base: string, locale: Locale = 'en'): ReferenceView {
	const m = messages(locale).citations;
	const english = englishLang(locale);
	const common = { passage: span.text, sourceSlug: source.slug, sourceTitle: source.title, titleLang: english, paragraph: span.paragraph };
	if (source.type === 'reference') {
		return {
			...common,
			href: safeHref(`${source.reference.url}#${textFragment(span.text)}`),
			outlet: source.reference.publisher,
			outletLang: english,
			date: describePublished(source, locale),
			kind: m.externalReference,
			external: true,
		};
	}
	const article = source.article?.data;
	const outlet = outletOf(source, locale);
	return {
		...common,
		href: localHref(sourcePath(source.slug, span.paragraph), locale, base) + textFragment(span.text),
		outlet: outlet?.text,
		outletLang: outlet ? outlet.lang : english,
		date: describePublished(source, locale),
		kind: article ? m.sourceKinds[article.kind] : undefined,
		external: false,
	};
}
