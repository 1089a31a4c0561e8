/**
 * Fields a template or `npm run ingest` leaves for a person to fill start with `TODO:`, followed
 * by what to write. The check reports each one left, at its line, with that instruction.
 */
const MARK = 'TODO:';

/** A placeholder value: `todo('one of high, medium, low')` is `TODO: one of high, medium, low`. */
export function todo(instruction: string): string {
	return `${MARK} ${instruction}`;
}

export function isPlaceholder(value: unknown): value is string {
	return typeof value === 'string' && value.trimStart().startsWith(MARK);
}

/** Every placeholder in parsed data, with its path, e.g. `[{ path: ['published', 'date'], value }]`. */
export function findPlaceholders(data: unknown, path: readonly PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
	if (isPlaceholder(data)) return [{ path: [...path], value: data }];
	if (Array.isArray(data)) return data.flatMap((item, i) => findPlaceholders(item, [...path, i]));
	if (data && typeof data === 'object' && !(data instanceof Date)) {
		return Object.entries(data).flatMap(([key, value]) => findPlaceholders(value, [...path, key]));
	}
	return [];
}
