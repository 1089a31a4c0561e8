import type { Element } from 'hast';
import { h } from 'hastscript';
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

/** The mark a citation leaves in the text: `<sup class="cite"><a href="#ref-3" id="cite-3-2">[3]</a></sup>`. */
export function citeMarker({ n, id }: CiteMarker): Element {
	return h('sup', { class: 'cite' }, [h('a', { href: `#ref-${n}`, id, 'aria-label': `Reference ${n}` }, `[${n}]`)]);
}
