import { slugify } from '../lib/slug.ts';
import { todo } from '../checks/placeholders.ts';

/** What `npm run new` can create, where, and from which template in `templates/`. */
export const ENTRY_KINDS = {
	explainer: { dir: 'content/explainers', template: 'explainer.mdx', label: 'the page title' },
	glossary: { dir: 'content/glossary', template: 'glossary.yaml', label: 'the term as usually written' },
	timeline: { dir: 'content/timeline', template: 'timeline.yaml', label: 'a short neutral title' },
	figure: { dir: 'content/figures', template: 'figure.yaml', label: 'the figure as the source words it' },
} as const;

export type EntryKind = keyof typeof ENTRY_KINDS;

export function isEntryKind(kind: string): kind is EntryKind {
	return Object.hasOwn(ENTRY_KINDS, kind);
}

/**
 * The file `npm run new -- <kind> <name>` writes: its path, from a slug of each part of the
 * name (an explainer may sit in a folder, `models/new-model`), and the template with the name
 * filled in. A name with spaces is taken as the title; a bare slug leaves the title to fill.
 *
 * In:  `('glossary', 'Secure Communities', template)`
 * Out: `{ file: 'content/glossary/secure-communities.yaml', text: '…term: "Secure Communities"…' }`
 */
export function newEntry(kind: EntryKind, name: string, template: string): { file: string; text: string } | string {
	const { dir, label } = ENTRY_KINDS[kind];
	const parts = (kind === 'explainer' ? name.split('/') : [name]).map((p) => slugify(p, 10));
	if (parts.some((p) => p === '')) return `"${name}" gives no usable file name. Use letters or digits, e.g. secure-communities.`;
	const ext = ENTRY_KINDS[kind].template.slice(ENTRY_KINDS[kind].template.indexOf('.'));
	const last = name.split('/').at(-1)!.trim();
	const title = /\s/.test(last) ? last : todo(label);
	// JSON strings are valid YAML double-quoted scalars; the template wraps the value in quotes.
	return { file: `${dir}/${parts.join('/')}${ext}`, text: template.replaceAll('"{{label}}"', JSON.stringify(title)) };
}
