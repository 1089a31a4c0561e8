import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { SeedSource } from './corpus/source.ts';
import { checkedGlob } from './loaders/checked-glob.ts';
import { seedsLoader } from './loaders/seeds.ts';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { figureSchema } from './schemas/figure.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { referenceSchema } from './schemas/reference.ts';
import { timelineSchema } from './schemas/timeline.ts';

/** The only place collections are defined. Each schema documents its fields for contributors. */
export const collections = {
	/** `seeds/*.txt`, exactly as received, read by the custom loader. */
	sources: defineCollection({ loader: seedsLoader(), schema: z.custom<SeedSource>() }),
	// Translations sit in a folder named by their locale (`es/`), with ids like `es/history`.
	articles: defineCollection({ loader: checkedGlob({ pattern: '**/*.mdx', base: './content/articles' }), schema: articleSchema }),
	explainers: defineCollection({ loader: checkedGlob({ pattern: '**/*.mdx', base: './content/explainers' }), schema: explainerSchema }),
	glossary: defineCollection({ loader: checkedGlob({ pattern: '*.yaml', base: './content/glossary' }), schema: glossarySchema }),
	timeline: defineCollection({ loader: checkedGlob({ pattern: '*.yaml', base: './content/timeline' }), schema: timelineSchema }),
	figures: defineCollection({ loader: checkedGlob({ pattern: '*.yaml', base: './content/figures' }), schema: figureSchema }),
	references: defineCollection({ loader: checkedGlob({ pattern: '*.yaml', base: './content/references' }), schema: referenceSchema }),
	comparison: defineCollection({ loader: checkedGlob({ pattern: 'comparison.yaml', base: './content' }), schema: comparisonSchema }),
};
