import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { messages } from '../i18n/index.ts';
import { englishLang, type Locale } from '../i18n/locales.ts';
import { citingLink, type CitedPassage } from './citation-index.ts';
import type { Paragraph, SeedSource } from './source.ts';

/** A context note placed beside the passage it is anchored to. */
export interface PlacedNote {
	readonly id: string;
	readonly kind: string;
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
	/** The note's body as the MDX pipeline left it: a hast tree, whose text stays text. */
	readonly children: readonly ElementContent[];
}

export interface TextAnnotations {
	readonly notes?: readonly PlacedNote[];
	readonly cited?: readonly CitedPassage[];
	/** Which paragraphs to render; all by default. */
	readonly include?: (p: Paragraph) => boolean;
	/** Turns a run of body text into nodes, e.g. to link glossary terms; never changes the text.
	 * Headlines and boilerplate stay plain. */
	readonly linkText?: (text: string) => ElementContent[];
	/** The language of the page: its labels are in it, and on a page not in English the source's
	 * paragraphs, which stay in English, are marked `lang="en"`. English by default. */
	readonly locale?: Locale;
	/** The language of the notes when it is not the page's (a translation not yet written). */
	readonly notesLang?: string | undefined;
}

type LinkText = (text: string) => ElementContent[];
const plain: LinkText = (value) => [{ type: 'text', value }];

type Labels = ReturnType<typeof messages>['sources'];

interface Range {
	readonly start: number;
	readonly end: number;
	readonly note?: PlacedNote;
	readonly cited?: CitedPassage;
}

/** Splits a paragraph at every range boundary; each covered piece becomes a `<mark>`. */
function markedText(text: string, ranges: readonly Range[], linkText: LinkText): ElementContent[] {
	const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
	const opened = new Set<Range>();
	const out: ElementContent[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const from = cuts[i]!;
		const to = cuts[i + 1]!;
		const piece = text.slice(from, to);
		const covering = ranges.filter((r) => r.start <= from && r.end >= to);
		if (covering.length === 0) {
			out.push(...linkText(piece));
			continue;
		}
		// Each note's passage gets an anchor where it starts, for the note's link back to it.
		const anchors = covering.filter((r) => r.note && !opened.has(r)).map((r) => `${r.note!.id}-passage`);
		covering.forEach((r) => opened.add(r));
		const noted = covering.some((r) => r.note);
		for (const id of anchors.slice(1)) out.push(h('span', { id }));
		out.push(h('mark', { class: noted ? 'noted' : 'cited', id: anchors[0] }, linkText(piece)));
	}
	return out;
}

// Numbered in the label: two notes on one paragraph need different names (unique landmarks).
function noteAside(note: PlacedNote, m: Labels, lang: string | undefined): Element {
	const label = m.noteKinds[note.kind] ?? m.note;
	return h('aside', { class: `note note-${note.kind}`, id: note.id, 'aria-label': m.noteName(label, note.id.replace(/^note-/, ''), note.paragraph) }, [
		h('p', { class: 'note-label' }, [h('a', { href: `#${note.id}-passage` }, `${label}`), m.contextNote]),
		h('div', { class: 'note-body', lang }, [...note.children]),
	]);
}

function citedIn(cited: readonly CitedPassage[], m: Labels): Element | undefined {
	const pages = new Map(cited.flatMap((c) => c.pages.map((p) => [p.href.split('#')[0], p] as const)));
	if (pages.size === 0) return undefined;
	const items = [...pages.values()].map((p) => h('li', [citingLink(p)]));
	return h('div', { class: 'cited-in' }, [h('p', m.citedIn), h('ul', items)]);
}

interface RowOptions {
	readonly linkText: LinkText;
	readonly m: Labels;
	/** `lang` of the paragraph itself: `en` on a page in another language. */
	readonly textLang: string | undefined;
	readonly notesLang: string | undefined;
}

function row(p: Paragraph, notes: readonly PlacedNote[], cited: readonly CitedPassage[], { linkText, m, textLang, notesLang }: RowOptions): Element {
	const ranges: Range[] = [...cited.map((c) => ({ start: c.start, end: c.end, cited: c })), ...notes.map((n) => ({ start: n.start, end: n.end, note: n }))];
	const tag = p.role === 'title' ? 'h1' : 'p';
	const margin: ElementContent[] = [];
	if (p.boilerplate) margin.push(h('p', { class: 'boilerplate-label' }, m.boilerplate(m.boilerplateKinds[p.boilerplate])));
	margin.push(...notes.map((n) => noteAside(n, m, notesLang)));
	const citedBlock = citedIn(cited, m);
	if (citedBlock) margin.push(citedBlock);
	return h('div', { class: ['para-row', p.role === 'title' ? 'headline-row' : '', p.boilerplate ? 'boilerplate' : ''].filter(Boolean) }, [
		h('a', { class: 'pnum', href: `#p-${p.n}`, 'aria-label': m.paragraph(p.n) }, String(p.n)),
		// dir=auto: a paragraph in Arabic or Hebrew reads right to left, and bidi controls in a seed
		// stay inside their own paragraph.
		h(tag, { id: `p-${p.n}`, class: 'para', dir: 'auto', lang: textLang }, markedText(p.text, ranges, p.role === 'title' || p.boilerplate ? plain : linkText)),
		...(margin.length > 0 ? [h('div', { class: 'margin' }, margin)] : []),
	]);
}

/**
 * The verbatim text of a seed as a hast tree: numbered, linkable paragraphs (`#p-3`), marked
 * passages, context notes beside them, and "Cited in" links. Seed text only ever becomes text
 * nodes, so `<script>` or `{` in a seed is shown as characters. The labels are in the page's
 * language; the text stays as received, in English, and says so on a page in another language.
 */
export function sourceTextTree(source: SeedSource, annotations: TextAnnotations = {}): Root {
	const include = annotations.include ?? (() => true);
	const locale = annotations.locale ?? 'en';
	const options: RowOptions = {
		linkText: annotations.linkText ?? plain,
		m: messages(locale).sources,
		textLang: englishLang(locale),
		notesLang: annotations.notesLang,
	};
	const rows = source.paragraphs.filter(include).map((p) =>
		row(
			p,
			(annotations.notes ?? []).filter((n) => n.paragraph === p.n),
			(annotations.cited ?? []).filter((c) => c.paragraph === p.n),
			options,
		),
	);
	return { type: 'root', children: [h('div', { class: 'source-text' }, rows)] };
}
