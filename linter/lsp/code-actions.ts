/**
 * Quick fixes as LSP code actions: the same fixes as `handbook lint --fix`
 * (`fix/quick-fixes.ts`), one action per message in the requested range, plus one
 * `source.fixAll.handbook` action that applies every fix that does not overlap another.
 */
import { CodeActionKind } from 'vscode-languageserver/node.js';
import type { CodeAction, Range, TextEdit as LspTextEdit } from 'vscode-languageserver/node.js';
import type { LintMessage } from '../engine/types.ts';
import { isFixable, quickFixesFor } from '../fix/quick-fixes.ts';
import type { QuickFix } from '../fix/quick-fixes.ts';
import { compatibleEdits, lineStarts, pointAt } from '../fix/text-edits.ts';
import type { TextEdit } from '../fix/text-edits.ts';
import { toDiagnostic, toPosition } from './diagnostics.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.handbook`;

export interface CodeActionRequest {
  uri: string;
  root: string;
  path: string;
  /** The document's current text (the messages were computed from it). */
  text: string;
  messages: readonly LintMessage[];
  range: Range;
  /** `context.only` of the request, when the client narrowed the kinds. */
  only?: readonly string[] | undefined;
  briefIds: readonly string[];
}

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const fixable = request.messages.filter(isFixable);
  if (fixable.length === 0) return [];
  const starts = lineStarts(request.text);
  const lines = request.text.split('\n');
  const toEdits = (edits: readonly TextEdit[]): LspTextEdit[] =>
    edits.map((edit) => ({
      range: {
        start: toPosition(pointAt(starts, edit.start)),
        end: toPosition(pointAt(starts, edit.end)),
      },
      newText: edit.text,
    }));
  const wants = (kind: string) =>
    !request.only || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const context = { path: request.path, briefIds: request.briefIds };
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const inRange = fixable.filter((message) => overlaps(message, request.range));
    for (const fix of quickFixesFor(inRange, request.text, context)) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [toDiagnostic(fix.message, lines, request.root)],
        edit: { changes: { [request.uri]: toEdits(fix.edits) } },
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const all: QuickFix[] = compatibleEdits(quickFixesFor(fixable, request.text, context));
    if (all.length > 0) {
      actions.push({
        title: 'Fix all mechanical handbook problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [request.uri]: toEdits(all.flatMap((fix) => fix.edits)) } },
      });
    }
  }
  return actions;
}

/** Whether the message's lines meet the range (clients ask for the cursor's line or a selection). */
function overlaps(message: LintMessage, range: Range): boolean {
  const first = message.line - 1;
  const last = (message.endLine ?? message.line) - 1;
  return first <= range.end.line && last >= range.start.line;
}
