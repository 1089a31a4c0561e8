/**
 * The only search code on every page, small enough for Astro to inline: listeners that load
 * the search dialog when the reader asks for it (the header search box, `/`, Ctrl+K or ⌘K),
 * and the highlighter when the page was opened from a search result. The addresses of those
 * modules come from the header form (see `SearchBox.astro`), so that nothing is imported here.
 */

interface Loader {
	readonly dialog: string;
	readonly highlight: string;
	readonly highlightParam: string;
	readonly searchPage: string;
}

function loader(): Loader | undefined {
	const data = document.querySelector<HTMLFormElement>('form[data-search-form]')?.dataset;
	if (!data?.['dialog'] || !data['highlight'] || !data['highlightParam']) return undefined;
	return { dialog: data['dialog'], highlight: data['highlight'], highlightParam: data['highlightParam'], searchPage: data['searchUrl'] ?? '' };
}

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function open(urls: Loader, query = ''): void {
	// The search page has its own search box: focus it rather than open a dialog over it.
	const own = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
	if (own) {
		own.focus();
		return;
	}
	import(/* @vite-ignore */ urls.dialog).then(
		(dialog: { openSearchDialog(query: string): Promise<void> }) => dialog.openSearchDialog(query),
		// Should the dialog fail to load, the search page still works (or explains why not).
		() => location.assign(`${urls.searchPage}${query ? `?q=${encodeURIComponent(query)}` : ''}`),
	);
}

const urls = loader();
if (urls) {
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || event.altKey) return;
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
		const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
		if (!slash && !modK) return;
		event.preventDefault();
		open(urls);
	});
	// Without JavaScript the header form opens the search page; with it, the dialog.
	document.addEventListener('submit', (event) => {
		const form = event.target;
		if (!(form instanceof HTMLFormElement) || !form.matches('[data-search-form]')) return;
		if (document.querySelector('[data-search-page]')) return;
		event.preventDefault();
		open(urls, new FormData(form).get('q')?.toString() ?? '');
	});
	if (new URLSearchParams(location.search).has(urls.highlightParam)) {
		import(/* @vite-ignore */ urls.highlight).catch(() => undefined);
	}
}
