/**
 * The shading of a map: a few fixed classes of the number of agreements, so that the legend
 * reads as plain ranges and a state's shade does not change when another state's count does.
 */
export interface Level {
	readonly index: number;
	readonly min: number;
	readonly max: number | null;
	readonly label: string;
}

export function levels(thresholds: readonly number[]): Level[] {
	return thresholds.map((min, i) => {
		const next = thresholds[i + 1];
		const max = next === undefined ? null : next - 1;
		const label = min === 0 ? 'None' : max === null ? `${min.toLocaleString('en-US')} or more` : min === max ? String(min) : `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
		return { index: i, min, max, label };
	});
}

export function levelOf(value: number, all: readonly Level[]): Level {
	return [...all].reverse().find((l) => value >= l.min) ?? (all[0] as Level);
}

/** States: agreements per state or territory. */
export const STATE_LEVELS = levels([0, 1, 10, 50, 200]);
/** Counties: agreements per county. */
export const COUNTY_LEVELS = levels([0, 1, 3, 6]);
