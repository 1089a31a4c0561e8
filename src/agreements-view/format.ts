import { formatDateSpec, parseDateSpec, type DateSpec } from '../lib/dates.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/** The day of a list or a signing date (`2026-05-18T09:00` → May 18, 2026), as a DateSpec. */
export function day(date: string): DateSpec {
	const spec = parseDateSpec(date.slice(0, 10));
	if (typeof spec === 'string') throw new Error(`Not a date: "${date}" (${spec})`);
	return spec;
}

export const dayText = (date: string): string => formatDateSpec(day(date));

export const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const modelShort = (m: ModelId): string => MODELS[m].short;
export const modelName = (m: ModelId): string => MODELS[m].name;
