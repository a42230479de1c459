/**
 * What a reviewer reads as a sentence and what as a pointer, for rules that want reasons in prose
 * (`brief-why`). Markup does not decide it: a list item that is a full sentence is prose, and a
 * paragraph that only says "See the RFC" or holds only links is not. The judgement is a cheap,
 * English-only heuristic on the visible text (links' text left out): a sentence has enough words,
 * sentence punctuation and a verb. Every scan is linear and reads at most `SAMPLE` characters.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { plainText } from './plain-text.ts';

/** A sentence has at least this many words; "Faster deploys for every team." does not. */
export const SENTENCE_WORDS = 6;
/** Text is judged on its opening; a sentence shows there. */
const SAMPLE = 4_000;

/*
 * Evidence of a verb. Auxiliaries, modals and copulas always count: fragments rarely hold one.
 * Finite forms of common verbs (`costs`, `lost`) and words ending in `-ed` count unless the word
 * before them makes them a noun or an adjective ("the costs", "operational costs", "Reduced
 * cost"). The word after a subject pronoun, a frequency adverb or a clause opener counts too
 * ("we spend", "often confuse", "jobs that span"). Base forms alone do not ("Lower operating
 * cost" is a label), nor do `-ing` forms ("Improving checkout").
 */
const AUXILIARIES = words(
  "am is are was were be been being isn't aren't wasn't weren't has have had hasn't haven't hadn't do does did don't doesn't didn't " +
    "can cannot can't could couldn't will won't would wouldn't shall should shouldn't must mustn't may might",
);
const FINITE = words(
  'adds allows asks becomes became blocks breaks broke brings brought builds built causes costs creates cuts depends drives drove ' +
    'fails falls fell feels felt finds found forces gets got gives gave goes went grows grew happens helps hides holds held hurts ' +
    'keeps kept knows knew lacks leads led leaves left lets limits loses lost makes made matters means meant misses moves needs ' +
    'offers pays paid puts reaches remains requires runs ran says said sees saw seems sends sent shows slows spends spent stays ' +
    'stops takes took tells told thinks thought turns uses wants waits wastes works writes wrote',
);
/** Words after which the next word is most likely a verb. */
const SUBJECTS = words(
  'i we you they he she it nobody everyone everybody someone nothing everything often always never still already also now currently rarely usually just sometimes that which who because since so when whenever',
);
/** Words after which a finite form is a noun or part of a label: determiners, possessives, prepositions, comparatives. */
const NOUN_BEFORE = words(
  'the a an its our their his her my your this these those some any no every each all of for in on with without to from by at across ' +
    'lower higher fewer less more better faster cheaper simpler smaller bigger reduced increased improved new old same other',
);
/** Adjective endings: "operational costs", "manual steps". */
const ADJECTIVE = /(?:al|ic|ive|ous|ful|less|able|ible|ing|ary)$/u;

function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Words that open a pointer to somewhere else instead of a reason. */
const POINTER_LEAD =
  /^(?:[\p{L}][\p{L} ]{0,30}:\s*)?(?:for (?:more |the )?(?:details|context|background|more|information|motivation),?\s+)?(?:see|refer to|cf\.?|read (?:the|more|about|this|our)|check out|(?:the )?details (?:are )?(?:in|at|on|here)|more (?:details |information )?(?:in|at|on|here)|(?:as )?(?:described|discussed|explained|documented|outlined|covered|motivated) (?:in|at|on|by)|as per|per the)(?![\p{L}\p{N}])/iu;
/** A pointer with more words than this says something of its own. */
const POINTER_WORDS = 12;

/** Words of `text`: runs holding a letter or digit. */
export function wordsOf(text: string): string[] {
  return (text.slice(0, SAMPLE).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((word) =>
    word.replace(/[.’]+$/u, '').replace(/’/g, "'"),
  );
}

/** Whether `text` ends a sentence (or holds one that ends before another starts). */
function hasSentencePunctuation(text: string): boolean {
  const sample = text.slice(0, SAMPLE).trim();
  if (/[.!?…](?:["'”’)\]*_]*)$/u.test(sample)) return true;
  return /[\p{L}\p{N})][.!?…]["'”’)\]]*\s+["'“‘(]?\p{Lu}/u.test(sample);
}

/** Whether `words` hold a verb (see `AUXILIARIES`). */
function hasVerb(list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!.toLowerCase();
    if (AUXILIARIES.has(word)) return true;
    if (i === 0) continue;
    const before = list[i - 1]!.toLowerCase();
    if (
      SUBJECTS.has(before) &&
      /^\p{L}+$/u.test(word) &&
      !SUBJECTS.has(word) &&
      !NOUN_BEFORE.has(word)
    )
      return true;
    const finite = FINITE.has(word) || (word.length > 4 && word.endsWith('ed'));
    if (finite && !NOUN_BEFORE.has(before) && !ADJECTIVE.test(before)) return true;
  }
  return false;
}

/** Whether `text` reads as a full sentence: enough words, sentence punctuation and a verb. */
export function isSentence(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= SENTENCE_WORDS && hasSentencePunctuation(text) && hasVerb(words);
}

/**
 * Whether a paragraph only points elsewhere: links (or bare URLs) with almost no words beside
 * them, or a short "See …", "Refer to …", "Details in …" without a reason of its own.
 */
export function isPointer(node: Nodes): boolean {
  const { text, links } = textBesideLinks(node);
  const sample = text.slice(0, SAMPLE).replace(/\b(?:https?|mailto):\S*/giu, () => {
    links.count++;
    return ' ';
  });
  const words = wordsOf(sample);
  if (links.count > 0 && words.length < 3) return true;
  return POINTER_LEAD.test(sample.trim()) && words.length <= POINTER_WORDS;
}

/** Whether a paragraph is only a label for what follows: "Reasons:", "Why we need this:". */
export function isLabel(text: string): boolean {
  const sample = text.slice(0, SAMPLE).trim();
  return sample.endsWith(':') && wordsOf(sample).length < SENTENCE_WORDS;
}

/**
 * The visible text of a node without the text of its links and references (what the author
 * wrote around them), and how many links it held. Nested lists are left out. Iterative.
 */
function textBesideLinks(node: Nodes): { text: string; links: { count: number } } {
  let text = '';
  const links = { count: 0 };
  const stack: Nodes[] = [node];
  while (stack.length > 0 && text.length < SAMPLE) {
    const item = stack.pop()!;
    if (
      item.type === 'link' ||
      item.type === 'linkReference' ||
      item.type === 'footnoteReference'
    ) {
      links.count++;
      text += ' ';
    } else if (item.type === 'text' || item.type === 'inlineCode') {
      text += item.value;
    } else if (item.type === 'break') {
      text += '\n';
    } else if (item.type === 'list') {
      text += ' ';
    } else if ('children' in item) {
      const children = item.children as PhrasingContent[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      if (item.type === 'paragraph') text += ' ';
    } else {
      text += plainText(item);
    }
  }
  return { text, links };
}
