import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/content-layer/files.ts';
import { translationGaps } from '../../src/checks/translations.ts';
import { parseLocatedYaml } from '../../src/corpus/yaml-locate.ts';
import { translationState } from '../../src/i18n/completeness.ts';

const explainer = (id: string, locale: 'en' | 'es'): ContentFile => ({
	kind: 'explainer',
	id,
	locale,
	file: `content/explainers/${locale === 'es' ? 'es/' : ''}${id}.mdx`,
});

describe('translationState', () => {
	const dates = new Map<string, string | null>([
		['en.mdx', '2026-12-01T10:00:00Z'],
		['es-old.mdx', '2026-11-20T10:00:00Z'],
		['es-new.mdx', '2026-12-02T10:00:00Z'],
		['es-shallow.mdx', null],
	]);
	it('is the original in English, missing without a file, outdated when older by git', () => {
		expect(translationState('en', 'en.mdx', undefined, dates)).toBe('original');
		expect(translationState('es', 'en.mdx', undefined, dates)).toBe('missing');
		expect(translationState('es', 'en.mdx', 'es-old.mdx', dates)).toBe('outdated');
		expect(translationState('es', 'en.mdx', 'es-new.mdx', dates)).toBe('translated');
	});
	it('never calls a page outdated when history is cut off, and counts an uncommitted translation as newest', () => {
		expect(translationState('es', 'en.mdx', 'es-shallow.mdx', dates)).toBe('translated');
		expect(translationState('es', 'en.mdx', 'es-uncommitted.mdx', dates)).toBe('translated');
	});
});

describe('translationGaps', () => {
	const files = [
		explainer('history', 'en'),
		explainer('debate', 'en'),
		explainer('debate', 'es'),
		explainer('operations', 'en'),
		explainer('operations', 'es'),
	];
	const dates = new Map([
		['content/explainers/history.mdx', '2026-12-01T10:00:00Z'],
		['content/explainers/debate.mdx', '2026-12-01T10:00:00Z'],
		['content/explainers/es/debate.mdx', '2026-12-02T10:00:00Z'],
		['content/explainers/operations.mdx', '2026-12-02T12:00:00Z'],
		['content/explainers/es/operations.mdx', '2026-12-01T10:00:00Z'],
	]);
	const gaps = translationGaps({ files, yaml: new Map(), dates, guides: new Set() }, 'es');

	it('lists the page with no translation and the one older than its English, not the one up to date', () => {
		expect(gaps.map((g) => g.file).sort()).toEqual(['content/explainers/history.mdx', 'content/explainers/operations.mdx']);
	});

	it('lists a data entry without Spanish text, and not one with it', () => {
		const yaml = new Map([
			['content/timeline/a.yaml', parseLocatedYaml('title: A\nsummary: S\n')],
			['content/timeline/b.yaml', parseLocatedYaml('title: B\nsummary: S\nes:\n  title: B es\n  summary: S es\n')],
		]);
		const data: ContentFile[] = [
			{ kind: 'timeline', id: 'a', locale: 'en', file: 'content/timeline/a.yaml' },
			{ kind: 'timeline', id: 'b', locale: 'en', file: 'content/timeline/b.yaml' },
		];
		expect(translationGaps({ files: data, yaml, dates: new Map(), guides: new Set() }, 'es').map((g) => g.file)).toEqual(['content/timeline/a.yaml']);
	});

	it('has nothing to list in English', () => {
		expect(translationGaps({ files, yaml: new Map(), dates, guides: new Set() }, 'en')).toEqual([]);
	});
});
