import { isScalar, visit as visitYaml, LineCounter, parseDocument, type Pair } from 'yaml';
import type { LocatedCitation } from './collect-mdx.ts';

/**
 * Finds every citation in a data file: any mapping with a `source` and a `quote`.
 *
 * In:  `citations:\n  - source: tnnd\n    quote: "1,120 arrests"`
 * Out: `[{ source: 'tnnd', quote: '1,120 arrests', line: 3, column: 12, ... }]`
 */
export function citationsInYaml(file: string, text: string): LocatedCitation[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const found: LocatedCitation[] = [];
	visitYaml(doc, {
		Map(_, map) {
			const get = (key: string) => map.items.find((p: Pair) => isScalar(p.key) && p.key.value === key)?.value;
			const source = get('source');
			const quote = get('quote');
			if (!isScalar(source) || !isScalar(quote)) return;
			if (typeof source.value !== 'string' || typeof quote.value !== 'string') return;
			const { line, col } = lineCounter.linePos(quote.range?.[0] ?? 0);
			found.push({ file, line, column: col, role: 'cite', source: source.value, quote: quote.value });
		},
	});
	return found;
}
