/**
 * "Did you mean" for cross-file rules. Suggestions are computed only for references that
 * miss, so a handbook of thousands of briefs pays one scan of the candidates per typo, not one
 * per reference.
 */
import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate to `word` when it is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((candidate) => candidate !== word);
  if (word === '' || list.length === 0) return undefined;
  const best = closest(word, list);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

/** "Did you mean `x`?", or undefined when nothing is close. */
export function didYouMeanHint(word: string, candidates: Iterable<string>): string | undefined {
  const best = didYouMean(word, candidates);
  return best === undefined ? undefined : `Did you mean \`${best}\`?`;
}

/** Joins hint sentences, skipping the missing ones; undefined when none is left. */
export function joinHints(...parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((part): part is string => part !== undefined && part !== '').join(' ');
  return text === '' ? undefined : text;
}

/** `` `a`, `b`, `c` `` — at most `max` identifiers, then "and N more". */
export function listIds(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).map((id) => `\`${id}\``);
  const rest = ids.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
