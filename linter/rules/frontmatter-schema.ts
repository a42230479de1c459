/**
 * `frontmatter-schema`: the frontmatter matches its collection's zod schema (the folder decides
 * the collection). Each zod issue is reported at the YAML node at fault: the value for a wrong
 * value, the key for an unknown key (with "did you mean"), the frontmatter block for a missing
 * key. Files outside every collection are reported once. YAML syntax errors are left to
 * `frontmatter-yaml`, unreadable files to `mdx-parse`. No options.
 */
import type { z } from 'zod';
import { formatPath } from '../config/issues.ts';
import { didYouMean } from '../engine/suggest.ts';
import { collectionGlobs, collections } from '../core/collections.ts';
import type { HandbookIssueParams } from '../schema/index.ts';
import { fileStart } from '../engine/positions.ts';
import type { Frontmatter, Place, Report } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.ZodType;

/** The parts of a zod definition this rule walks (zod's own types are a large union). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  entries?: Record<string, string | number>;
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const WRAPPERS = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'nonoptional',
  'catch',
]);

/** The schema without optional/default wrappers (and the input side of a pipe). */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema of the value at `path`, or undefined when the path leaves the schema. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(segment)];
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function keysOf(schema: Schema | undefined): string[] {
  return schema ? Object.keys(defOf(unwrap(schema)).shape ?? {}) : [];
}

function requiredKeysOf(schema: Schema): string[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  return Object.keys(shape).filter((key) => {
    const field = shape[key];
    return field !== undefined && !['optional', 'default', 'prefault'].includes(defOf(field).type);
  });
}

const list = (values: readonly unknown[]): string =>
  values.map((value) => `\`${String(value)}\``).join(', ');

/** What a field expects, in words: "a handle such as `@dana`", "one of `low`, `medium`, `high`". */
function expectationOf(schema: Schema | undefined): string {
  if (!schema) return 'a valid value';
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return `one of ${list(Object.values(def.entries ?? {}))}`;
  if (def.type === 'number') return 'a number';
  if (def.type === 'array') {
    const element = def.element && defOf(unwrap(def.element));
    return element?.type === 'object' && def.element
      ? `a list of mappings with ${list(requiredKeysOf(def.element))}`
      : 'a list';
  }
  if (def.type === 'object') return `a mapping with ${list(requiredKeysOf(schema))}`;
  // Strings, dates and unions: the schema's own message for an empty value says what it wants.
  const probe = schema.safeParse('');
  const message = probe.success ? undefined : probe.error.issues[0]?.message;
  if (message?.startsWith('Expected ')) return fromExpected(message);
  return 'a valid value';
}

/** "Expected text, found an empty value" → "text". */
function fromExpected(message: string): string {
  return message.replace(/^Expected /, '').replace(/, found .*$/, '');
}

/** The raw YAML value at `path`, and whether its key is there at all. */
function rawAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment))
      return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { present: true, value };
}

/** How a wrong value reads in a message: "`2026-Q5`", "empty value", "list". */
function describeValue(value: unknown): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return 'empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : 'list';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? 'invalid date'
      : `\`${value.toISOString().slice(0, 10)}\``;
  if (typeof value === 'object') return 'mapping';
  const text = String(value).replace(/`/g, "'");
  return `\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``;
}

/** A key compared without case and separators: `depends_on` and `Depends-On` → `dependson`. */
const looseKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

function suggestKey(key: string, known: readonly string[]): string | undefined {
  return known.find((candidate) => looseKey(candidate) === looseKey(key)) ?? didYouMean(key, known);
}

const collectionFolders = Object.values(collectionGlobs).map(({ base, pattern }) =>
  base === 'strategy'
    ? `content/strategy/${pattern.replace(/\.\{md,mdx\}$/, '.mdx')}`
    : `content/${base}/`,
);

/** The message ids this rule reports, with what each means. */
const messages = {
  'unknown-collection': 'The file is under `content/` but outside every collection folder',
  'missing-frontmatter': 'The file has no `---` frontmatter block',
  'empty-frontmatter': 'The frontmatter block holds no keys',
  'not-a-mapping': 'The frontmatter is a list or a single value, not `key: value` lines',
  'missing-key':
    'A required key is missing (also keys required by another value, like `risk` for tech debt)',
  'unknown-key': 'A key the schema does not know, often a misspelling',
  'invalid-enum': 'A value outside the allowed set',
  'invalid-value': 'A value of the wrong type or format',
  'unsafe-value':
    'A value the site would render as raw HTML, put into the page head or follow as a link of a disallowed protocol',
};
type MessageId = keyof typeof messages;

export const frontmatterSchema = defineRule({
  id: 'frontmatter-schema',
  description: "The frontmatter matches the collection's schema",
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  checkFile(file, report) {
    if (file.collection === undefined) {
      report(
        `Unexpected file outside the handbook's folders, expected it under ${list(collectionFolders)}`,
        {
          messageId: 'unknown-collection',
          place: fileStart,
          hint: 'Move the file into the folder of its collection, or out of `content/` if it is not handbook content.',
        },
      );
      return;
    }
    if (file.problems.unreadable) return;
    const schema: Schema = collections[file.collection];
    if (file.problems.noFrontmatter || !file.frontmatter) {
      report(`Missing frontmatter, expected a \`---\` block with ${list(requiredKeysOf(schema))}`, {
        messageId: 'missing-frontmatter',
        place: fileStart,
        hint: 'Start the file with a `---` line, one `key: value` line per field, and a closing `---` line.',
      });
      return;
    }
    if (!file.frontmatter.ok) return;
    for (const issue of file.problems.schema) reportIssue(issue, schema, file.frontmatter, report);
  },
});

function reportIssue(
  issue: Issue,
  schema: Schema,
  frontmatter: Frontmatter,
  report: Report<MessageId>,
): void {
  const path = issue.path;
  const key = formatPath(path);
  const raw = rawAt(frontmatter.value, path);
  const blockStart: Place = { start: frontmatter.block.start };
  const handbook = handbookParams(issue);
  if (handbook) {
    // A refinement that names its own message id: at the key or value it is about (or the
    // closest ancestor that exists: a string badge is reported for `sidebar.badge.text`).
    report(issue.message, {
      messageId: handbook.messageId,
      place: frontmatter.locate(path, handbook.part),
      hint: handbook.hint,
    });
    return;
  }
  // Refinement messages of the schema are already in house style: use them as they are.
  const houseStyle = issue.code === 'custom' && /^(Missing|Unexpected) /.test(issue.message);

  if (path.length === 0 && issue.code === 'invalid_type') {
    const empty = frontmatter.value === null || frontmatter.value === undefined;
    report(
      empty
        ? `Missing frontmatter keys, expected ${list(requiredKeysOf(schema))}`
        : `Unexpected ${describeValue(frontmatter.value)} as frontmatter, expected \`key: value\` lines`,
      {
        messageId: empty ? 'empty-frontmatter' : 'not-a-mapping',
        place: frontmatter.block,
        hint: `Required keys: ${list(requiredKeysOf(schema))}.`,
      },
    );
    return;
  }

  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(schemaAt(schema, path));
    for (const unknown of issue.keys) {
      const suggestion = suggestKey(unknown, known);
      const where = key === '' ? 'the frontmatter' : `\`${key}\``;
      report(
        `Unexpected key \`${unknown}\` in ${where}${suggestion ? `, did you mean \`${suggestion}\`?` : `, expected one of ${list(known)}`}`,
        {
          messageId: 'unknown-key',
          place: frontmatter.locate([...path, unknown], 'key'),
          hint: suggestion
            ? `Rename it to \`${suggestion}\`; keys are case-sensitive.`
            : `Remove it, or use one of ${list(known)}.`,
          expected: suggestion ? [suggestion] : known,
        },
      );
    }
    return;
  }

  if (!raw.present) {
    // The key is missing: report at the closest ancestor that exists (the block for a top-level key).
    const fieldName = String(path[path.length - 1] ?? key);
    report(
      houseStyle
        ? issue.message
        : `Missing \`${key}\`, expected ${expectationOf(schemaAt(schema, path))}`,
      {
        messageId: 'missing-key',
        place: path.length > 1 ? frontmatter.locate(path, 'value') : blockStart,
        hint: `Add \`${fieldName}:\` to ${path.length > 1 ? `\`${formatPath(path.slice(0, -1))}\`` : 'the frontmatter'}.`,
      },
    );
    return;
  }

  const place = frontmatter.locate(path, 'value');
  if (
    issue.code === 'invalid_value' &&
    defOf(unwrap(schemaAt(schema, path) ?? schema)).type === 'enum'
  ) {
    const values = issue.values.map(String);
    const suggestion = typeof raw.value === 'string' ? didYouMean(raw.value, values) : undefined;
    const name =
      typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : `\`${key}\``;
    report(`Unexpected ${name} ${describeValue(raw.value)}, expected one of ${list(values)}`, {
      messageId: 'invalid-enum',
      place,
      hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Use one of ${list(values)}.`,
      expected: values,
    });
    return;
  }

  report(
    houseStyle
      ? issue.message
      : `Unexpected ${describeValue(raw.value)} for \`${key}\`, expected ${expectedFor(issue, schemaAt(schema, path))}`,
    {
      messageId: 'invalid-value',
      place,
      hint: hintFor(key, raw.value),
    },
  );
}

/** The message id, hint and place a schema refinement asked for (`HandbookIssueParams`). */
function handbookParams(issue: Issue): HandbookIssueParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Partial<HandbookIssueParams> | undefined;
  if (params?.messageId !== 'unsafe-value' || typeof params.hint !== 'string') return undefined;
  return {
    messageId: params.messageId,
    hint: params.hint,
    part: params.part === 'key' ? 'key' : 'value',
  };
}

/** The expectation for a wrong value: the issue's own message when the schema wrote one. */
function expectedFor(issue: Issue, field: Schema | undefined): string {
  if (issue.message.startsWith('Expected ')) return fromExpected(issue.message);
  return expectationOf(field);
}

function hintFor(key: string, value: unknown): string | undefined {
  if (typeof value === 'string' && /^[^@\s]/.test(value) && /(^|\.)owner$/.test(key))
    return `Handles start with \`@\` and need quotes in YAML: \`owner: "@${value}"\`.`;
  return undefined;
}
