/**
 * Expected failures: a bad flag, a missing root, an invalid config. The CLI prints the message
 * as one line and exits with 2; anything else that is thrown is an internal error.
 */
export class UsageError extends Error {
  override name = 'UsageError';

  /** @param message One line, without the `handbook: ` prefix. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** Whether `error` is an expected failure (usage or configuration). */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}
