import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, firstMentions, splitAtMentions } from '../../src/corpus/term-matcher.ts';
import { TERMS } from '../support/glossary.ts';

const matcher = compileTerms(TERMS);

/** `id:matched text` for every mention, the easiest form to read in a failing test. */
function found(text: string): string[] {
	return findTerms(matcher, text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('term matcher: acronyms and case', () => {
	it('matches an acronym only in capitals, never inside a word', () => {
		expect(found('The police and ICE met; justice, ice, Ice and device are words. ICEs, ICE’s, ICE-led.')).toEqual(['ice:ICE', 'ice:ICE', 'ice:ICE']);
	});

	it('matches an ordinary term with either case of its first letter only', () => {
		expect(found('A detainer. Detainer forms. DETAINER in capitals. An immigration detainer.')).toEqual([
			'detainer:detainer',
			'detainer:Detainer',
			'detainer:immigration detainer',
		]);
	});

	it('does not match a proper name written as ordinary words', () => {
		expect(found('Policies to keep secure communities; the Secure Communities program.')).toEqual(['secure-communities:Secure Communities']);
	});

	it('matches a form number exactly, with any dash', () => {
		expect(found('Form I-247A, form I–247A, Form i-247a.')).toEqual(['detainer:Form I-247A', 'detainer:form I–247A']);
		// The same dash variants as quote matching (normalise.ts), e.g. a horizontal bar or a minus sign.
		expect(found('Form I\u2015247A and form I\u2212247A.')).toEqual(['detainer:Form I\u2015247A', 'detainer:form I\u2212247A']);
	});
});

describe('term matcher: words, plurals and spacing', () => {
	it('matches plurals of spellings that end in a lower-case letter', () => {
		expect(found('Two detainers, many Task Force Models.')).toEqual(['detainer:detainers', 'task-force-model:Task Force Models']);
	});

	it('does not stretch a term into a longer word', () => {
		expect(found('detainerless, Detainered, preDetainer')).toEqual([]);
	});

	it('matches across line breaks, no-break spaces and dash variants', () => {
		expect(found('Task\nForce Model, Task\u00a0Force Model, McCarran–Walter Act')).toEqual([
			'task-force-model:Task\nForce Model',
			'task-force-model:Task\u00a0Force Model',
			'ina:McCarran–Walter Act',
		]);
	});

	it('takes the longest spelling at a place', () => {
		expect(found('The Task Force Model, a Task Force, the U.S. Immigration and Customs Enforcement office.')).toEqual([
			'task-force-model:Task Force Model',
			'task-force:Task Force',
			'ice:U.S. Immigration and Customs Enforcement',
		]);
	});

	it('keeps an alias whose plural is irregular', () => {
		expect(found('Officers issue Notices to Appear (NTA).')).toEqual(['notice-to-appear:Notices to Appear', 'notice-to-appear:NTA']);
	});
});

describe('term matcher: 287(g)', () => {
	it('matches 287(g), 287 (g) and 287g, and the longer aliases as a whole', () => {
		expect(found('287(g); 287 (g); 287g; Section 287(g); section 287g; the 287(g) program.')).toEqual([
			'section-287g:287(g)',
			'section-287g:287 (g)',
			'section-287g:287g',
			'section-287g:Section 287(g)',
			'section-287g:section 287g',
			'section-287g:287(g) program',
		]);
	});

	it('does not match other sections, longer numbers or trailing letters', () => {
		expect(found('287(h), 1287(g), 287(g)x, 287gx, 2870(g), 287G')).toEqual([]);
	});

	it('links a paragraph of the section, 287(g)(1), by its section', () => {
		expect(found('Under 287(g)(1), ')).toEqual(['section-287g:287(g)']);
	});

	it('matches after a section sign or an opening quote', () => {
		expect(found('§287(g) and “287(g)”')).toEqual(['section-287g:287(g)', 'section-287g:287(g)']);
	});
});

describe('firstMentions', () => {
	it('returns the first mention of each term, and remembers it across texts', () => {
		const seen = new Set<string>();
		const first = firstMentions(matcher, 'ICE may issue a detainer. ICE may issue another detainer.', seen);
		expect(first.map((m) => [m.id, m.start])).toEqual([
			['ice', 0],
			['detainer', 16],
		]);
		expect(firstMentions(matcher, 'Then ICE and a Notice to Appear.', seen).map((m) => m.id)).toEqual(['notice-to-appear']);
		expect([...seen]).toEqual(['ice', 'detainer', 'notice-to-appear']);
	});

	it('counts an acronym and its term as one term', () => {
		const seen = new Set<string>();
		expect(firstMentions(matcher, 'Immigration and Customs Enforcement (ICE)', seen).map((m) => m.id)).toEqual(['ice']);
	});

	it('counts terms, not spellings, so that it knows when every term is linked', () => {
		expect(matcher.count).toBe(TERMS.length);
	});

	it('finds nothing when the glossary is empty', () => {
		expect(findTerms(compileTerms([]), 'ICE and 287(g)')).toEqual([]);
	});
});

describe('splitAtMentions', () => {
	it('cuts a text into pieces that join back into the same text', () => {
		const text = 'ICE may issue a detainer.';
		const pieces = splitAtMentions(text, findTerms(matcher, text));
		expect(pieces).toEqual([{ text: 'ICE', id: 'ice' }, { text: ' may issue a ' }, { text: 'detainer', id: 'detainer' }, { text: '.' }]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});
});
