import type { Element, Root, RootContent } from 'hast';

/**
 * Finds English left on a Spanish page: text a reader sees (or hears) that is not inside an
 * element marked `lang="en"` and that contains English function words.
 *
 * Why function words: names of agencies, outlets and operations are often the same in both
 * languages ("ICE", "Operation Tidal Wave"), but an English sentence, label or title always
 * carries a few of these short words. The list is explicit and small, and leaves out every word
 * that is also Spanish ("a", "no", "son", "de", "me", "he", "has", "can", "so", "as", "do", …).
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
	// Articles, conjunctions, prepositions.
	'the',
	'and',
	'or',
	'but',
	'of',
	'with',
	'from',
	'in',
	'on',
	'to',
	'by',
	'for',
	'at',
	'into',
	'about',
	'after',
	'before',
	'between',
	'under',
	'than',
	// Pronouns and determiners.
	'this',
	'that',
	'these',
	'those',
	'which',
	'who',
	'what',
	'when',
	'where',
	'how',
	'it',
	'its',
	'their',
	'they',
	'there',
	'each',
	'every',
	'an',
	'your',
	'you',
	// Verbs and adverbs.
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'have',
	'had',
	'will',
	'would',
	'not',
	'yet',
	'also',
	'only',
	// Words of the site's interface.
	'page',
	'pages',
	'cited',
	'see',
	'read',
	'show',
	'shows',
	'more',
	'source',
	'sources',
	'search',
	'results',
	'estimated',
	'paragraph',
	'reference',
	'references',
]);

/**
 * Proper names that keep their English form inside Spanish prose, as US Spanish-language media
 * write them: organisations, outlets, laws, programmes and the title of a document. WCAG 2.2
 * (success criterion 3.1.2, Language of Parts) exempts proper names from being marked, and many
 * sit in YAML text fields, which hold no markup. Each is let through only in this exact form; a
 * name that is not here is marked `lang="en"` in MDX, or added here when Spanish text uses it.
 */
export const PROPER_NAMES: readonly string[] = [
	'The Associated Press',
	'The American Tribune',
	'The Center Square',
	'The National News Desk',
	'The South Florida Reporter',
	'The Washington Post',
	'Center for American Progress',
	'Center for Immigration Studies',
	'Deferred Action for Childhood Arrivals',
	'Homeland Security Act of 2002',
	'Memorandum of Agreement',
	'Protecting the American People Against Invasion',
];

/** A county as ICE and the maps name it, e.g. "Page County": a name, whatever its words. */
const COUNTY = /\b(?:\p{Lu}[\p{L}'.-]*\s)+County\b/gu;

/** One piece of English found, and where. */
export interface EnglishRun {
	/** The text as the page shows it, spaces collapsed. */
	readonly text: string;
	/** The English words found in it, in order, each once. */
	readonly words: readonly string[];
	/** Where it is: `text in <p class="x">`, `<img alt>`, `<meta name="description">`. */
	readonly where: string;
}

/**
 * Elements whose content is not prose of the page: scripts, styles and templates are not shown;
 * code, commands and their output (`content/references/<id>.yaml`, `npm run check`) are computer
 * text, the same in every language, that a translation must leave as it is.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp']);

/**
 * Elements that do not break a line of text: their text belongs to the run of the block around
 * them, so that "The <a>page</a> is" is reported as one run. Every other element starts a run.
 */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'wbr',
]);

/** Attributes whose values a reader sees or hears, by hast property name and HTML name. */
const ATTRIBUTES = [
	['ariaLabel', 'aria-label'],
	['title', 'title'],
	['alt', 'alt'],
	['placeholder', 'placeholder'],
] as const;

/**
 * `<meta>` whose `content` is shown for the page, in results of search engines. (The link preview
 * tags repeat the title and this description: tests/build/metadata.test.ts checks that they agree.)
 */
const META_TEXT = new Set(['description']);

/** Addresses and file names are not prose: `/identify-and-arrest/` holds "and" but says nothing. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+\.(?:html?|csv|json|xlsx|pdf|xml)\b/gi;

/**
 * The English function words of a text, lower case, in order of first occurrence, each once.
 * Words in capitals are abbreviations ("IN" for Indiana, "OR" for Oregon), letters among digits
 * are no words ("be8d7a"), and the words of a proper name (PROPER_NAMES, "Page County") are the
 * name's: none of them counts.
 *
 * In:  `"The page of the program"`, `"La página del programa"`, `"Indiana (IN)"`
 * Out: `['the', 'page', 'of']`, `[]`, `[]`
 */
export function englishWords(text: string): string[] {
	const prose = PROPER_NAMES.reduce((t, name) => t.split(name).join(' '), text.replace(ADDRESS, ' ').replace(COUNTY, ' '));
	const tokens = prose.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	const words = tokens.filter((t) => /^[\p{L}\p{M}]+$/u.test(t) && (t.length === 1 || t !== t.toUpperCase())).map((t) => t.toLowerCase());
	return [...new Set(words.filter((w) => ENGLISH_WORDS.has(w)))];
}

/** Whether an element marks its content as English (`lang="en"`, `lang="en-US"`), or as another language. */
function languageOf(element: Element): 'en' | 'other' | undefined {
	const lang = element.properties['lang'] ?? element.properties['xmlLang'];
	if (typeof lang !== 'string') return undefined;
	return /^en(?:-|$)/i.test(lang) ? 'en' : 'other';
}

/** A short description of an element for a failure message: `<p class="a b">`, `<section id="x">`. */
function describe(element: Element): string {
	const id = element.properties['id'];
	const className = element.properties['className'];
	const classes = Array.isArray(className) ? className.join(' ') : '';
	const name = element.properties['name'] ?? element.properties['property'];
	const detail = [
		typeof id === 'string' ? `id="${id}"` : undefined,
		classes ? `class="${classes}"` : undefined,
		element.tagName === 'meta' && typeof name === 'string' ? `${element.properties['name'] ? 'name' : 'property'}="${name}"` : undefined,
	].filter(Boolean);
	return `<${[element.tagName, ...detail].join(' ')}>`;
}

/**
 * The pieces of text of a tree that are not inside an element marked `lang="en"` and that hold
 * English function words (ENGLISH_WORDS): runs of text (a block's text, cut where an element
 * marked English or a nested block begins), the values of `aria-label`, `title`, `alt` and
 * `placeholder`, and the `content` of the description `<meta>`. Scripts, styles, templates and
 * code (`<code>`, `<pre>`, `<kbd>`, `<samp>`) are skipped. An element marked `lang="en"` covers its own attributes too; an
 * element inside it marked with another language is checked again.
 *
 * In:  `<p>El programa <q lang="en">the worst of the worst</q>.</p>`, `<p>The program.</p>`
 * Out: `[]`, `[{ text: 'The program.', words: ['the'], where: 'text in <p>' }]`
 */
export function englishRuns(tree: Root | Element, english = false): EnglishRun[] {
	const found: EnglishRun[] = [];
	const report = (text: string, where: string) => {
		const words = englishWords(text);
		const shown = text.replace(/\s+/g, ' ').trim();
		if (words.length > 0) found.push({ text: shown, words, where });
	};

	let run = '';
	let runBlock = 'text';
	const flush = () => {
		report(run, runBlock);
		run = '';
	};

	const walk = (node: Root | RootContent, inEnglish: boolean, block: string) => {
		if (node.type === 'text') {
			if (!inEnglish) {
				if (runBlock !== block) flush();
				runBlock = block;
				run += node.value;
			}
			return;
		}
		if (node.type !== 'root' && node.type !== 'element') return;
		if (node.type === 'element') {
			if (SKIPPED.has(node.tagName)) return;
			const marked = languageOf(node);
			const english = marked === undefined ? inEnglish : marked === 'en';
			if (!english) {
				for (const [property, attribute] of ATTRIBUTES) {
					const value = node.properties[property];
					if (typeof value === 'string') report(value, `${describe(node)} ${attribute}`);
				}
				const name = node.properties['name'];
				const content = node.properties['content'];
				if (node.tagName === 'meta' && typeof name === 'string' && META_TEXT.has(name) && typeof content === 'string') {
					report(content, `${describe(node)} content`);
				}
			}
			// A run stops where English begins, and where a block begins or ends. A hidden element
			// (a citation's preview, shown on hover) is not part of the text around it.
			const own = !INLINE.has(node.tagName) || node.properties['hidden'] !== undefined;
			const breaks = own || english !== inEnglish;
			if (breaks) flush();
			const inner = own ? `text in ${describe(node)}` : block;
			for (const child of node.children) walk(child, english, inner);
			if (breaks) flush();
			return;
		}
		for (const child of node.children) walk(child, inEnglish, block);
	};
	walk(tree, english, 'text');
	flush();
	return found;
}
