import { RESULT_TEMPLATE } from '../../search/search-template.ts';
import { el, resultTemplate } from './dom.ts';
import { loadPagefind, searchPageUrl, searchText, type PagefindInstance } from './pagefind-components.ts';

/**
 * The search dialog opened from any page (the header search box, `/` or Ctrl+K): Pagefind's
 * `<pagefind-modal>`, a native modal `<dialog>` that takes focus, closes on Escape and gives
 * focus back to where it was. Loaded on first use only.
 */

interface PagefindModal extends HTMLElement {
	open(): void;
	close(): void;
}

let modal: PagefindModal | undefined;

function createModal(instance: PagefindInstance): PagefindModal {
	// The dialog's name, and the hint for Escape, which closes the dialog rather than clearing it.
	// Pagefind translates the rest of its UI itself, by the page's `<html lang>`.
	const text = searchText();
	instance.setTranslations({ keyboard_search: text.dialogName, keyboard_clear: text.dialogClear });
	// Pagefind builds the dialog's parts itself; given parts of ours it would set some up twice.
	// So it starts empty, and then its results take our template and its footer our link.
	const created = el('pagefind-modal', { class: 'search-dialog' }) as PagefindModal;
	document.body.append(created);
	created.querySelector('pagefind-results')?.replaceWith(el('pagefind-results', {}, [resultTemplate(RESULT_TEMPLATE)]));
	const fullSearch = el('a', { class: 'search-dialog-more', href: searchPageUrl('') }, [text.fullSearch]);
	instance.on('search', (term) => fullSearch.setAttribute('href', searchPageUrl(term)));
	created.querySelector('pagefind-modal-footer')?.prepend(fullSearch);
	return created;
}

/** Opens the dialog, with `query` searched already when given. */
export async function openSearchDialog(query = ''): Promise<void> {
	let instance: PagefindInstance;
	try {
		instance = await loadPagefind();
	} catch {
		// The search page explains what is missing (e.g. no index yet in `npm run dev`).
		location.assign(searchPageUrl(query));
		return;
	}
	modal ??= createModal(instance);
	modal.open();
	const input = modal.querySelector<HTMLInputElement>('input[type="search"]');
	if (input && query.trim() !== '') {
		// As if typed, so that Pagefind's input updates its own state (the Clear button) and searches.
		input.value = query.trim();
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
}
