/** Vision answers (`content/vision/<respondent-id>.mdx`) and alignment gaps (`content/vision/gaps/<id>.mdx`). */
import { z } from 'zod';
import { handle, isoDate, slug, text } from './common.ts';

export const visionAnswerSchema = z.strictObject({
  /** Who answered, e.g. "Alex Kim". */
  respondent: text,
  /** Their role, e.g. "CEO". */
  role: text,
  /** When these answers were given. */
  date: isoDate,
});

export const gapStatuses = ['open', 'closed'] as const;

export const gapSchema = z
  .strictObject({
    /** What leaders disagree on, in a few words. */
    title: text,
    /** The id of the vision question it concerns, e.g. `customer`. */
    question: slug,
    /** Who drives it to a decision. */
    owner: handle,
    /** `open` until the leaders agree. */
    status: z.enum(gapStatuses),
    /** When the gap was recorded. */
    opened: isoDate,
    /** When it was closed; required once `status` is `closed`. */
    closed: isoDate.optional(),
  })
  .superRefine((gap, ctx) => {
    if (gap.status === 'closed' && gap.closed === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['closed'],
        message: 'Missing `closed`, expected the date the gap was closed',
      });
    }
    if (gap.closed !== undefined && gap.closed < gap.opened) {
      ctx.addIssue({
        code: 'custom',
        path: ['closed'],
        message: 'Unexpected `closed` before `opened`, expected a later date',
      });
    }
  });

export type VisionAnswer = z.output<typeof visionAnswerSchema>;
export type Gap = z.output<typeof gapSchema>;
