import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/corpus/frontmatter.ts';
import { parseSeed, type SeedSource } from '../../src/corpus/source.ts';
import { articleScaffold } from '../../src/ingest/article-scaffold.ts';
import { planIngest } from '../../src/ingest/plan-ingest.ts';
import { findPlaceholders } from '../../src/checks/placeholders.ts';

function seed(file: string, text: string): SeedSource {
	const parsed = parseSeed(file, new TextEncoder().encode(text));
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.source;
}

const a = seed('010_a.txt', 'Sheriff signs "287(g)" deal\nThe deal was signed on March 3, 2025. It covers 40 officers.');
const b = seed('011_b.txt', 'Another article\nText.');

describe('planIngest', () => {
	it('creates a file for each seed without an article, under the slug its page already has', () => {
		const plan = planIngest([{ slug: 'sheriff-signs-287g-deal', seed: a }], []);
		expect(plan.create).toEqual([{ file: 'content/articles/sheriff-signs-287g-deal.mdx', slug: 'sheriff-signs-287g-deal', seed: a }]);
	});

	it('leaves a seed alone when any article file names it, even one that does not pass the schema yet', () => {
		const plan = planIngest([{ slug: 'sheriff-signs-287g-deal', seed: a }], [{ file: 'content/articles/mine.mdx', seed: '010_a.txt' }]);
		expect(plan.create).toEqual([]);
		expect(plan.skipped).toEqual([{ seed: a, conflict: false, reason: 'already annotated by content/articles/mine.mdx' }]);
	});

	it('never plans over an existing file that names another seed', () => {
		const plan = planIngest([{ slug: 'another-article', seed: b }], [{ file: 'content/articles/another-article.mdx', seed: '099_other.txt' }]);
		expect(plan.create).toEqual([]);
		expect(plan.skipped[0]).toMatchObject({
			conflict: true,
			reason: expect.stringContaining('content/articles/another-article.mdx exists and names another seed'),
		});
	});
});

describe('articleScaffold', () => {
	const text = articleScaffold(a, {
		dates: [{ paragraph: 2, phrase: 'March 3, 2025', start: 23, end: 36, spec: '2025-03-03', sentence: 'The deal was signed on March 3, 2025.' }],
		figures: [{ paragraph: 2, phrase: '40', value: 40, approximate: false, sentence: 'It covers 40 officers.' }],
	});
	const fm = frontmatterOf(text);

	it('prefills the seed and the detected title as valid YAML, whatever the title contains', () => {
		expect(fm.errors).toEqual([]);
		expect(fm.data).toMatchObject({ seed: '010_a.txt', title: 'Sheriff signs "287(g)" deal', models: [] });
	});

	it('marks every field only a person can fill as a placeholder', () => {
		expect(findPlaceholders(fm.data).map((p) => p.path.join('.'))).toEqual(['outlet', 'kind', 'published.date', 'published.confidence', 'published.reasoning']);
		expect((fm.data as { published: { date: string } }).published.date).toContain('the latest date in the text is 2025-03-03');
	});

	it('lists the suggestions with their paragraphs inside an MDX comment', () => {
		expect(text).toContain('    p-2   "March 3, 2025"  → 2025-03-03');
		expect(text).toContain('    p-2   2025-03-03  "The deal was signed on March 3, 2025."');
		expect(text).toContain('    p-2   40  "It covers 40 officers."');
		expect(text.indexOf('{/*')).toBeLessThan(text.indexOf('p-2'));
	});

	it('cannot be broken out of its comment by a seed that contains */', () => {
		const hostile = articleScaffold(a, {
			dates: [],
			figures: [{ paragraph: 2, phrase: '1', value: 1, approximate: false, sentence: 'x */ <script>' }],
		});
		const body = hostile.slice(hostile.indexOf('{/*'), hostile.indexOf('*/}'));
		expect(body).toContain('x *\\/ <script>');
	});
});
