// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * ESLint, flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
 * for the site (src/), the tools (scripts/) and the tests. `npm run lint`; CI runs it.
 */
export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'screenshots/', 'schemas/', 'public/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: {
				console: 'readonly',
				process: 'readonly',
				URL: 'readonly',
				window: 'readonly',
				document: 'readonly',
			},
		},
		rules: {
			// The site's scripts try localStorage and, when the browser refuses it, simply go on
			// with the system theme: `catch {}` says that. Other empty blocks are still errors.
			'no-empty': ['error', { allowEmptyCatch: true }],
			// `_name` marks a parameter a callback must accept but does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
		},
	},
);
