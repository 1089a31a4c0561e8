import TimelineSlice from './TimelineSlice.astro';

/**
 * The components contributors may use in MDX, by the name they write. `<Cite>` and `<Note>`
 * are not here: the Markdown pipeline turns them into references and notes before rendering.
 */
export const mdxComponents = {
	Timeline: TimelineSlice,
};
