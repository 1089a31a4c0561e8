import { z } from 'astro/zod';

/** The three 287(g) models, by the short ids used in content and in search filters. */
export const MODELS = {
	jem: { name: 'Jail Enforcement Model', short: 'JEM' },
	tfm: { name: 'Task Force Model', short: 'TFM' },
	wso: { name: 'Warrant Service Officer', short: 'WSO' },
} as const;

export type ModelId = keyof typeof MODELS;

export const modelIdSchema = z.enum(['jem', 'tfm', 'wso'], {
	error: 'Use one of the model ids: jem, tfm, wso.',
});

export const modelsSchema = z.array(modelIdSchema).default([]);
