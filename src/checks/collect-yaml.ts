import { isScalar, visit as visitYaml, type Pair } from 'yaml';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';
import type { LocatedCitation } from './collect-mdx.ts';

/**
 * Finds every citation in a data file, as the content layer parsed it: any mapping with a
 * `source` and a `quote`.
 *
 * In:  `citations:\n  - source: tnnd\n    quote: "1,120 arrests"`
 * Out: `[{ source: 'tnnd', quote: '1,120 arrests', line: 3, column: 12, ... }]`
 */
export function citationsInYaml(file: string, yaml: LocatedYaml): LocatedCitation[] {
	const found: LocatedCitation[] = [];
	visitYaml(yaml.document, {
		Map(_, map) {
			const get = (key: string) => map.items.find((p: Pair) => isScalar(p.key) && p.key.value === key)?.value;
			const source = get('source');
			const quote = get('quote');
			if (!isScalar(source) || !isScalar(quote)) return;
			if (typeof source.value !== 'string' || typeof quote.value !== 'string') return;
			found.push({ file, ...yaml.position(quote.range?.[0] ?? 0), role: 'cite', source: source.value, quote: quote.value });
		},
	});
	return found;
}
