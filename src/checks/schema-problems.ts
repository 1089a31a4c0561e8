import type { z } from 'astro/zod';
import type { Problem } from '../corpus/problems.ts';
import type { LocatedYaml } from './yaml-locate.ts';

const YAML_HINT = 'Fix the YAML syntax here: close quotes and brackets, put a space after each colon, indent with spaces.';

/**
 * Validates data against a collection schema and turns each zod issue into a problem at the
 * line of the offending field, with the field's name and what to write instead.
 */
export function schemaProblems(file: string, yaml: LocatedYaml, schema: z.ZodType): Problem[] {
	if (yaml.errors.length > 0) {
		return yaml.errors.map((e) => ({ file, line: e.line, column: e.column, message: `invalid YAML: ${e.message.replace(/\.$/, '')}. ${YAML_HINT}` }));
	}
	const result = schema.safeParse(yaml.data ?? {});
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const { line, column } = yaml.locate(issue.path);
		const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
		return { file, line, column, message: `${field}: ${issue.message}` };
	});
}
