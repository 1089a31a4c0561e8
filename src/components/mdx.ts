import ListCount from './ListCount.astro';
import TimelineSlice from './TimelineSlice.astro';

/**
 * The components contributors may use in MDX, by the name they write. `<Cite>`, `<Note>` and
 * `<Term>` are not here: the Markdown pipeline turns them into references, notes and glossary
 * links before rendering.
 */
export const mdxComponents = {
	Timeline: TimelineSlice,
	ListCount,
};
