/** The North Star: the one metric the whole strategy moves (`content/strategy/north-star.mdx`). */
import { z } from 'zod';
import { handle, isoDate, text } from './common.ts';

export const northStarSchema = z.strictObject({
  /** The metric's short name, e.g. "Weekly active teams". */
  title: text,
  /** The definition: what exactly is counted. */
  metric: text,
  /** Optional unit shown beside values, e.g. "teams". */
  unit: text.optional(),
  /** The latest measured value and when it was measured. */
  current: z.strictObject({
    /** The measured value. */
    value: z.number(),
    /** When it was measured. */
    asOf: isoDate,
  }),
  /** Where we want the metric to be, and by when. */
  target: z.strictObject({
    /** The value we aim for. */
    value: z.number(),
    /** The deadline. */
    by: isoDate,
  }),
  /** The accountable person or team. */
  owner: handle,
  /** Last time leadership reviewed the North Star. */
  reviewed: isoDate,
});

export type NorthStar = z.output<typeof northStarSchema>;
