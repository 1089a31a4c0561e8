import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { messages } from '../i18n/index.ts';
import { englishLang, type Locale } from '../i18n/locales.ts';
import type { ReferenceView } from './reference-view.ts';

/** One numbered reference of a page, as the `References` component shows it. */
export interface ReferenceItem extends ReferenceView {
	readonly n: number;
	/** Ids of the places in the text that cite it, for back links. */
	readonly backrefs: readonly string[];
}

/** Where one citation sits in the text: the number it shows and the id it can be linked back by. */
export interface CiteMarker {
	readonly n: number;
	readonly id: string;
}

// Two citations of the same passage share one number. A quote occurs once in its source, so
// the source, the paragraph and the passage as printed identify it.
const keyOf = (v: ReferenceView) => `${v.sourceSlug}\u0000${v.paragraph}\u0000${v.passage}`;

/**
 * The numbered references of one page, in order of first citation. Page text cites through it
 * (the `<Cite>` plugin), and so can anything a page adds after its text, such as the models
 * table: it continues the numbering and reuses the number of a passage already cited.
 */
export class ReferenceList {
	readonly #items: { view: ReferenceView; n: number; backrefs: string[] }[] = [];
	readonly #byKey = new Map<string, { n: number; backrefs: string[] }>();

	constructor(initial: readonly ReferenceItem[] = []) {
		for (const { n, backrefs, ...view } of initial) {
			const entry = { view, n, backrefs: [...backrefs] };
			this.#items.push(entry);
			this.#byKey.set(keyOf(view), entry);
		}
	}

	/** Records one citation of `view` and returns its marker, e.g. `{ n: 3, id: 'cite-3-2' }`. */
	cite(view: ReferenceView): CiteMarker {
		let entry = this.#byKey.get(keyOf(view));
		if (!entry) {
			const created = { view, n: this.#items.length + 1, backrefs: [] as string[] };
			this.#items.push(created);
			this.#byKey.set(keyOf(view), created);
			entry = created;
		}
		const id = `cite-${entry.n}-${entry.backrefs.length + 1}`;
		entry.backrefs.push(id);
		return { n: entry.n, id };
	}

	get items(): ReferenceItem[] {
		return this.#items.map(({ view, n, backrefs }) => ({ ...view, n, backrefs: [...backrefs] }));
	}
}

/**
 * Who published a cited passage, and when, as its preview names it: "TNND, May 2025". The title
 * is left to the reference list, which the marker links to: titles are long, and a page carries
 * a preview for every citation. A source without a known outlet is named by its title.
 */
export function previewSource(view: ReferenceView): string {
	return [view.outlet ?? view.sourceTitle, view.date].filter(Boolean).join(', ');
}

/** `previewSource` as nodes, the outlet or title marked with its `lang` when it is not the page's. */
export function previewSourceNodes(view: ReferenceView): ElementContent[] {
	const [name, lang] = view.outlet === undefined ? [view.sourceTitle, view.titleLang] : [view.outlet, view.outletLang];
	const date: ElementContent[] = view.date ? [{ type: 'text', value: `, ${view.date}` }] : [];
	return [lang ? h('span', { lang }, name) : { type: 'text', value: name }, ...date];
}

/**
 * The mark a citation leaves in the text: a numbered link to the page's reference list, and a
 * preview of the passage and its source, shown on hover and keyboard focus (styles/cite-previews.css).
 * The preview is `hidden`, so that without CSS the marker is a plain link, and it describes the
 * link (`aria-describedby`) without changing its name.
 *
 * Out: `<sup class="cite"><a href="#ref-3" id="cite-3-2" aria-label="Reference 3" aria-describedby="cite-3-2-tip">[3]</a>
 *      <span class="cite-tip" role="tooltip" id="cite-3-2-tip" hidden><span class="cite-tip-passage">“…”</span>
 *      <span class="cite-tip-source">Outlet, date</span></span></sup>`
 */
export function citeMarker({ n, id }: CiteMarker, view: ReferenceView, locale: Locale = 'en'): Element {
	const tip = `${id}-tip`;
	return h('sup', { class: 'cite' }, [
		h('a', { href: `#ref-${n}`, id, 'aria-label': messages(locale).citations.reference(n), 'aria-describedby': tip }, `[${n}]`),
		h('span', { class: 'cite-tip', role: 'tooltip', id: tip, hidden: true }, [
			// The passage as the source prints it, in the source's language (English) on every edition.
			h('span', { class: 'cite-tip-passage', lang: englishLang(locale) }, `“${view.passage}”`),
			' ',
			h('span', { class: 'cite-tip-source' }, previewSourceNodes(view)),
		]),
	]);
}
