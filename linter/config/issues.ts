/**
 * Turns zod issues about a config file into one readable line, with a "did you mean"
 * suggestion for misspelled rule ids and keys.
 */
import { didYouMean } from '../engine/suggest.ts';
import { z } from 'zod';
import { ruleIds } from '../engine/types.ts';
import { configSchema } from './schema.ts';

/** `vision.questions[0].id`, as a reader would write the path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The one-line message for the first issue, naming the file and the path. */
export function formatConfigIssues(
  issues: readonly z.core.$ZodIssue[],
  fileName: string,
  input: unknown,
): string {
  const [first] = issues;
  if (first === undefined) return `${fileName}: invalid configuration`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return formatIssue(first, fileName, input) + more;
}

function formatIssue(issue: z.core.$ZodIssue, fileName: string, input: unknown): string {
  const path = formatPath(issue.path);
  const where = path === '' ? `${fileName}:` : `${fileName}: ${path}:`;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const isRule = path === 'rules';
      const suggestion = didYouMean(key, isRule ? ruleIds : keysAt(issue.path));
      const hint = suggestion === undefined ? '' : `, did you mean \`${suggestion}\`?`;
      if (isRule) return `Unknown rule \`${key}\` in ${fileName}${hint}`;
      const full = path === '' ? key : `${path}.${key}`;
      return `Unknown key \`${full}\` in ${fileName}${hint}`;
    }
    case 'invalid_value':
      return `${where} expected one of ${issue.values.map(String).join(', ')}, got ${describe(valueAt(input, issue.path))}`;
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return `${where} missing, expected ${issue.expected}`;
      return `${where} expected ${issue.expected}, got ${describe(value)}`;
    }
    default:
      return `${where} ${issue.message}`;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * The type and value a config gave, so `"40"` (a string) never reads as the number 40: strings
 * are quoted as JSON (controls escaped) and cut at 60 characters.
 */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return `string \`${quoted.length > 60 ? `${quoted.slice(0, 59)}…` : quoted}\``;
  }
  return `${typeof value} \`${String(value)}\``;
}

/** The keys the config schema allows at `path` (for did-you-mean on unknown keys). */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchema;
  for (const segment of [...path, undefined]) {
    schema = unwrap(schema);
    if (segment === undefined) break;
    if (schema instanceof z.ZodObject)
      schema = (schema.shape as Record<string, unknown>)[String(segment)];
    else if (schema instanceof z.ZodArray) schema = schema.element;
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional)
    current = current.unwrap();
  return current;
}
