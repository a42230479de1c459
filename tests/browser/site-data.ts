/** Reads the built site's strategy.json so browser tests pick real briefs instead of hard-coding ids. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StrategyExport } from '../../site/lib/derive/strategy-export.ts';

export function strategyOf(siteDir: string): StrategyExport {
  return JSON.parse(readFileSync(join(siteDir, 'strategy.json'), 'utf8')) as StrategyExport;
}
