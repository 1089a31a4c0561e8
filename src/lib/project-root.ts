const KEY = Symbol.for('287g-explained.project-root');

/**
 * The project's root, from Astro's config (`config.root`): the content-checks integration sets it
 * before anything reads content, so that the checks, the collections, the Markdown plugins and
 * the pages all read the same project, wherever the command was started. The command-line
 * tools, which have no config, use the working directory.
 */
export function projectRoot(): string {
	return ((globalThis as Record<symbol, unknown>)[KEY] as string | undefined) ?? process.cwd();
}

export function setProjectRoot(root: string): void {
	(globalThis as Record<symbol, unknown>)[KEY] = root;
}
