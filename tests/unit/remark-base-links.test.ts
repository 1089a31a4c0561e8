import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../src/render/markdown-hast.ts';

/** Through the pipeline of Markdown fields (glossary bodies), which runs remarkBaseLinks as MDX does. */
async function html(markdown: string, base: string): Promise<string> {
	return toHtml(markdownToHast(markdown, { base }));
}

describe('remarkBaseLinks', () => {
	it('puts the base path in front of root-relative links, inline and by reference', async () => {
		expect(await html('[Sources](/sources/#x)', '/287g/')).toBe('<p><a href="/287g/sources/#x">Sources</a></p>');
		expect(await html('[Sources][s]\n\n[s]: /sources/', '/287g/')).toBe('<p><a href="/287g/sources/">Sources</a></p>');
	});

	it('leaves external, protocol-relative, fragment and relative links alone', async () => {
		const out = await html('[a](https://x.org/) [b](//x.org/) [c](#p-1) [d](../e/)', '/287g/');
		expect(out).toBe('<p><a href="https://x.org/">a</a> <a href="//x.org/">b</a> <a href="#p-1">c</a> <a href="../e/">d</a></p>');
	});

	it('changes nothing at the root base', async () => {
		expect(await html('[Sources](/sources/)', '/')).toBe('<p><a href="/sources/">Sources</a></p>');
	});
});
