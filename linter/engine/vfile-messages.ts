/**
 * Rule reports as vfile messages, and back. A rule reports `(reason, { messageId, place, hint,
 * expected, related, severity })`; on a vfile that is `file.message(reason, { place, ruleId,
 * source: 'handbook' })` with the hint as `note`, `expected`, the rule's `url`, `fatal` from the
 * severity (an error is fatal, as in unified-lint-rule), the stable `messageId` as an extra field
 * and the related places as a chain of `cause` messages (each on its own file), which
 * `vfile-reporter` prints. The engine keeps the JSON-safe `LintMessage` (cache, workers,
 * formatters); `toLintMessage` reads one back without loss.
 */
import { VFile } from 'vfile';
import type { Point as UnistPoint, Position } from 'unist';
import { fileStart } from './positions.ts';
import { ruleIds } from './types.ts';
import type {
  FileResult,
  LintMessage,
  Place,
  Related,
  ReportOptions,
  RuleId,
  Severity,
} from './types.ts';

/** A vfile message (`vfile-message` is not a dependency of its own: vfile makes them). */
export type VFileMessage = ReturnType<VFile['message']> & {
  /** The stable id of the message within its rule (`handbook` rules). */
  messageId?: string | undefined;
};

function isVFileMessage(value: unknown): value is VFileMessage {
  return typeof value === 'object' && value !== null && 'reason' in value && 'file' in value;
}

const knownRules: ReadonlySet<string> = new Set(ruleIds);

function unistPlace(place: Place): UnistPoint | Position {
  return place.end ? { start: { ...place.start }, end: { ...place.end } } : { ...place.start };
}

function placeOfMessage(message: VFileMessage): Place {
  const place = message.place;
  if (!place) return fileStart;
  if ('start' in place)
    return {
      start: { line: place.start.line, column: place.start.column },
      end: { line: place.end.line, column: place.end.column },
    };
  return { start: { line: place.line, column: place.column } };
}

/** The related places as one `cause` chain: the first related place, caused by the next, … */
function causeOf(related: readonly Related[] | undefined): VFileMessage | undefined {
  let cause: VFileMessage | undefined;
  for (let i = (related?.length ?? 0) - 1; i >= 0; i--) {
    const item = related![i]!;
    // A message of the related file, made on a scratch vfile so it carries that file's path.
    const next = new VFile({ path: item.file }).message(item.message, {
      place: unistPlace(item.place),
      ...(cause ? { cause } : {}),
    });
    next.fatal = null;
    cause = next;
  }
  return cause;
}

/** The severity a report ends with: the rule's, or lower when the report asks for less. */
function severityOfReport(severity: Severity, options: ReportOptions): Severity {
  return options.severity === 'warning' ? 'warning' : severity;
}

/** Adds a rule's report to `file` as a vfile message, and returns it. */
export function reportOnFile(
  file: VFile,
  ruleId: RuleId,
  severity: Severity,
  url: string,
  reason: string,
  options: ReportOptions,
): VFileMessage {
  const cause =
    options.related && options.related.length > 0 ? causeOf(options.related) : undefined;
  const message: VFileMessage = file.message(reason, {
    place: unistPlace(options.place ?? fileStart),
    ruleId,
    source: 'handbook',
    ...(cause ? { cause } : {}),
  });
  message.fatal = severityOfReport(severity, options) === 'error';
  if (options.hint) message.note = options.hint;
  if (options.expected) message.expected = [...options.expected];
  message.url = url;
  message.messageId = options.messageId;
  return message;
}

/** A `LintMessage` as a vfile message on `file` (the formatters' adapter, the preset's suppressions). */
export function lintMessageOnFile(file: VFile, message: LintMessage): VFileMessage {
  const place: Place = {
    start: { line: message.line, column: message.column },
    ...(message.endLine !== undefined && message.endColumn !== undefined
      ? { end: { line: message.endLine, column: message.endColumn } }
      : {}),
  };
  return reportOnFile(file, message.ruleId, message.severity, message.url, message.message, {
    messageId: message.messageId,
    place,
    hint: message.hint,
    expected: message.expected,
    related: message.related,
  });
}

/** The related places of a message's `cause` chain. */
function relatedOf(message: VFileMessage): Related[] {
  const related: Related[] = [];
  for (let cause: unknown = message.cause; isVFileMessage(cause); cause = cause.cause)
    related.push({ file: cause.file ?? '', place: placeOfMessage(cause), message: cause.reason });
  return related;
}

/**
 * The `LintMessage` of a handbook rule's vfile message (as `createMessage` makes it), or
 * undefined for a message of anything else.
 */
export function toLintMessage(message: VFileMessage): LintMessage | undefined {
  if (message.source !== 'handbook' || !message.ruleId || !knownRules.has(message.ruleId))
    return undefined;
  const place = placeOfMessage(message);
  const related = relatedOf(message);
  return {
    ruleId: message.ruleId as RuleId,
    messageId: message.messageId ?? message.ruleId,
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    line: place.start.line,
    column: place.start.column,
    ...(place.end ? { endLine: place.end.line, endColumn: place.end.column } : {}),
    ...(message.note ? { hint: message.note } : {}),
    ...(message.expected ? { expected: [...message.expected] } : {}),
    ...(related.length > 0 ? { related } : {}),
    url: message.url ?? '',
    source: 'handbook',
  };
}

/** Lint results as vfiles (one per file, its messages as vfile messages), e.g. for `vfile-reporter`. */
export function resultsToVFiles(results: readonly FileResult[], cwd?: string): VFile[] {
  return results.map((result) => {
    const file = new VFile({ path: result.file, ...(cwd ? { cwd } : {}) });
    for (const message of result.messages) lintMessageOnFile(file, message);
    return file;
  });
}

/**
 * Vfiles as lint results: each file's handbook messages (others are left out), its path as the
 * vfile has it, POSIX (relative to the handbook root when linted from there).
 */
export function vfilesToResults(files: readonly VFile[]): FileResult[] {
  return files.map((file) => ({
    file: (file.path ?? '').split('\\').join('/'),
    messages: file.messages.flatMap((message) => toLintMessage(message) ?? []),
  }));
}
