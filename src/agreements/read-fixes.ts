import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../corpus/problems.ts';
import { parseLocatedYaml } from '../corpus/yaml-locate.ts';
import { NO_FIXES, type CountyFix, type Fixes, type SignedFix, type StateFix } from './fixes.ts';
import { stateCode } from './states.ts';

export const FIXES_FILE = 'content/agreements/fixes.yaml';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** content/agreements/fixes.yaml, checked: every fix names what it corrects, to what, and why. */
export function readFixes(root: string): { fixes: Fixes; problems: Problem[] } {
	const path = join(root, FIXES_FILE);
	if (!existsSync(path)) return { fixes: NO_FIXES, problems: [] };
	const yaml = parseLocatedYaml(readFileSync(path, 'utf8'));
	const problems: Problem[] = yaml.errors.map((e) => ({ file: FIXES_FILE, line: e.line, column: e.column, message: `YAML syntax: ${e.message}` }));
	const data = (yaml.data ?? {}) as { states?: unknown; counties?: unknown; signed?: unknown };
	const states: StateFix[] = [];
	const counties: CountyFix[] = [];
	const signed: SignedFix[] = [];
	const list = (key: 'states' | 'counties' | 'signed') => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
	list('states').forEach((f, i) => {
		const missing = ['from', 'to', 'reason'].filter((k) => !isText(f?.[k]));
		if (missing.length === 0 && !stateCode(String(f.to))) missing.push('a `to` that is a state or territory (`PA`)');
		if (missing.length > 0) problems.push({ file: FIXES_FILE, ...yaml.locate(['states', i]), message: `A state fix needs ${missing.join(', ')}.` });
		else states.push({ from: String(f.from), to: stateCode(String(f.to))!, reason: String(f.reason) });
	});
	list('counties').forEach((f, i) => {
		const missing = ['state', 'from', 'reason'].filter((k) => !isText(f?.[k]));
		if (!(f && (f.to === null || isText(f.to)))) missing.push('to (a county, or null)');
		if (missing.length > 0) {
			problems.push({ file: FIXES_FILE, ...yaml.locate(['counties', i]), message: `A county fix needs ${missing.join(', ')}.` });
		} else counties.push({ state: String(f.state), from: String(f.from), to: f.to === null ? null : String(f.to), reason: String(f.reason) });
	});
	list('signed').forEach((f, i) => {
		const missing = ['from', 'to', 'reason'].filter((k) => !isText(f?.[k]));
		if (missing.length === 0 && !/^\d{4}-\d{2}-\d{2}$/.test(String(f.to))) missing.push('a `to` written YYYY-MM-DD');
		if (missing.length > 0) problems.push({ file: FIXES_FILE, ...yaml.locate(['signed', i]), message: `A signing-date fix needs ${missing.join(', ')}.` });
		else signed.push({ from: String(f.from), to: String(f.to), reason: String(f.reason) });
	});
	return { fixes: { states, counties, signed }, problems };
}
