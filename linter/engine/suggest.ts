/**
 * "Did you mean" for cross-file rules. Suggestions are computed only for references that
 * miss, so a handbook of thousands of briefs pays one scan of the candidates per typo, not one
 * per reference.
 */
import { createHash } from 'node:crypto';
import { closest, distance } from 'fastest-levenshtein';

/**
 * Answers of recent calls, by word and candidates. The language server runs the cross-file
 * rules on every edit, and each run asks again for the same typos among the same thousands of
 * ids; hashing the candidates costs a small part of comparing the word with each of them.
 */
const recent = new Map<string, string | undefined>();
const RECENT_MAX = 512;

/** The closest candidate to `word` when it is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((candidate) => candidate !== word);
  if (word === '' || list.length === 0) return undefined;
  const key = `${word}\u0000${createHash('sha1').update(list.join('\u0000')).digest('base64url')}`;
  if (recent.has(key)) return recent.get(key);
  const best = closest(word, list);
  const limit = Math.max(2, Math.floor(word.length / 3));
  const answer = distance(word, best) <= limit ? best : undefined;
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(key, answer);
  return answer;
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
