import { didYouMeanText } from '../lib/did-you-mean.ts';
import type { Resolution } from './corpus.ts';
import type { Span } from './quote-match.ts';

const MAX = 160;

function clip(text: string): string {
	return text.length <= MAX ? text : `${text.slice(0, MAX - 1)}…`;
}

function where(span: Span): string {
	return `paragraph ${span.paragraph}`;
}

/**
 * Explains a citation's outcome for the person who must fix it.
 *
 * ```
 * quote not found in source "tnnd-local-authorities-team-with-ice"
 *   quote:    "nearly 600 agreements"
 *   nearest:  "nearly 600 signed agreements" (paragraph 1)
 *   Copy the passage exactly as the source prints it, or cite another source.
 * ```
 */
export function describeResolution(
	resolution: Resolution,
	quote: string,
	slug = resolution.source?.slug ?? '',
	/** Every slug, to suggest the closest one when the source is unknown. */
	knownSlugs: readonly string[] = [],
): string {
	if (resolution.ok) return `found in "${resolution.source.slug}", ${where(resolution.span)}: "${clip(resolution.span.text)}"`;
	if (!resolution.source) {
		const near = didYouMeanText(slug, knownSlugs);
		const guess = near ? `  ${near}\n` : '';
		return `unknown source "${slug}"\n${guess}  Use the slug of a page under /sources/ (run \`npm run quote\` to list them).`;
	}
	const lines = [`  quote:    "${clip(quote)}"`];
	const result = resolution.result!;
	switch (result.status) {
		case 'ambiguous':
			return [
				`quote occurs ${result.places.length} times in source "${slug}"`,
				...lines,
				...result.places.map((p) => `  at:       "${clip(p.text)}" (${where(p)})`),
				'  Quote more of the passage, so that it occurs only once.',
			].join('\n');
		case 'spans-paragraphs':
			return [
				`quote runs across paragraphs ${result.paragraphs.join(' and ')} of source "${slug}"`,
				...lines,
				'  Cite each paragraph separately: a quote must sit inside one paragraph.',
			].join('\n');
		default:
			return [
				`quote not found in source "${slug}"`,
				...lines,
				result.status === 'not-found' && result.nearest
					? `  nearest:  "${clip(result.nearest.text)}" (${where(result.nearest)})`
					: '  nearest:  (no passage shares a word with the quote)',
				'  Copy the passage exactly as the source prints it, or cite another source.',
			].join('\n');
	}
}
