import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/ingest/json-schema-files.ts';
import { ENTRY_KINDS } from '../../src/ingest/new-entry.ts';

describe('schemas/*.schema.json', () => {
	const files = jsonSchemaFiles();

	it.each(Object.keys(files))('%s is up to date with the zod schemas (run `npm run schemas` if not)', (name) => {
		expect(readFileSync(`schemas/${name}`, 'utf8')).toBe(files[name]);
	});

	it('has no stale file beside them', () => {
		expect(readdirSync('schemas').sort()).toEqual(Object.keys(files).sort());
	});

	it('flags unknown fields and accepts an unquoted YAML date', () => {
		const timeline = JSON.parse(files['timeline.schema.json']!);
		expect(timeline.additionalProperties).toBe(false);
		expect(timeline.properties.date.anyOf).toEqual([{ type: 'string' }, { type: 'string', format: 'date' }]);
	});

	it('carries the comments of the schema files as descriptions, for hover help', () => {
		const article = JSON.parse(files['article.schema.json']!);
		expect(article.properties.published.properties.confidence.description).toBe('How sure the date is.');
		const glossary = JSON.parse(files['glossary.schema.json']!);
		expect(glossary.properties.citations.items.properties.quote.description).toBe(
			'A passage copied exactly from the source, long enough to occur only once in it.',
		);
	});

	it('is mapped to each data folder in .vscode/settings.json, and each mapped file exists', () => {
		const mapped = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as Record<string, string>;
		expect(Object.values(mapped).sort()).toEqual([
			'content/comparison.yaml',
			'content/figures/*.yaml',
			'content/glossary/*.yaml',
			'content/references/*.yaml',
			'content/timeline/*.yaml',
		]);
		for (const path of Object.keys(mapped)) expect(existsSync(path), path).toBe(true);
	});

	it.each(Object.values(ENTRY_KINDS).filter((k) => k.template.endsWith('.yaml')))('the $template template names its schema for editors', ({ template }) => {
		const first = readFileSync(`templates/${template}`, 'utf8').split('\n')[0]!;
		const path = /\$schema=(\S+)/.exec(first)?.[1];
		expect(path).toBe(`../../schemas/${template.replace('.yaml', '.schema.json')}`);
	});
});
