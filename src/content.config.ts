import { defineCollection } from 'astro:content';
import { checkedGlob } from './loaders/checked-glob.ts';
import { dataFiles } from './loaders/data-files.ts';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { figureSchema } from './schemas/figure.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { timelineSchema } from './schemas/timeline.ts';

/**
 * The collections pages read. Each schema documents its fields for contributors.
 *
 * The data files come from the content layer (`src/content-layer/`), which has read and parsed
 * them for the checks: `dataFiles` hands them over without reading them again. MDX files go
 * through Astro's `glob()`, which compiles them for `render()`. Seeds and external references
 * are not collections: pages read them, checked and joined, as the corpus (`src/content.ts`).
 */
export const collections = {
	// Translations sit in a folder named by their locale (`es/`), with ids like `es/history`.
	articles: defineCollection({ loader: checkedGlob({ pattern: '**/*.mdx', base: './content/articles' }), schema: articleSchema }),
	explainers: defineCollection({ loader: checkedGlob({ pattern: '**/*.mdx', base: './content/explainers' }), schema: explainerSchema }),
	glossary: defineCollection({ loader: dataFiles('glossary'), schema: glossarySchema }),
	timeline: defineCollection({ loader: dataFiles('timeline'), schema: timelineSchema }),
	figures: defineCollection({ loader: dataFiles('figure'), schema: figureSchema }),
	comparison: defineCollection({ loader: dataFiles('comparison'), schema: comparisonSchema }),
};
