/** Strategic pillars: the 2–4 bets that drive the North Star (`content/pillars/<id>.mdx`). */
import { z } from 'zod';
import { handle, text } from './common.ts';

export const pillarStatuses = ['active', 'retired'] as const;

export const indicatorSchema = z.strictObject({
  /** What is measured, e.g. "p95 checkout latency". */
  name: text,
  /** The value to reach, e.g. "< 900 ms". */
  target: z.union([text, z.number()]).transform(String),
  /** Optional latest reading, e.g. "1.4 s". */
  current: z.union([text, z.number()]).transform(String).optional(),
});

export const pillarSchema = z.strictObject({
  /** The pillar's name. */
  title: text,
  /** The accountable person or team. */
  owner: handle,
  /** One sentence: what this pillar is about. */
  summary: text,
  /** How this pillar moves the North Star. */
  drives: text,
  /** Leading indicators that show progress before the North Star moves. */
  indicators: z
    .array(indicatorSchema)
    .min(1, { message: 'Expected at least one leading indicator' }),
  /** `active` pillars count toward the 2–4 limit; `retired` ones are kept for history. */
  status: z.enum(pillarStatuses),
  /** Optional display order on the home page (lowest first). */
  order: z.number().int().optional(),
});

export type Pillar = z.output<typeof pillarSchema>;
export type PillarStatus = (typeof pillarStatuses)[number];
export type Indicator = z.output<typeof indicatorSchema>;
