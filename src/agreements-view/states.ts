import { messages, type Locale } from '../i18n/index.ts';
import { slugify } from '../lib/slug.ts';

/**
 * The states, the District of Columbia and the territories as ICE's lists name them (USPS
 * codes), with the FIPS code us-atlas keys its shapes by, and the address of each page.
 */
export interface Place {
	readonly code: string;
	readonly name: string;
	readonly fips: string;
	readonly territory: boolean;
}

const TABLE: readonly (readonly [string, string, string, boolean?])[] = [
	['AL', 'Alabama', '01'],
	['AK', 'Alaska', '02'],
	['AZ', 'Arizona', '04'],
	['AR', 'Arkansas', '05'],
	['CA', 'California', '06'],
	['CO', 'Colorado', '08'],
	['CT', 'Connecticut', '09'],
	['DE', 'Delaware', '10'],
	['DC', 'District of Columbia', '11'],
	['FL', 'Florida', '12'],
	['GA', 'Georgia', '13'],
	['HI', 'Hawaii', '15'],
	['ID', 'Idaho', '16'],
	['IL', 'Illinois', '17'],
	['IN', 'Indiana', '18'],
	['IA', 'Iowa', '19'],
	['KS', 'Kansas', '20'],
	['KY', 'Kentucky', '21'],
	['LA', 'Louisiana', '22'],
	['ME', 'Maine', '23'],
	['MD', 'Maryland', '24'],
	['MA', 'Massachusetts', '25'],
	['MI', 'Michigan', '26'],
	['MN', 'Minnesota', '27'],
	['MS', 'Mississippi', '28'],
	['MO', 'Missouri', '29'],
	['MT', 'Montana', '30'],
	['NE', 'Nebraska', '31'],
	['NV', 'Nevada', '32'],
	['NH', 'New Hampshire', '33'],
	['NJ', 'New Jersey', '34'],
	['NM', 'New Mexico', '35'],
	['NY', 'New York', '36'],
	['NC', 'North Carolina', '37'],
	['ND', 'North Dakota', '38'],
	['OH', 'Ohio', '39'],
	['OK', 'Oklahoma', '40'],
	['OR', 'Oregon', '41'],
	['PA', 'Pennsylvania', '42'],
	['RI', 'Rhode Island', '44'],
	['SC', 'South Carolina', '45'],
	['SD', 'South Dakota', '46'],
	['TN', 'Tennessee', '47'],
	['TX', 'Texas', '48'],
	['UT', 'Utah', '49'],
	['VT', 'Vermont', '50'],
	['VA', 'Virginia', '51'],
	['WA', 'Washington', '53'],
	['WV', 'West Virginia', '54'],
	['WI', 'Wisconsin', '55'],
	['WY', 'Wyoming', '56'],
	['AS', 'American Samoa', '60', true],
	['GU', 'Guam', '66', true],
	['MP', 'Northern Mariana Islands', '69', true],
	['PR', 'Puerto Rico', '72', true],
	['VI', 'U.S. Virgin Islands', '78', true],
];

export const PLACES: readonly Place[] = TABLE.map(([code, name, fips, territory]) => ({ code, name, fips, territory: territory ?? false }));

const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));
const BY_FIPS = new Map(PLACES.map((p) => [p.fips, p]));

/** The place of a USPS code; an unknown code is an error naming it. */
export function place(code: string): Place {
	const found = BY_CODE.get(code);
	if (!found) throw new Error(`Unknown state or territory code "${code}": expected a USPS code such as NC, TX or GU (src/agreements-view/states.ts).`);
	return found;
}

/**
 * A place's name as a page in `locale` shows it: `placeName('NC', 'es')` is `Carolina del Norte`;
 * a place without a name of its own in that language keeps ICE's (`Texas`). Addresses keep the English.
 */
export const placeName = (code: string, locale: Locale = 'en'): string => messages(locale).agreements.places[code] ?? place(code).name;

export const placeByFips = (fips: string): Place | undefined => BY_FIPS.get(fips);

/** The address segment of a place's page: `north-carolina`, `guam`. */
export const placeSlug = (code: string): string => slugify(place(code).name, 12);

/** The page of a place, without the base path: `/agreements/north-carolina/`. */
export const placePath = (code: string): string => `/agreements/${placeSlug(code)}/`;
