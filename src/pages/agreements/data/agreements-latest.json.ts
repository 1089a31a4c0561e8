import type { APIRoute } from 'astro';
import { agreementsData } from '../../../agreements-view/source.ts';
import { toJson } from '../../../agreements-view/export.ts';

/** The latest list's normalised rows as JSON, written at build time. */
export const GET: APIRoute = async () => new Response(toJson((await agreementsData()).latest), { headers: { 'Content-Type': 'application/json' } });
