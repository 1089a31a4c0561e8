/**
 * Preloaded into a measured build with `node --import`: on exit, writes the peak resident set
 * size of the build's own process (in bytes) where BENCH_MAX_RSS_FILE says.
 */
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_MAX_RSS_FILE'];
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
