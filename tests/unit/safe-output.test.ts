import type { Root } from 'hast';
import { h } from 'hastscript';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/checks/check-content.ts';
import { jsonForScript } from '../../src/render/json-script.ts';
import { isSafeHref, safeHref, schemeOf } from '../../src/lib/safe-url.ts';
import { assertSafeLinks } from '../../src/render/safe-tree.ts';

describe('jsonForScript', () => {
	const value = { headline: 'Notice </script><script>alert(1)</script> & <!-- \u2028\u2029 >' };

	it('escapes <, >, &, U+2028 and U+2029, so no value can end the script element', () => {
		const json = jsonForScript(value);
		expect(json).toBe('{"headline":"Notice \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029 \\u003e"}');
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
	});

	it('reads back as the same value', () => {
		expect(JSON.parse(jsonForScript(value))).toEqual(value);
	});
});

describe('safe addresses', () => {
	it.each(['https://www.ice.gov/287g', 'http://example.org/a?b=c#d', '/sources/x/#p-3', '#ref-1', '?q=x', 'relative/path/', '//example.org/x'])(
		'accepts %s',
		(address) => {
			expect(isSafeHref(address)).toBe(true);
			expect(safeHref(address)).toBe(address);
		},
	);

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:x',
		'file:///etc/passwd',
		'https://',
		'mailto:x@example.org',
	])('refuses %s', (address) => {
		expect(isSafeHref(address)).toBe(false);
		expect(() => safeHref(address)).toThrow(/only http:\/\/ and https:\/\/ addresses/);
	});

	it('reads the scheme the way a browser does', () => {
		expect(schemeOf('java\nscript:x')).toBe('javascript:');
		expect(schemeOf('/a:b')).toBeUndefined();
	});

	it('checks every address of a hast tree before it becomes HTML', () => {
		const good: Root = { type: 'root', children: [h('a', { href: 'https://example.org/' }, 'ok')] };
		expect(assertSafeLinks(good)).toBe(good);
		const bad: Root = { type: 'root', children: [h('p', [h('a', { href: 'javascript:alert(1)' }, 'x')])] };
		expect(() => assertSafeLinks(bad)).toThrow('refusing to link to "javascript:alert(1)"');
	});
});

/** Every URL field of a zod schema, by path: found by walking the schema, so later fields are covered. */
function urlFields(schema: z.ZodType, path: string[] = []): { path: string[]; schema: z.ZodType }[] {
	const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
	if (def['type'] === 'string' && def['format'] === 'url') return [{ path, schema }];
	const children: [string | undefined, z.ZodType][] = [];
	if (def['shape']) children.push(...Object.entries(def['shape'] as Record<string, z.ZodType>));
	for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'left', 'right'] as const)
		if (def[key]) children.push([undefined, def[key] as z.ZodType]);
	if (Array.isArray(def['options'])) children.push(...(def['options'] as z.ZodType[]).map((o) => [undefined, o] as [undefined, z.ZodType]));
	return children.flatMap(([key, child]) => urlFields(child, key === undefined ? path : [...path, key]));
}

describe('every URL field of every content schema', () => {
	const fields = Object.entries(SCHEMAS).flatMap(([kind, schema]) => urlFields(schema).map((f) => ({ ...f, name: `${kind}: ${f.path.join('.')}` })));

	it("finds the known ones: articles' url and alsoAt, references' url", () => {
		expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['article: url', 'article: alsoAt', 'reference: url']));
	});

	it.each(fields.map((f) => [f.name, f] as const))('%s accepts http: and https: only', (_name, field) => {
		expect(field.schema.safeParse('https://www.example.org/a').success).toBe(true);
		expect(field.schema.safeParse('http://www.example.org/a').success).toBe(true);
		for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
			expect(field.schema.safeParse(bad).success, bad).toBe(false);
		}
	});
});
