import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { formatReview, passageInContext, reviewPage, type ReviewItem } from '../../src/ingest/review.ts';
import { corpusOf } from '../support/corpus.ts';

const corpus = corpusOf({
	sheriff: 'Sheriff signs agreement\nThe sheriff signed a 287(g) agreement with ICE on Monday. Deputies will be trained.\nCritics objected.',
});

const review = (mdx: string) => reviewPage(parseMdx(mdx), corpus);
const sentences = (items: ReviewItem[]) => items.filter((i) => i.kind === 'sentence');

describe('reviewPage', () => {
	it('gives each sentence the passages after it, back to the previous citation, with the paragraph they come from', () => {
		const items = sentences(
			review(
				'A sheriff signed. It was Monday.<Cite source="sheriff" quote="signed a 287(g) agreement with ICE on Monday" /> Critics objected.<Cite source="sheriff" quote="Critics objected." />\n',
			),
		);
		expect(items.map((s) => [s.text, s.covers.map((c) => (c.kind === 'passage' ? `${c.source} p${c.paragraph}: ${c.passage}` : c.kind))])).toEqual([
			['A sheriff signed.', ['sheriff p2: signed a 287(g) agreement with ICE on Monday']],
			['It was Monday.', ['sheriff p2: signed a 287(g) agreement with ICE on Monday']],
			['Critics objected.', ['sheriff p3: Critics objected.']],
		]);
		const first = items[0]!.covers[0]!;
		expect(first.kind === 'passage' && first.context).toBe('The sheriff ⟪signed a 287(g) agreement with ICE on Monday⟫. Deputies will be trained.');
	});

	it('shows markers, pointers, uncovered sentences and quotes that do not match', () => {
		const items = sentences(
			review(
				'About us. {/* uncited: about the site */}\n\nSee [the debate](/debate/) for both sides.\n\nFact.<Cite source="sheriff" quote="signed a deal" /> Left over.\n',
			),
		);
		expect(items.map((s) => [s.text, s.pointer, s.covers.map((c) => c.kind)])).toEqual([
			['About us.', false, ['marker']],
			['See the debate for both sides.', true, []],
			['Fact.', false, ['missing']],
			['Left over.', false, []],
		]);
	});

	it('lists headings for orientation', () => {
		expect(review('## Who pays\n\nText.<Cite source="sheriff" quote="Critics objected." />\n')[0]).toEqual({ kind: 'heading', text: 'Who pays', depth: 2 });
	});
});

describe('formatReview', () => {
	it('prints each sentence at file:line:column, with a mark for each kind of cover', () => {
		const text = formatReview(
			'e.mdx',
			review('## Who\n\nIt was Monday.<Cite source="sheriff" quote="on Monday" /> Left over. {/* uncited: a test */}\n\nNot covered.\n'),
		);
		expect(text).toBe(
			[
				'## Who',
				'',
				'e.mdx:3:1  It was Monday.',
				'    ✓ sheriff, paragraph 2 (Sheriff signs agreement)',
				'      “on Monday”',
				'      in: The sheriff signed a 287(g) agreement with ICE ⟪on Monday⟫. Deputies will be trained.',
				'e.mdx:3:59  Left over.',
				'    – uncited: a test',
				'e.mdx:5:1  Not covered.',
				'    ✗ no citation covers this sentence',
				'',
			].join('\n'),
		);
	});
});

describe('passageInContext', () => {
	it('cuts a long paragraph around the passage', () => {
		const paragraph = `${'a'.repeat(300)}PASSAGE${'b'.repeat(300)}`;
		const shown = passageInContext(paragraph, 300, 307);
		expect(shown).toBe(`…${'a'.repeat(240)}⟪PASSAGE⟫${'b'.repeat(240)}…`);
	});
});
