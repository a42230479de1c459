/**
 * Field types shared by every collection: dates, quarters and owner handles.
 * Plain zod, no Astro: the linter and the site both import these.
 */
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * An ISO date. YAML parsers differ on whether an unquoted date is a string or a Date,
 * so both are accepted and the output is always a Date at midnight UTC.
 */
export const isoDate = z
  .union([
    z.date(),
    z.string().refine(isIsoDate, { message: 'Expected a date as `YYYY-MM-DD`, e.g. `2026-10-31`' }),
  ])
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** The shape of a quarter, `YYYY-Qn` (the scaffolder checks typed values with it too). */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
/** The shape of an owner handle. */
export const HANDLE_PATTERN = /^@[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9._-]+)?$/;
/** The shape of an id: kebab-case, lowercase ASCII letters and digits. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A quarter such as `2026-Q3`. */
export const quarter = z
  .string()
  .regex(QUARTER_PATTERN, { message: 'Expected a quarter as `YYYY-Qn`, e.g. `2026-Q3`' });

/** A person or team handle such as `@dana` or `@payments-team`. */
export const handle = z.string().regex(HANDLE_PATTERN, {
  message: 'Expected a handle such as `@dana` or `@payments-team`',
});

/** A lowercase slug used as an id: file names, pillar ids, question ids. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, { message: 'Expected an id in kebab-case, e.g. `platform-reliability`' });

/** Non-empty text after trimming. */
export const text = z.string().trim().min(1, { message: 'Expected text, found an empty value' });

/** Sorts quarters chronologically (`2026-Q4` before `2027-Q1`); they sort as strings. */
export function compareQuarters(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
