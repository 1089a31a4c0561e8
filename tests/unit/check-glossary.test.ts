import { describe, expect, it } from 'vitest';
import { glossaryProblems, type GlossaryEntry } from '../../src/checks/check-glossary.ts';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { termUsesInMdx } from '../../src/checks/collect-term-uses.ts';
import { parseLocatedYaml } from '../../src/corpus/yaml-locate.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const CITATIONS = 'citations:\n  - source: s\n    quote: "a passage of it"\n';

/** A glossary file as the content check reads it. */
function entry(id: string, yamlText: string) {
	const yaml = parseLocatedYaml(yamlText);
	const data = glossarySchema.parse(yaml.data);
	return { entry: { id, file: `content/glossary/${id}.yaml`, ...data } satisfies GlossaryEntry, yaml };
}

const detainer = entry('detainer', `term: Detainer\ndefinition: A request.\n${CITATIONS}related: [ice]\n`);
const ice = entry('ice', `term: ICE\ndefinition: An agency.\n${CITATIONS}related: [detainer]\n`);

describe('glossaryProblems', () => {
	it('accepts entries whose related terms exist', () => {
		expect(glossaryProblems(['detainer', 'ice'], [detainer, ice], [])).toEqual([]);
	});

	it('reports an unknown related term at its line, with the known ids', () => {
		const bad = entry('ero', `term: ERO\ndefinition: A branch.\n${CITATIONS}related:\n  - ice\n  - detainers\n`);
		const problems = glossaryProblems(['detainer', 'ero', 'ice'], [detainer, ice, bad], []);
		expect(problems.map(formatProblem)).toEqual([
			'content/glossary/ero.yaml:8:5  related: unknown glossary term "detainers". Use the name of a file in content/glossary/, without .yaml. Did you mean "detainer"?',
		]);
	});

	it('does not report a related term whose own file has other problems', () => {
		// "ice" is a glossary file that failed its schema: it is not in `entries`, but it exists.
		expect(glossaryProblems(['detainer', 'ice'], [detainer], [])).toEqual([]);
	});

	it('lists the known terms when none is close to an unknown one', () => {
		const bad = entry('ero', `term: ERO\ndefinition: A branch.\n${CITATIONS}related: [warrant]\n`);
		expect(glossaryProblems(['detainer', 'ero', 'ice'], [bad], []).map((p) => p.message)).toEqual([
			'related: unknown glossary term "warrant". Use the name of a file in content/glossary/, without .yaml. Known terms: detainer, ero, ice.',
		]);
	});

	it('reports a file name that cannot be an anchor', () => {
		const digit = entry('287g', `term: 287(g)\ndefinition: A section.\n${CITATIONS}`);
		expect(glossaryProblems(['287g'], [digit], []).map(formatProblem)).toEqual([
			'content/glossary/287g.yaml  the file name "287g" is the term\'s anchor (/glossary/#287g); it must start with a letter and use only a-z, 0-9 and "-". Rename the file, and the ids that name it in related: and <Term id>.',
		]);
	});

	it('reports an entry related to itself', () => {
		const self = entry('ina', `term: INA\ndefinition: A law.\n${CITATIONS}related: [ina]\n`);
		expect(glossaryProblems(['ina'], [self], []).map((p) => p.message)).toEqual(['related: "ina" is this entry itself; list other terms only.']);
	});

	it('reports a spelling claimed by two entries, at the second one', () => {
		const twin = entry('ice-agency', `term: Immigration agency\nacronym: ICE\ndefinition: An agency.\n${CITATIONS}`);
		const problems = glossaryProblems(['detainer', 'ice', 'ice-agency'], [ice, twin], []);
		expect(problems.map(formatProblem)).toEqual([
			'content/glossary/ice-agency.yaml:2:10  "ICE" is also a spelling of "ice" (content/glossary/ice.yaml); a mention must link to one term. Keep it in one entry.',
		]);
	});

	it('reports a Spanish spelling claimed by two entries, at the second one, and lets the languages share a spelling', () => {
		const jem = entry('jem', `term: Jail model\nacronym: JEM\ndefinition: A model.\nes:\n  term: Modelo de cárceles\n  definition: Un modelo.\n${CITATIONS}`);
		const tfm = entry(
			'tfm',
			`term: Task Force Model\nacronym: TFM\ndefinition: A model.\nes:\n  term: Modelo de Grupo de Trabajo\n  aliases: ["Jail model", "modelo de cárceles", "Modelo de cárceles", "JEM"]\n  definition: Un modelo.\n${CITATIONS}`,
		);
		expect(glossaryProblems(['jem', 'tfm'], [jem, tfm], []).map(formatProblem)).toEqual([
			'content/glossary/tfm.yaml:6:49  "Modelo de cárceles" is also a spelling of "jem" (content/glossary/jem.yaml); a mention must link to one term. Keep it in one entry.',
			'content/glossary/tfm.yaml:6:71  "JEM" is also a spelling of "jem" (content/glossary/jem.yaml); a mention must link to one term. Keep it in one entry.',
		]);
	});

	it('reports a clash of acronyms once, in English', () => {
		const a = entry('a', `term: Alpha\nacronym: AB\ndefinition: A.\nes:\n  term: Alfa\n  definition: A.\n${CITATIONS}`);
		const b = entry('b', `term: Beta\nacronym: AB\ndefinition: B.\nes:\n  term: Beta\n  definition: B.\n${CITATIONS}`);
		expect(glossaryProblems(['a', 'b'], [a, b], []).map((p) => p.message)).toEqual([
			'"AB" is also a spelling of "a" (content/glossary/a.yaml); a mention must link to one term. Keep it in one entry.',
		]);
	});

	it('reports a <Term> with an unknown id where it is written', () => {
		const { uses, problems } = termUsesInMdx(
			'content/explainers/x.mdx',
			parseMdx('# Title\n\nA <Term id="detainers">hold</Term> and <Term id="ice" />.\n\n<Term>no id</Term>\n'),
		);
		expect(problems.map(formatProblem)).toEqual([
			'content/explainers/x.mdx:5:1  <Term> needs id="<term>": the name of a file in content/glossary/, without .yaml, e.g. <Term id="detainer">.',
		]);
		expect(glossaryProblems(['detainer', 'ice'], [detainer, ice], uses).map(formatProblem)).toEqual([
			'content/explainers/x.mdx:3:3  <Term id="detainers">: unknown glossary term "detainers". Use the name of a file in content/glossary/, without .yaml. Did you mean "detainer"?',
		]);
	});
});
