import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/checks/schema-problems.ts';
import { parseLocatedYaml } from '../../src/corpus/yaml-locate.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const problems = (schema: typeof figureSchema | typeof timelineSchema, yaml: string) =>
	schemaProblems('content/x.yaml', parseLocatedYaml(yaml), schema).map((p) => `${p.line}: ${p.message}`);

const FIGURE = `metric: agreements
value: 1001
label: 1,001 agreements
counts: agreements
asOf: "2025-09-17"
claimedBy: DHS
citations:
  - source: seed
    quote: "a passage of the source"
`;

const EVENT = `date: "2025-04-21/2025-04-26"
title: Operation Tidal Wave
summary: An operation.
kind: operation
models: [tfm]
citations:
  - source: seed
    quote: "a passage of the source"
`;

describe('figure schema', () => {
	it('reads approximate: true as "about", a word as itself, and false as exact', () => {
		const parse = (approximate: unknown) => figureSchema.parse({ ...(parseLocatedYaml(FIGURE).data as object), approximate }).qualifier;
		expect(parse(true)).toBe('about');
		expect(parse('nearly')).toBe('nearly');
		expect(parse(false)).toBeUndefined();
	});

	it('accepts a valid figure', () => {
		expect(problems(figureSchema, FIGURE)).toEqual([]);
	});

	it('names the missing citations field and says what to add', () => {
		expect(problems(figureSchema, FIGURE.replace(/citations:[\s\S]*$/, ''))).toEqual([
			[
				'1: citations: missing. Add at least one citation: { source: <slug>, quote: "<exact passage>" }.',
				'  e.g. citations:',
				'    - source: local-authorities-team-with-ice',
				'      quote: "nearly 600 signed agreements"',
			].join('\n'),
		]);
	});

	it('keeps the chart to agreements', () => {
		expect(problems(figureSchema, `${FIGURE.replace('metric: agreements', 'metric: agencies')}chart: true\n`)).toEqual([
			'10: chart: Only figures with `metric: agreements` can be on the agreements chart; remove `chart: true`.',
		]);
	});

	it('refuses an unknown qualifier and an unknown comparison, at their lines', () => {
		const found = problems(figureSchema, `${FIGURE}approximate: perhaps\ncompare: someday\n`);
		expect(found).toHaveLength(2);
		expect(found[0]).toBe('10: approximate: Use true, false or one of: about, nearly, almost, roughly, more than, over.');
		expect(found[1]).toMatch(/^11: compare: Use one of: start-of-2017, end-of-first-term, /);
	});
});

describe('timeline schema', () => {
	it('accepts a valid event', () => {
		expect(problems(timelineSchema, EVENT)).toEqual([]);
	});

	it('names a bad date and an unknown model at their lines', () => {
		const bad = EVENT.replace('"2025-04-21/2025-04-26"', '"2025-04-31"').replace('[tfm]', '[tfm, swat]');
		expect(problems(timelineSchema, bad)).toEqual([
			'1: date: "2025-04-31" has no day 31.\n  e.g. date: "2025-04-21"   (or "2025", "2025-04", "2025-04-21/2025-04-26"; in quotes)',
			'5: models.1: Use one of the model ids: jem, tfm, wso.\n  e.g. models: [jem, wso]   (jem, tfm, wso; [] for the program as a whole)',
		]);
	});
});
