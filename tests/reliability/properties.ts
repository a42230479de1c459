/**
 * The "never crash" properties of the linter, shared by the vitest suite (`fuzz.slow.test.ts`,
 * sized for CI) and the soak script (`npm run fuzz -- --runs N`). Each property feeds
 * `lintContentFile` an input and checks the invariants every lint must keep: it returns, every
 * message has a rule id and a place with line ≥ 1 and column ≥ 1, and the facts are JSON-safe.
 */
import fc from 'fast-check';
import { lintContentFile } from '../../linter/engine/lint-file.ts';
import type { FileOutcome } from '../../linter/engine/lint-file.ts';
import { makeConfig } from '../rules/rule-tester.ts';
import { faultBrief } from '../support/faults.ts';

export const config = makeConfig();

/** The slowest single lint since the last reset (for the soak summary). */
export const timing = { slowestMs: 0 };

/** Where a fuzzed file may live: one path per collection, and one outside them all. */
export const contentPaths = [
  'initiatives/fuzz.mdx',
  'initiatives/2026-q4/fuzz.md',
  'pillars/fuzz.mdx',
  'strategy/north-star.mdx',
  'vision/fuzz.mdx',
  'vision/gaps/fuzz.mdx',
  'docs/fuzz.mdx',
  'elsewhere/fuzz.mdx',
] as const;

/** A valid brief, the seed of the mutations. */
export const validBrief = faultBrief('platform-reliability');

/** A problem with an outcome, or undefined when it keeps the invariants. */
export function invariantProblem(outcome: FileOutcome, path: string): string | undefined {
  if (!Array.isArray(outcome.messages)) return 'messages is not an array';
  for (const message of outcome.messages) {
    if (typeof message.ruleId !== 'string' || message.ruleId.length === 0)
      return `a message without a rule id: ${JSON.stringify(message)}`;
    if (!Number.isInteger(message.line) || message.line < 1)
      return `line ${message.line} < 1 (${message.ruleId}: ${message.message})`;
    if (!Number.isInteger(message.column) || message.column < 1)
      return `column ${message.column} < 1 (${message.ruleId}: ${message.message})`;
    if (message.endLine !== undefined && message.endLine < message.line)
      return `endLine before line (${message.ruleId})`;
    if (/^Internal error in rule/.test(message.message)) return `a rule threw: ${message.message}`;
  }
  if (outcome.facts.path !== path) return `facts name ${outcome.facts.path}, expected ${path}`;
  // Facts travel between workers and into the cache as JSON.
  JSON.stringify(outcome.facts);
  return undefined;
}

/** Lints `input` at `contentPath` and throws (with the reason) when an invariant is broken. */
export function lintAndCheck(contentPath: string, input: string | Uint8Array): FileOutcome {
  const path = `content/${contentPath}`;
  const start = performance.now();
  const outcome = lintContentFile(path, contentPath, input, config);
  timing.slowestMs = Math.max(timing.slowestMs, performance.now() - start);
  const problem = invariantProblem(outcome, path);
  if (problem) throw new Error(problem);
  return outcome;
}

const pathArb = fc.constantFrom(...contentPaths);

/** Characters that mean something to YAML, Markdown or MDX, weighted into the strings. */
const syntax = fc.constantFrom(
  '---',
  '\n',
  '\r\n',
  '\r',
  '<',
  '>',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '`',
  '```',
  '*',
  '_',
  '#',
  '## Why\n',
  '- ',
  '1. ',
  '    ',
  '\t',
  ':',
  ': ',
  '"',
  "'",
  '@',
  '&a ',
  '*a',
  '!',
  '|',
  '\\',
  '/*',
  '*/',
  '<a>',
  '</a>',
  '<!--',
  '-->',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u2028',
  'handbook-disable-next-line ',
  '{/* handbook-disable-next-line brief-why */}',
  'import x from "y"\n',
  'export const a = 1\n',
  '[x](../pillars/a.mdx)',
  '<br/>',
  'title: ',
  'pillar: ',
  'dependsOn: [',
  'TBD',
);
const syntaxString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: syntax },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** One edit of a valid brief. */
type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '<',
        '{',
        '---',
        '---\n',
        '}',
        '>',
        '<div>',
        '</div>',
        '\n# ',
        '\n  - ',
        '"',
        ':',
        '\u0000',
        '{/*',
        '*/}',
      ),
      syntaxString,
      fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)), // a long line
      fc.nat({ max: 600 }).map((n) => '>'.repeat(n) + ' q\n'), // deep quotes, past the depth limit
      fc.nat({ max: 600 }).map((n) => '['.repeat(n)),
      fc.nat({ max: 300 }).map((n) => '<a>'.repeat(n)),
      fc
        .nat({ max: 60 })
        .map(
          (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n') + '\n',
        ),
    ),
  }),
);

/** Applies the mutations in order to the valid brief's text. */
export function mutate(source: string, mutations: readonly Mutation[]): string {
  let text = source;
  for (const mutation of mutations) {
    const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
    switch (mutation.kind) {
      case 'delete-line': {
        const lines = text.split('\n');
        lines.splice(mutation.at % lines.length, 1);
        text = lines.join('\n');
        break;
      }
      case 'duplicate-line': {
        const lines = text.split('\n');
        const index = mutation.at % lines.length;
        lines.splice(index, 0, lines[index] ?? '');
        text = lines.join('\n');
        break;
      }
      case 'swap':
        if (at + 1 < text.length)
          text = text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
        break;
      case 'truncate':
        text = text.slice(0, at);
        break;
      case 'insert':
        text = text.slice(0, at) + mutation.text + text.slice(at);
        break;
    }
  }
  return text;
}

export interface NamedProperty {
  name: string;
  /** Share of the run budget (1 = the base count). */
  weight: number;
  /** Runs the property with fast-check's `check` and returns its details. */
  check(parameters: { numRuns: number; seed?: number | undefined }): fc.RunDetails<unknown>;
}

function named<Ts>(
  name: string,
  weight: number,
  property: fc.IPropertyWithHooks<Ts>,
): NamedProperty {
  return {
    name,
    weight,
    check: ({ numRuns, seed }) =>
      fc.check(
        property,
        seed === undefined ? { numRuns } : { numRuns, seed },
      ) as unknown as fc.RunDetails<unknown>,
  };
}

/** The properties, built fresh so each runner sets its own run count. */
export function properties(): NamedProperty[] {
  return [
    named(
      'arbitrary strings (full Unicode, lone surrogates) never crash',
      1,
      fc.property(pathArb, fc.string({ unit: 'binary', maxLength: 400 }), (path, text) => {
        lintAndCheck(path, text);
      }),
    ),
    named(
      'strings made of YAML/Markdown/MDX syntax never crash',
      2,
      fc.property(pathArb, fc.boolean(), syntaxString, (path, fenced, text) => {
        lintAndCheck(path, fenced ? `---\n${text}` : text);
      }),
    ),
    named(
      'arbitrary bytes never crash',
      1,
      fc.property(pathArb, fc.uint8Array({ maxLength: 400 }), (path, bytes) => {
        lintAndCheck(path, bytes);
      }),
    ),
    named(
      'a valid brief as bytes with one byte flipped never crashes',
      1,
      fc.property(fc.nat(), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const bytes = new TextEncoder().encode(validBrief);
        bytes[at % bytes.length] = value;
        lintAndCheck('initiatives/fuzz.mdx', bytes);
      }),
    ),
    named(
      'mutations of a valid brief never crash',
      3,
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (mutations) => {
        lintAndCheck('initiatives/fuzz.mdx', mutate(validBrief, mutations));
      }),
    ),
    named(
      'random frontmatter values in a valid brief never crash',
      1,
      fc.property(
        fc.constantFrom(
          'title',
          'owner',
          'quarter',
          'status',
          'pillar',
          'kind',
          'dependsOn',
          'reviewed',
          'risk',
          'impact',
          'reason',
          'zzz',
        ),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
          syntaxString,
        ),
        (key, value) => {
          const source = validBrief.replace(
            /^---\n/,
            `---\n${key}: ${value.replace(/\n/g, ' ')}\n`,
          );
          lintAndCheck('initiatives/fuzz.mdx', source);
        },
      ),
    ),
  ];
}
