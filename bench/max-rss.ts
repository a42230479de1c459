/** Preload (`node --import`) used when GNU time is missing: writes the process's peak RSS (KiB) on exit. */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_MAX_RSS_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
