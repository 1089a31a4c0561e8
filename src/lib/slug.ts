/**
 * The one slug function: readable, ASCII, lower-case, at most `maxWords` words.
 *
 * In:  `Operation between ICE and West Virginia leaves 650 illegal immigrants detained`
 * Out: `operation-between-ice-and-west-virginia-leaves-650`
 */
export function slugify(text: string, maxWords = 8): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/(\d),(\d)/g, '$1$2')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, maxWords)
		.join('-');
}
