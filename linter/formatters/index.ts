/** The output formats of `handbook lint`, by name; each takes lint results or vfiles. */
import type { ReportInput } from './input.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatSarif, type SarifRule } from './sarif.ts';
import { formatStylish } from './stylish.ts';

export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

/** Everything any formatter may need; each takes what it uses. */
export interface FormatContext {
  color: boolean;
  /** The handbook root relative to the cwd (POSIX), prefixed to paths by stylish, sarif, github. */
  pathPrefix: string;
  version: string;
  rules: readonly SarifRule[];
  informationUri?: string | undefined;
}

export const formatters: Record<
  FormatName,
  (results: ReportInput, context: FormatContext) => string
> = {
  stylish: (results, context) => formatStylish(results, context),
  json: (results) => formatJson(results),
  sarif: (results, context) => formatSarif(results, context),
  github: (results, context) => formatGithub(results, context),
};

/** Whether `name` is a known format. */
export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name);
}
