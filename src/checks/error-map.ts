import type { z } from 'astro/zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (value instanceof Date) return 'a date without quotes';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return `the text "${value}"`;
	return `${typeof value} ${String(value)}`;
}

const WANTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
};

/**
 * Zod's messages rewritten for contributors: what is wrong in words they use. Passed to
 * `safeParse` so that messages written in the schemas (enums, dates) still win.
 *
 * In:  `invalid_type`, expected string, input undefined
 * Out: `is missing.`
 */
export const contributorErrors: z.core.$ZodErrorMap = (issue: RawIssue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is missing.';
			return `should be ${WANTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}.`;
		case 'invalid_union':
			// A bare `date: 2025` in YAML is a number; dates are written as text.
			if (typeof issue.input === 'number') return `is not valid: found the number ${issue.input}; write it in quotes.`;
			return `is not valid: found ${describeValue(issue.input)}.`;
		case 'too_small':
			if (issue.origin === 'string' && issue.minimum === 1) return 'is empty.';
			if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s).`;
			return undefined;
		case 'invalid_value':
			return `should be one of ${issue.values.map(String).join(', ')}, not ${describeValue(issue.input)}.`;
		case 'invalid_format':
			if (issue.format !== 'url') return undefined;
			// A scheme the site refuses (javascript:, data:) or no address at all: say which, and what to write.
			return `is not a web address the site can link to: found ${describeValue(issue.input)}. Write the full address of the page, starting with https:// (or http://); no other kind of address is accepted.`;
		default:
			return undefined;
	}
};
