/**
 * How the self-check keeps its answers in the reader's browser (localStorage), as its copy
 * promises: a versioned JSON object of statement id → 1–5. What comes back is validated, because
 * storage is shared by every page of the origin and may hold anything; unknown ids and values
 * outside the scale are dropped.
 */
import { isScaleValue, statements, type Answers, type Statement } from './diagnostic.ts';

/** The localStorage key; the version changes if the stored shape ever does. */
export const STORAGE_KEY = 'strategy-handbook:diagnostic:v1';

/** The answers as stored: only known statements with a value on the scale. */
export function serializeAnswers(answers: Answers, items: readonly Statement[] = statements): string {
  const kept: Record<string, number> = {};
  for (const { id } of items) {
    const value = answers[id];
    if (isScaleValue(value)) kept[id] = value;
  }
  return JSON.stringify(kept);
}

/** Stored answers read back; anything malformed yields no answers rather than an error. */
export function parseStoredAnswers(stored: string | null, items: readonly Statement[] = statements): Record<string, number> {
  if (stored === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const answers: Record<string, number> = {};
  for (const { id } of items) {
    const value = (parsed as Record<string, unknown>)[id];
    if (isScaleValue(value)) answers[id] = value;
  }
  return answers;
}
