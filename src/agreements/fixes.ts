/**
 * The reviewed corrections to ICE's lists (content/agreements/fixes.yaml): a misspelled county,
 * a typed signing date. Each has a reason a person wrote; nothing is corrected by guessing.
 */
export interface CountyFix {
	readonly state: string;
	readonly from: string;
	/** The county's name, or null where ICE's value names no county. */
	readonly to: string | null;
	readonly reason: string;
}

export interface SignedFix {
	readonly from: string;
	readonly to: string;
	readonly reason: string;
}

/** A misspelled STATE value (`PENNSLYVANIA`) and the USPS code it names. */
export interface StateFix {
	readonly from: string;
	readonly to: string;
	readonly reason: string;
}

export interface Fixes {
	readonly states: readonly StateFix[];
	readonly counties: readonly CountyFix[];
	readonly signed: readonly SignedFix[];
}

export const NO_FIXES: Fixes = { states: [], counties: [], signed: [] };

/** The fixes as lookups: county by `STATE|value` (case and spaces folded), signed by the typed text. */
export interface FixIndex {
	state(value: string): StateFix | undefined;
	county(state: string, value: string): CountyFix | undefined;
	signed(value: string): SignedFix | undefined;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function indexFixes(fixes: Fixes): FixIndex {
	const counties = new Map(fixes.counties.map((f) => [`${f.state}|${fold(f.from)}`, f]));
	const signed = new Map(fixes.signed.map((f) => [f.from.trim(), f]));
	const states = new Map(fixes.states.map((f) => [fold(f.from), f]));
	return {
		state: (value) => states.get(fold(value)),
		county: (state, value) => counties.get(`${state}|${fold(value)}`),
		signed: (value) => signed.get(value.trim()),
	};
}
