import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { estimatedDate, formatDateSpec } from '../lib/dates.ts';
import { safeHref } from '../lib/safe-url.ts';
import { localHref, sourcePath, textFragment } from '../lib/urls.ts';
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
	/** Outlet or publisher, when known. */
	readonly outlet: string | undefined;
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

function describeDate(date: string, estimated: boolean, locale: Locale): string {
	return estimated ? estimatedDate(date, locale) : date;
}

/**
 * A cited passage as a page in `locale` shows it. The passage stays as the source prints it; the
 * outlet is named as the source's notes in that language name it.
 */
export function referenceView(source: CitableSource, span: Span, base: string, locale: Locale = 'en'): ReferenceView {
	const m = messages(locale).citations;
	const common = { passage: span.text, sourceSlug: source.slug, sourceTitle: source.title, paragraph: span.paragraph };
	if (source.type === 'reference') {
		return {
			...common,
			href: safeHref(`${source.reference.url}#${textFragment(span.text)}`),
			outlet: source.reference.publisher,
			date: describePublished(source, locale),
			kind: m.externalReference,
			external: true,
		};
	}
	const article = source.article?.data;
	const translated = locale === 'en' ? undefined : source.translations?.[locale]?.data;
	return {
		...common,
		href: localHref(sourcePath(source.slug, span.paragraph), locale, base) + textFragment(span.text),
		outlet: translated?.outlet ?? article?.outlet,
		date: describePublished(source, locale),
		kind: article ? m.sourceKinds[article.kind] : undefined,
		external: false,
	};
}
