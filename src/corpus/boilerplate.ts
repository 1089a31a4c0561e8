/**
 * Likely boilerplate: the page furniture that comes along when an article is copied from the
 * web. It is marked, so that the page can de-emphasise it, and never removed.
 */
export type BoilerplateKind = 'read-more' | 'share-prompt' | 'photo-credit' | 'disclaimer' | 'related-teaser' | 'embedded-post';

export const BOILERPLATE_LABELS: Record<BoilerplateKind, string> = {
	'read-more': 'Link prompt',
	'share-prompt': 'Share prompt',
	'photo-credit': 'Photo caption or credit',
	disclaimer: 'Outlet disclaimer',
	'related-teaser': 'Related-article teaser',
	'embedded-post': 'Embedded social media post',
};

interface Rule {
	readonly kind: BoilerplateKind;
	readonly test: (line: string) => boolean;
}

const words = (line: string) => line.split(/\s+/).filter(Boolean);
const endsLikeSentence = (line: string) => /[.!?:;"'”’»)]$/.test(line);

const RULES: readonly Rule[] = [
	{ kind: 'read-more', test: (l) => /^(continue reading|read more|read the full (story|article)|click here)\b/i.test(l) },
	{ kind: 'share-prompt', test: (l) => /\bshare (if|this|on)\b/i.test(l) },
	{ kind: 'disclaimer', test: (l) => /\b(does not (always )?(share|endorse|support)|views (and opinions )?expressed)\b/i.test(l) },
	{ kind: 'embedded-post', test: (l) => /^[—–-]\s.*\(@\w+\)\s+\w+ \d{1,2}, \d{4}$/.test(l) },
	{
		kind: 'photo-credit',
		test: (l) =>
			/\b(photo|image|credit)s?\s*(:|by\b)|\b(getty images|ap photo|reuters)\b/i.test(l) ||
			(l.length <= 80 && /\S\s?\/\s?\S/.test(l) && !endsLikeSentence(l) && words(l).length <= 10),
	},
	{
		// A headline in capitals inserted into the text, e.g. "DHS DENIES ICE CUT TRAINING ...".
		kind: 'related-teaser',
		test: (l) => words(l).length >= 4 && /\p{Lu}/u.test(l) && l === l.toUpperCase() && !/\p{Ll}/u.test(l),
	},
];

/** The kind of boilerplate a single line looks like, if any. */
export function classifyLine(line: string): BoilerplateKind | undefined {
	const text = line.trim();
	return RULES.find((rule) => rule.test(text))?.kind;
}

/**
 * Marks boilerplate in a list of paragraphs. Besides single lines, it recognises a block of
 * related-article teasers: a one-word section label ("Society"), a headline, then a short
 * byline of two to four capitalised words without punctuation.
 */
export function detectBoilerplate(lines: readonly string[]): (BoilerplateKind | undefined)[] {
	const kinds = lines.map(classifyLine);
	lines.forEach((line, i) => {
		const headline = lines[i + 1];
		const byline = lines[i + 2];
		if (!isSectionLabel(line) || headline === undefined || byline === undefined || !isByline(byline)) return;
		kinds[i] = kinds[i + 1] = kinds[i + 2] = 'related-teaser';
	});
	return kinds;
}

function isSectionLabel(line: string): boolean {
	return /^\p{Lu}[\p{L}-]{2,20}$/u.test(line.trim());
}

function isByline(line: string): boolean {
	const w = words(line.trim());
	return w.length >= 2 && w.length <= 4 && w.every((x) => /^\p{Lu}[\p{L}'.-]*$/u.test(x));
}
