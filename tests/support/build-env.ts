/**
 * Vitest copies its own `import.meta.env` into `process.env` (BASE_URL=/, DEV=1, MODE=test,
 * NODE_ENV=test...). An `astro build` started from a test would take them for the site's: a
 * development build at the root, whatever BASE_PATH says. Builds started by tests use this instead.
 */
const VITEST_ENV = ['BASE_URL', 'DEV', 'PROD', 'SSR', 'MODE', 'NODE_ENV'];

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
	for (const key of VITEST_ENV) if (!(key in extra)) delete env[key];
	return env;
}
