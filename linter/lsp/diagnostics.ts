/**
 * Lint messages as LSP diagnostics: rule id as `code`, its docs as `codeDescription`, the hint on
 * the message's second line (every client shows it; `data.hint` keeps it apart), related
 * places as `relatedInformation`. LSP counts lines and characters from 0, the engine from 1;
 * both count UTF-16 code units, so columns convert by subtraction.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import type { Diagnostic, Position, Range } from 'vscode-languageserver/node.js';
import type { LintMessage, Point } from '../engine/types.ts';

/** What a diagnostic carries for the server's own use (code actions). */
export interface DiagnosticData {
  messageId: string;
  hint?: string | undefined;
}

export function toPosition(point: Point): Position {
  return { line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) };
}

/** The file URI of a root-relative path. */
export function uriOf(root: string, path: string): string {
  return pathToFileURL(join(root, path)).href;
}

/**
 * The range of a message. One without an end runs to the end of its line, so an editor has
 * something to underline (a zero-width range is invisible in most).
 */
export function rangeOf(message: LintMessage, lines: readonly string[]): Range {
  const start = toPosition(message);
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    return { start, end: toPosition({ line: message.endLine, column: message.endColumn }) };
  }
  const text = lines[start.line] ?? '';
  return {
    start,
    end: { line: start.line, character: Math.max(start.character, text.replace(/\r$/, '').length) },
  };
}

export function toDiagnostic(
  message: LintMessage,
  lines: readonly string[],
  root: string,
): Diagnostic {
  const data: DiagnosticData = {
    messageId: message.messageId,
    ...(message.hint ? { hint: message.hint } : {}),
  };
  return {
    range: rangeOf(message, lines),
    severity: message.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: message.source,
    message: message.hint ? `${message.message}\n${message.hint}` : message.message,
    ...(message.related && message.related.length > 0
      ? {
          relatedInformation: message.related.map((related) => ({
            location: {
              uri: uriOf(root, related.file),
              range: {
                start: toPosition(related.place.start),
                end: toPosition(related.place.end ?? related.place.start),
              },
            },
            message: related.message,
          })),
        }
      : {}),
    data,
  };
}
