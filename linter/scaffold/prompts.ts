/**
 * The questions `handbook new` asks in a terminal. Commands receive a `Prompter`, so tests
 * drive it with scripted answers; the default one uses @clack/prompts.
 */

export interface TextQuestion {
  message: string;
  placeholder?: string | undefined;
  /** Pre-filled, editable answer. */
  initialValue?: string | undefined;
  /** A message when the answer is not acceptable, undefined when it is. */
  validate?: ((value: string) => string | undefined) | undefined;
}

export interface SelectQuestion<T extends string> {
  message: string;
  options: { value: T; label: string; hint?: string | undefined }[];
  initialValue?: T | undefined;
}

/** Asks questions; each answer is undefined when the author cancels (Ctrl-C, Esc). */
export interface Prompter {
  intro(title: string): void;
  text(question: TextQuestion): Promise<string | undefined>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T | undefined>;
  outro(message: string): void;
}

/** The terminal prompter (@clack/prompts), loaded only when a question is asked. */
export async function createClackPrompter(): Promise<Prompter> {
  const clack = await import('@clack/prompts');
  return {
    intro: (title) => clack.intro(title),
    outro: (message) => clack.outro(message),
    async text(question) {
      const answer = await clack.text({
        message: question.message,
        ...(question.placeholder === undefined ? {} : { placeholder: question.placeholder }),
        ...(question.initialValue === undefined ? {} : { initialValue: question.initialValue }),
        ...(question.validate === undefined
          ? {}
          : { validate: (value: string | undefined) => question.validate?.(value ?? '') }),
      });
      return clack.isCancel(answer) ? undefined : answer;
    },
    async select<T extends string>(question: SelectQuestion<T>) {
      const answer = await clack.select<T>({
        message: question.message,
        options: question.options.map((option) => ({
          value: option.value,
          label: option.label,
          ...(option.hint === undefined ? {} : { hint: option.hint }),
        })) as Parameters<typeof clack.select<T>>[0]['options'],
        ...(question.initialValue === undefined ? {} : { initialValue: question.initialValue }),
      });
      return clack.isCancel(answer) ? undefined : (answer as T);
    },
  };
}
