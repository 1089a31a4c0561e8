/** Creates an element with attributes and children; text is set as text, never parsed as HTML. */
export function el(tag: string, attributes: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElement {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** The `<script type="text/pagefind-template">` that tells `<pagefind-results>` how to show a result. */
export function resultTemplate(template: string): HTMLElement {
	const script = el('script', { type: 'text/pagefind-template' });
	script.textContent = template;
	return script;
}
