import type { z } from 'astro/zod';
import type { Problem } from '../corpus/problems.ts';
import { jsonSchemaOf } from '../schemas/json-schema.ts';
import { contributorErrors } from './error-map.ts';
import { exampleFor } from './field-examples.ts';
import { findPlaceholders } from './placeholders.ts';
import { unknownFields } from './unknown-fields.ts';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((k, i) => k === b[i]);
const fieldName = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(top level)');
const YAML_HINT = 'Fix the YAML syntax here: close quotes and brackets, put a space after each colon, indent with spaces.';

/**
 * Validates data against a collection schema and turns each zod issue into a problem at the
 * line of the offending field, with the field's name, what is wrong and an example of what is
 * right. Placeholders (`TODO: …`) left from a template and unknown (misspelled) fields are
 * problems too.
 */
export function schemaProblems(file: string, yaml: LocatedYaml, schema: z.ZodType): Problem[] {
	if (yaml.errors.length > 0) {
		return yaml.errors.map((e) => ({ file, line: e.line, column: e.column, message: `invalid YAML: ${e.message.replace(/\.$/, '')}. ${YAML_HINT}` }));
	}
	const data = yaml.data ?? {};
	const at = (path: readonly PropertyKey[]) => ({ file, ...yaml.locate(path) });
	const placeholders = findPlaceholders(data);
	const problems: Problem[] = placeholders.map((p) => ({
		...at(p.path),
		message: `${fieldName(p.path)}: still a placeholder. Replace it with ${p.value.replace(/^\s*TODO:\s*/, '')}`,
	}));
	for (const u of unknownFields(jsonSchemaOf(schema), data)) problems.push({ ...at(u.path), message: `${fieldName(u.path)}: ${u.message}` });
	const result = schema.safeParse(data, { error: contributorErrors, reportInput: true });
	for (const issue of result.error?.issues ?? []) {
		if (placeholders.some((p) => samePath(p.path, issue.path))) continue;
		const example = exampleFor(
			issue.path,
			'values' in issue ? { values: issue.values as unknown[] } : 'expected' in issue ? { expected: String(issue.expected) } : {},
		);
		problems.push({ ...at(issue.path), message: `${fieldName(issue.path)}: ${issue.message}${example ? `\n  e.g. ${example}` : ''}` });
	}
	return problems;
}
