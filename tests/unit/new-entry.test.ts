import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPlaceholders } from '../../src/checks/placeholders.ts';
import { frontmatterOf } from '../../src/corpus/frontmatter.ts';
import { ENTRY_KINDS, newEntry, type EntryKind } from '../../src/ingest/new-entry.ts';

const template = (kind: EntryKind) => readFileSync(`templates/${ENTRY_KINDS[kind].template}`, 'utf8');
const data = (kind: EntryKind, text: string) => (kind === 'explainer' ? frontmatterOf(text).data : parse(text));

describe('newEntry', () => {
	it('names the file with a slug and takes a name with spaces as the title', () => {
		const entry = newEntry('glossary', 'Secure Communities', template('glossary'));
		expect(entry).toMatchObject({ file: 'content/glossary/secure-communities.yaml' });
		expect(parse((entry as { text: string }).text)).toMatchObject({ term: 'Secure Communities' });
	});

	it('leaves the title to fill when the name is a bare slug', () => {
		const entry = newEntry('timeline', '2025-04-tidal-wave', template('timeline')) as { file: string; text: string };
		expect(entry.file).toBe('content/timeline/2025-04-tidal-wave.yaml');
		expect(parse(entry.text).title).toBe('TODO: a short neutral title');
	});

	it('puts an explainer in a folder when the name has one', () => {
		const entry = newEntry('explainer', 'models/The New Model', template('explainer')) as { file: string; text: string };
		expect(entry.file).toBe('content/explainers/models/the-new-model.mdx');
		expect(frontmatterOf(entry.text).data).toMatchObject({ title: 'The New Model' });
	});

	it('refuses a name that gives no file name', () => {
		expect(newEntry('figure', '!!!', template('figure'))).toBe('"!!!" gives no usable file name. Use letters or digits, e.g. secure-communities.');
	});

	it.each(Object.keys(ENTRY_KINDS) as EntryKind[])('%s: the template is valid YAML, with placeholders for what a person must write', (kind) => {
		const entry = newEntry(kind, 'A name', template(kind)) as { text: string };
		expect(findPlaceholders(data(kind, entry.text)).length).toBeGreaterThanOrEqual(2);
		// Every field is documented in place: a comment line comes before each top-level key.
		const lines = entry.text.split('\n');
		const keys = lines.map((l, i) => [l, i] as const).filter(([l]) => /^[a-zA-Z]+:/.test(l));
		for (const [line, i] of keys) expect(lines[i - 1], `comment above "${line}"`).toMatch(/^#/);
	});
});
