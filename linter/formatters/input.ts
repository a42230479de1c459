/**
 * What every formatter accepts: the engine's lint results, or vfiles (what remark-cli and
 * unified-engine hand a reporter), so the same report comes out of both, and `vfile-reporter`
 * can print what `handbook lint` found (`resultsToVFiles`).
 */
import type { VFile } from 'vfile';
import type { FileResult } from '../engine/types.ts';
import { vfilesToResults } from '../engine/vfile-messages.ts';

/** Lint results, or vfiles carrying handbook messages. */
export type ReportInput = readonly FileResult[] | readonly VFile[];

function isVFile(value: FileResult | VFile): value is VFile {
  return 'data' in value && 'history' in value;
}

/** The lint results of a report input. */
export function resultsOf(input: ReportInput): readonly FileResult[] {
  const first = input[0];
  return first !== undefined && isVFile(first)
    ? vfilesToResults(input as readonly VFile[])
    : (input as readonly FileResult[]);
}
