/**
 * Environment for a child `astro build` started from a test. Vitest copies Vite's
 * `import.meta.env` (BASE_URL, MODE, DEV, PROD, SSR) into `process.env`, and Astro lets
 * process.env override `import.meta.env` in server code: a child build would then see
 * BASE_URL "/" whatever its BASE_PATH. Those keys are left out.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
