/** USPS codes of the states, DC and the territories, by the name ICE prints in its STATE column. */
export const STATE_CODES: Readonly<Record<string, string>> = {
	alabama: 'AL',
	alaska: 'AK',
	arizona: 'AZ',
	arkansas: 'AR',
	california: 'CA',
	colorado: 'CO',
	connecticut: 'CT',
	delaware: 'DE',
	'district of columbia': 'DC',
	florida: 'FL',
	georgia: 'GA',
	hawaii: 'HI',
	idaho: 'ID',
	illinois: 'IL',
	indiana: 'IN',
	iowa: 'IA',
	kansas: 'KS',
	kentucky: 'KY',
	louisiana: 'LA',
	maine: 'ME',
	maryland: 'MD',
	massachusetts: 'MA',
	michigan: 'MI',
	minnesota: 'MN',
	mississippi: 'MS',
	missouri: 'MO',
	montana: 'MT',
	nebraska: 'NE',
	nevada: 'NV',
	'new hampshire': 'NH',
	'new jersey': 'NJ',
	'new mexico': 'NM',
	'new york': 'NY',
	'north carolina': 'NC',
	'north dakota': 'ND',
	ohio: 'OH',
	oklahoma: 'OK',
	oregon: 'OR',
	pennsylvania: 'PA',
	'rhode island': 'RI',
	'south carolina': 'SC',
	'south dakota': 'SD',
	tennessee: 'TN',
	texas: 'TX',
	utah: 'UT',
	vermont: 'VT',
	virginia: 'VA',
	washington: 'WA',
	'west virginia': 'WV',
	wisconsin: 'WI',
	wyoming: 'WY',
	'puerto rico': 'PR',
	guam: 'GU',
	'northern mariana islands': 'MP',
	'commonwealth of the northern mariana islands': 'MP',
	'u.s. virgin islands': 'VI',
	'virgin islands': 'VI',
	'american samoa': 'AS',
};

/** The name of each code, for pages: `NC` → `North Carolina`. */
export const STATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(STATE_CODES)
		.filter(([name]) => !name.startsWith('commonwealth') && name !== 'virgin islands')
		.map(([name, code]) => [
			code,
			name
				.replace(/\b[a-z]/g, (c) => c.toUpperCase())
				.replace(/\bOf\b/, 'of')
				.replace('U.s.', 'U.S.'),
		]),
);

/** `North Carolina`, `NORTH CAROLINA`, `NC` → `NC`; null when the value names no state or territory. */
export function stateCode(value: string): string | null {
	const v = value.trim().replace(/\s+/g, ' ').toLowerCase();
	if (STATE_CODES[v]) return STATE_CODES[v];
	const upper = v.toUpperCase();
	return Object.values(STATE_CODES).includes(upper) ? upper : null;
}
