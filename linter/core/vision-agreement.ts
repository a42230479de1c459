/**
 * How far leaders' answers to one vision question agree, computed at build time: the mean
 * pairwise Jaccard overlap of their content-word sets. Content words are the lowercased words of
 * an answer without stopwords, lightly stemmed ("customers" and "customer" count as one word).
 * A rough lexical signal that tells leaders where to talk, not a measure of meaning.
 */

/** Common English words that carry no position of their own. */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just let me
  more most my myself no nor not now of off on once only or other our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they this
  those through to too under until up us very was we were what when where which while who whom why
  will with would you your yours yourself yourselves one ones get gets make makes way ways many much
  every even still yet via per etc really thing things want wants need needs like able across within
  without into onto upon around whether either neither though although`.split(/\s+/),
);

// Prose answers by different people rarely share more than a third of their content words even
// when they agree, and unrelated answers to one question share well under a tenth; the
// thresholds are set for prose, not for keyword lists.
/** Agreement at or above this share is High. */
export const HIGH_AGREEMENT = 0.3;
/** Agreement at or above this share (and below High) is Medium; below it, Low. */
export const MEDIUM_AGREEMENT = 0.15;

export type AgreementLevel = 'High' | 'Medium' | 'Low';

export interface Agreement {
  /** Mean pairwise Jaccard overlap, 0–1; null with fewer than two answers. */
  score: number | null;
  /** The score as a label; null with fewer than two answers. */
  level: AgreementLevel | null;
  /** How many answers were compared. */
  answers: number;
  /** How many pairs the mean is taken over. */
  pairs: number;
}

/** A light suffix-stripping stemmer: enough to fold plurals and common verb forms together. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "planned" → "plann" → "plan"; "shipping" → "shipp" → "ship"
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      return w;
    }
  }
  if (w.endsWith('ly') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The set of stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu);
  const set = new Set<string>();
  for (const word of words ?? []) {
    if (STOPWORDS.has(word) || STOPWORDS.has(word.replace(/'.*$/, ''))) continue;
    if (word.length < 2 && !/^\p{N}$/u.test(word)) continue;
    set.add(stem(word));
  }
  return set;
}

/** |A ∩ B| / |A ∪ B|; two empty sets share nothing, so their overlap is 0. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** A score as the whole percentage shown on the page. */
export function percent(score: number): number {
  return Math.round(score * 100);
}

/**
 * The label for a score: High ≥ 40 %, Medium ≥ 20 %, otherwise Low. Compared on the shown
 * percentage, so the label always agrees with the number beside it.
 */
export function agreementLevel(score: number): AgreementLevel {
  const shown = percent(score);
  if (shown >= percent(HIGH_AGREEMENT)) return 'High';
  if (shown >= percent(MEDIUM_AGREEMENT)) return 'Medium';
  return 'Low';
}

/**
 * Mean pairwise Jaccard overlap of the answers' content words. Words of `question` itself are
 * left out: every answer echoing "customer" or "years" is not agreement.
 */
export function agreement(answers: readonly string[], question = ''): Agreement {
  const echo = contentWords(question);
  const sets = answers.map(
    (answer) => new Set([...contentWords(answer)].filter((word) => !echo.has(word))),
  );
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      total += jaccard(sets[i] as Set<string>, sets[j] as Set<string>);
      pairs += 1;
    }
  }
  if (pairs === 0) return { score: null, level: null, answers: answers.length, pairs };
  const score = total / pairs;
  return { score, level: agreementLevel(score), answers: answers.length, pairs };
}
