import { SOURCE_KINDS } from '../schemas/article.ts';
import { formatDateSpec } from '../lib/dates.ts';
import { safeHref } from '../lib/safe-url.ts';
import { sourcePath, textFragment, withBase } from '../lib/urls.ts';
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
export function describePublished(source: CitableSource): string | undefined {
	if (source.type === 'reference') return describeDate(formatDateSpec(source.reference.date), source.reference.dateEstimate !== undefined);
	const published = source.article?.data.published;
	if (!published) return undefined;
	return describeDate(formatDateSpec(published.date), published.estimated);
}

function describeDate(date: string, estimated: boolean): string {
	return estimated ? `about ${date} (estimated)` : date;
}

export function referenceView(source: CitableSource, span: Span, base: string): ReferenceView {
	const common = { passage: span.text, sourceSlug: source.slug, sourceTitle: source.title, paragraph: span.paragraph };
	if (source.type === 'reference') {
		return {
			...common,
			href: safeHref(`${source.reference.url}#${textFragment(span.text)}`),
			outlet: source.reference.publisher,
			date: describePublished(source),
			kind: 'External reference',
			external: true,
		};
	}
	const article = source.article?.data;
	return {
		...common,
		href: withBase(sourcePath(source.slug, span.paragraph), base) + textFragment(span.text),
		outlet: article?.outlet,
		date: describePublished(source),
		kind: article ? SOURCE_KINDS[article.kind] : undefined,
		external: false,
	};
}
