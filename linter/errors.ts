/**
 * Expected failures: a bad flag, a missing root, an invalid config. The CLI prints the message
 * as one line and exits with 2; anything else that is thrown is an internal error.
 */
export interface UsageErrorOptions extends ErrorOptions {
  /** Appended to the line, e.g. "Run `handbook lint --help` for usage." */
  hint?: string | undefined;
}

export class UsageError extends Error {
  override name = 'UsageError';
  readonly hint: string | undefined;

  /** @param message One line, without the `handbook: ` prefix. */
  constructor(message: string, options: UsageErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
  }
}

/** Whether `error` is an expected failure (usage or configuration). */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}
