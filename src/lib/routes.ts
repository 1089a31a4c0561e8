import { explainerPath } from '../content-layer/files.ts';
import type { ContentKind } from '../content-layer/files.ts';

/**
 * The page each content entry appears on, without the base path. One table for the whole site,
 * so that links, backlinks and the sitemap agree.
 */
export function entryPath(kind: ContentKind, id: string): string {
	switch (kind) {
		case 'article':
			return `/sources/${id}/`;
		case 'explainer':
			return id === 'home' ? '/' : explainerPath(id);
		case 'glossary':
			return `/glossary/#${id}`;
		case 'timeline':
			return `/timeline/#${id}`;
		case 'figure':
			return `/figures/#${id}`;
		case 'comparison':
			return '/models/#compare';
		case 'reference':
			return `/sources/#ref-${id}`;
	}
}
