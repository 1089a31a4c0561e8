/**
 * What a copy of this project needs in order to build the site: the one list used by the
 * benchmark and by the tests' fixture projects. `/contribute/` renders CONTRIBUTING.md and
 * `/es/contribute/` CONTRIBUTING.es.md, so the guides are part of the site; data/ holds ICE's
 * lists, which /agreements/ and the figures count.
 */
export const SITE_FILES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'public',
	'content',
	'seeds',
	'data',
	'CONTRIBUTING.md',
	'CONTRIBUTING.es.md',
] as const;

/** Besides the site: what the command-line tools (check, ingest, new) read. */
export const TOOL_FILES = ['scripts', 'templates', 'schemas'] as const;
