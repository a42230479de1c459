/**
 * Formatters on vfiles: every format prints the same report from vfiles as from the engine's
 * results, and `vfile-reporter` prints those vfiles with the same positions, messages, rule
 * ids, notes (verbose) and related places (as causes).
 */
import { describe, expect, it } from 'vitest';
import { reporter } from 'vfile-reporter';
import { resultsToVFiles, vfilesToResults } from '../../linter/engine/vfile-messages.ts';
import { formatters, formatNames } from '../../linter/formatters/index.ts';
import { sampleResults } from './sample-results.ts';

const context = { color: false, pathPrefix: '', version: '0.1.0', rules: [] };

describe('formatters on vfiles', () => {
  const vfiles = resultsToVFiles(sampleResults);

  it('round-trips the results without loss', () => {
    expect(vfilesToResults(vfiles)).toEqual(sampleResults);
  });

  it.each(formatNames)('%s prints the same report from vfiles', (name) => {
    expect(formatters[name](vfiles, context)).toBe(formatters[name](sampleResults, context));
  });

  it('vfile-reporter prints the same messages', () => {
    const report = reporter(vfiles, { color: false, verbose: true });
    for (const result of sampleResults) {
      for (const message of result.messages) {
        const range =
          message.endLine === undefined
            ? `${message.line}:${message.column}`
            : `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
        const line = report
          .split('\n')
          .find((text) => text.startsWith(`${range} `) && text.includes(message.message));
        expect(line, `${result.file} ${range} ${message.ruleId}`).toBeDefined();
        expect(line).toMatch(new RegExp(`${message.severity} .* ${message.ruleId} +handbook$`));
        // vfile-reporter prints a note line by line.
        for (const part of message.hint?.split(/\r?\n/) ?? []) expect(report).toContain(part);
        for (const related of message.related ?? []) expect(report).toContain(related.message);
      }
    }
    const errors = sampleResults.flatMap((r) => r.messages).filter((m) => m.severity === 'error');
    expect(report).toContain(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
  });
});
