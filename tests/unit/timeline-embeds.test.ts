import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { timelineEmbedProblems } from '../../src/checks/timeline-embeds.ts';

const check = (mdx: string) => timelineEmbedProblems('content/explainers/x.mdx', parseMdx(mdx)).map((p) => `${p.line}: ${p.message}`);

describe('<Timeline> embeds', () => {
	it('accepts the props explainers use', () => {
		expect(
			check('<Timeline model="tfm" />\n\n<Timeline kind="count" from="2017" />\n\n<Timeline model="tfm" from="2002" to="2012" />\n\n<Timeline kind="law" />'),
		).toEqual([]);
	});

	it('reports a wrong kind, model, year or attribute at its line', () => {
		expect(check('Intro.\n\n<Timeline kind="operations" />\n\n<Timeline model="TFM" from="2O17" colour="red" />')).toEqual([
			'3: <Timeline> kind="operations" is not a kind of event. Use one of: law, policy, model, count, operation, oversight.',
			'5: <Timeline> model="TFM" is not a model. Use one of: jem, tfm, wso.',
			'5: <Timeline> from="2O17" is not a year. Write a year, e.g. from="2017".',
			'5: <Timeline> has no attribute colour; use kind, model, from or to.',
		]);
	});
});
