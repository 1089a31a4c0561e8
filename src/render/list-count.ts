import { COUNT_WHATS, countList, nearestList, type CountWhat } from '../agreements-view/list-counts.ts';
import type { AgreementList, AgreementsData } from '../agreements/types.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';
import { parseDateSpec } from '../lib/dates.ts';

/**
 * `<ListCount model="tfm" state="TX" what="agencies" date="2025-05-01" />` in an explainer: a
 * number taken from ICE's list at build time, never typed by hand. Every prop is optional: the
 * default is every agreement on the latest list.
 *
 * In:  `{ model: 'tfm', state: 'TX' }` and the lists
 * Out: `{ value: 412, what: 'agreements', list: <latest list> }`
 * In:  `{ model: 'xyz', date: '2019-13' }`
 * Out: an Error listing both problems and what to write instead.
 */
export interface ListCountProps {
	readonly model?: string | undefined;
	readonly state?: string | undefined;
	readonly what?: string | undefined;
	/** "As of": the list nearest this date (`2025-05-01`, `2025-05`); the latest list without it. */
	readonly date?: string | undefined;
}

export interface ListCountValue {
	readonly value: number;
	readonly what: CountWhat;
	readonly list: AgreementList;
}

const isModel = (m: string): m is ModelId => Object.hasOwn(MODELS, m);

/** The number a `<ListCount>` shows, or an error naming every problem of its props. */
export function resolveListCount(props: ListCountProps, data: Pick<AgreementsData, 'lists' | 'latest'>): ListCountValue {
	const problems: string[] = [];
	const model = props.model;
	if (model !== undefined && !isModel(model)) problems.push(`model="${model}" is not a model: use one of ${Object.keys(MODELS).join(', ')}.`);
	const what = (props.what ?? 'agreements') as CountWhat;
	if (!COUNT_WHATS.includes(what)) problems.push(`what="${props.what}" is not a count of the list: use ${COUNT_WHATS.join(' or ')}.`);
	const states = new Set(data.lists.flatMap((l) => l.rows.map((r) => r.state)));
	const state = props.state?.toUpperCase();
	if (state !== undefined && !states.has(state)) {
		problems.push(`state="${props.state}" is on none of ICE's lists: use a USPS code, e.g. TX, NC, GU.`);
	}
	let list: AgreementList | undefined = data.latest;
	if (props.date !== undefined) {
		const span = parseDateSpec(props.date);
		if (typeof span === 'string') problems.push(`date="${props.date}": ${span}`);
		else {
			list = nearestList(data.lists, span)?.list;
			if (!list) problems.push(`date="${props.date}": no archived list is within a month of that date.`);
		}
	}
	if (problems.length > 0 || !list) throw new Error(`<ListCount> cannot count ICE's list:\n  ${problems.join('\n  ')}`);
	const counts = countList(list, { models: model && isModel(model) ? [model] : [], state });
	return { value: counts[what], what, list };
}
