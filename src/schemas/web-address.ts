import { z } from 'astro/zod';
import { WEB_SCHEMES } from '../lib/safe-url.ts';

const SCHEMES = new RegExp(`^(${WEB_SCHEMES.map((s) => s.slice(0, -1)).join('|')})$`);

/**
 * A web address from a content file: `http:` or `https:` with a host, nothing else, so that no
 * address in the content can run code when a reader follows the link (`javascript:`, `data:`).
 * Every URL field of every schema uses this, never `z.url()` alone; the message
 * (`error-map.ts`) names the value and says what to write instead.
 */
export const webAddressSchema = z.url({ protocol: SCHEMES });
