import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/checks/schema-problems.ts';
import { parseLocatedYaml } from '../../src/corpus/yaml-locate.ts';
import { frontmatterOf } from '../../src/corpus/frontmatter.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const ARTICLE = `---
seed: 005_x.txt
outlett: TNND
kind: news
published:
  date: 2025
  confidence: high
  reasoning: ""
models: [jam]
---
`;

const article = () => schemaProblems('content/articles/x.mdx', frontmatterOf(ARTICLE), articleSchema).map(formatProblem);

describe('schema problems, as a contributor reads them', () => {
	it('names a misspelled field at its line and suggests the right name', () => {
		expect(article()).toContain(
			'content/articles/x.mdx:3:10  outlett: unknown field "outlett". Did you mean "outlet"? Fields here: seed, title, outlet, kind, published, url, alsoAt, models, description.',
		);
	});

	it('says a required field is missing, with an example', () => {
		expect(article()).toContain('content/articles/x.mdx:2:1  outlet: is missing.\n  e.g. outlet: The National News Desk (TNND)');
	});

	it('lists the allowed values of a choice, with an example', () => {
		expect(article()).toContain(
			'content/articles/x.mdx:4:7  kind: Use one of: news-report, agency-statement-reprint, aggregator-repost, translation.\n  e.g. kind: news-report',
		);
	});

	it('explains an unquoted year given as a date', () => {
		expect(article()).toContain(
			'content/articles/x.mdx:6:9  published.date: is not valid: found the number 2025; write it in quotes.\n  e.g. date: "2025-04-21"   (or "2025", "2025-04", "2025-04-21/2025-04-26"; in quotes)',
		);
	});

	it('says an empty text is empty, and shows a list item as the whole list', () => {
		expect(article()).toContain(
			'content/articles/x.mdx:8:14  published.reasoning: is empty.\n  e.g. reasoning: "Last week" matches ICE\'s April 29, 2025 release.',
		);
		expect(article()).toContain(
			'content/articles/x.mdx:9:10  models.0: Use one of the model ids: jem, tfm, wso.\n  e.g. models: [jem, wso]   (jem, tfm, wso; [] for the program as a whole)',
		);
	});

	it('reports a date that is not a date at its line, with the forms it may take', () => {
		const yaml = 'date: September 2025\ntitle: T\nsummary: S\nkind: law\ncitations:\n  - source: a\n    quote: "some words here"\n';
		expect(schemaProblems('content/timeline/t.yaml', parseLocatedYaml(yaml), timelineSchema).map(formatProblem)).toEqual([
			'content/timeline/t.yaml:1:7  date: "September 2025" is not a date. Write 2025, 2025-04 or 2025-04-21.\n  e.g. date: "2025-04-21"   (or "2025", "2025-04", "2025-04-21/2025-04-26"; in quotes)',
		]);
	});

	it('reports a placeholder left from a template once, with its instruction, instead of the type error', () => {
		const yaml = [
			'metric: agreements',
			'value: "TODO: the number, e.g. 1001"',
			'label: x',
			'counts: y',
			'asOf: "2025"',
			'claimedBy: DHS',
			'citations:',
			'  - source: a',
			'    quote: "some words here"',
		].join('\n');
		expect(schemaProblems('content/figures/f.yaml', parseLocatedYaml(yaml), figureSchema).map(formatProblem)).toEqual([
			'content/figures/f.yaml:2:8  value: still a placeholder. Replace it with the number, e.g. 1001',
		]);
	});
});
