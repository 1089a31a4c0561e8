import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { ENTRY_KINDS, newEntry } from '../../src/ingest/new-entry.ts';

/**
 * What an editor with the YAML extension shows: the language server behind it, configured
 * from .vscode/settings.json as VS Code configures it, validating content files.
 */
const root = process.cwd();
const service = getLanguageService({
	schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
	workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
});
const mapped = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as Record<string, string>;
service.configure({
	validate: true,
	schemas: Object.entries(mapped).map(([schema, glob]) => ({ uri: pathToFileURL(join(root, schema)).href, fileMatch: [`**/${glob}`] })),
});

let version = 0;
async function problems(path: string, text = readFileSync(path, 'utf8')): Promise<string[]> {
	// A new version each time: the service caches what it parsed by document and version.
	const doc = TextDocument.create(pathToFileURL(join(root, path)).href, 'yaml', ++version, text);
	return (await service.doValidation(doc, false)).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const dataFiles = ['glossary', 'timeline', 'figures', 'references']
	.flatMap((dir) => readdirSync(`content/${dir}`).map((f) => `content/${dir}/${f}`))
	.concat('content/comparison.yaml');

describe('editor validation of data files, from schemas/*.schema.json', () => {
	it.each(dataFiles)('%s: no complaint about a file the build accepts', async (path) => {
		expect(await problems(path)).toEqual([]);
	});

	it('flags a misspelled field and a missing one, at their lines', async () => {
		const text = readFileSync('content/glossary/detainer.yaml', 'utf8').replace('definition:', 'definiton:');
		expect(await problems('content/glossary/detainer.yaml', text)).toEqual(
			expect.arrayContaining(['1:1 Missing property "definition".', expect.stringMatching(/^3:1 Property definiton is not allowed/)]),
		);
	});

	it('finds the schema of a new file from the line the template starts with', async () => {
		const entry = newEntry('figure', 'A figure', readFileSync(`templates/${ENTRY_KINDS.figure.template}`, 'utf8')) as { file: string; text: string };
		const found = await problems('content/elsewhere/figure.yaml', entry.text);
		expect(found).toContain('10:8 Incorrect type. Expected "number".');
	});
});
