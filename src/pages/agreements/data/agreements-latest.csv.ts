import type { APIRoute } from 'astro';
import { agreementsData } from '../../../agreements-view/source.ts';
import { toCsv } from '../../../agreements-view/export.ts';

/** The latest list's normalised rows as CSV, written at build time. */
export const GET: APIRoute = async () => new Response(toCsv((await agreementsData()).latest), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
