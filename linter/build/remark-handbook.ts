/**
 * The per-file rules as a remark plugin, for the site's unified pipeline. It lints the file
 * Astro is compiling (from disk, frontmatter included) and fails it on the first error, so a
 * brief that breaks a rule, or tries to run code, stops before its MDX module is evaluated;
 * in `astro dev` the failure shows in the error overlay as the author types.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/types.ts';
import { lintContentFile } from '../engine/lint-file.ts';
import { applySuppressions } from '../engine/suppressions.ts';
import { reportLine } from './report-line.ts';

export interface RemarkHandbookOptions {
  root: string;
  config: ResolvedConfig;
  /** True when every file was already linted (in `astro build`); the plugin then does nothing. */
  skip?: (() => boolean) | undefined;
}

export function remarkHandbook(options: RemarkHandbookOptions) {
  const contentDir = `${options.root}${sep}content${sep}`;
  return (_tree: Root, file: VFile): void => {
    if (options.skip?.()) return;
    const absolute = file.path;
    if (!absolute || !absolute.startsWith(contentDir)) return;
    const path = relative(options.root, absolute).split(sep).join('/');
    const contentPath = relative(`${options.root}${sep}content`, absolute).split(sep).join('/');
    let bytes: Uint8Array | string;
    try {
      bytes = readFileSync(absolute);
    } catch {
      bytes = String(file.value);
    }
    const outcome = lintContentFile(path, contentPath, bytes, options.config);
    const { kept } = applySuppressions(outcome.messages, outcome.facts.suppressions);
    for (const message of kept) {
      if (message.severity !== 'error') continue;
      const place = { line: message.line, column: message.column };
      // file.fail throws: Astro stops this file and prints the line; the first error is enough.
      file.fail(reportLine(path, message), { place, ruleId: message.ruleId, source: 'handbook' });
    }
  };
}
