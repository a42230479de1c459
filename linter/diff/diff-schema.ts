/**
 * The shape of `handbook diff --format json`: what a change does to the strategy, as data. One
 * zod schema is the type the comparison builds and the check `--input` applies: in CI the JSON
 * comes from a pull request's own job, so the job that renders and posts it treats it as
 * untrusted input (every field checked, every string escaped when rendered). Bump
 * {@link STRATEGY_DIFF_VERSION} on a breaking change.
 */
import { z } from 'zod';
import { initiativeKinds, initiativeStatuses } from '../schema/initiative.ts';

export const STRATEGY_DIFF_VERSION = 1;

/** Any text from content: bounded, so a crafted file cannot make the renderer choke. */
const text = z.string().max(20_000);
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const status = z.enum(initiativeStatuses);
const kind = z.enum(initiativeKinds);
const count = z.number().int().min(0);
const ids = z.array(text);

/** A brief as the diff names it. */
export const briefRefSchema = z.strictObject({
  id: text,
  title: text,
  /** Root-relative path of the file (at the working tree; at the base for a removed brief). */
  file: text,
  pillar: text,
  /** The pillar's title, null when no pillar has that id. */
  pillarTitle: text.nullable(),
  quarter,
  status,
  kind,
  owner: text,
});

/** One field before → after; null where there was none. */
export const fieldChangeSchema = z.strictObject({
  field: text,
  before: text.nullable(),
  after: text.nullable(),
});

export const briefFields = ['status', 'quarter', 'pillar', 'owner', 'kind', 'title'] as const;

export const briefChangeSchema = z.strictObject({
  brief: briefRefSchema,
  changes: z.array(z.strictObject({ field: z.enum(briefFields), before: text, after: text })),
  /** The reason given when the brief became deprioritized. */
  reason: text.optional(),
});

const edge = z.strictObject({ from: text, to: text });
const debt = z.strictObject({
  techDebt: count,
  total: count,
  share: z.number().min(0).max(1).nullable(),
  over: z.boolean(),
});
const column = z.strictObject({ before: count, after: count, entered: ids, left: ids });

export const strategyDiffSchema = z.strictObject({
  version: z.literal(STRATEGY_DIFF_VERSION),
  /** The ref compared with, and the merge base commit the "before" side was read from. */
  base: z.strictObject({ ref: text, commit: z.string().regex(/^[0-9a-f]{7,64}$/) }),
  /** Nothing below changed. */
  empty: z.boolean(),
  /** The same headline the Markdown opens with. */
  headline: text,
  /** The tech-debt capacity per quarter (a share, 0–1) the working tree is configured with. */
  techDebtCapacity: z.number().min(0).max(1),
  briefs: z.strictObject({
    added: z.array(briefRefSchema),
    removed: z.array(briefRefSchema),
    /** Same id, another file: renamed or moved between folders (never an add plus a remove). */
    moved: z.array(z.strictObject({ brief: briefRefSchema, from: text, to: text })),
    changed: z.array(briefChangeSchema),
  }),
  dependencies: z.strictObject({
    added: z.array(edge),
    removed: z.array(edge),
    newCycles: z.array(ids),
    brokenCycles: z.array(ids),
    /** Open briefs that now wait on unfinished (or missing) work, and what they wait on. */
    newlyBlocked: z.array(z.strictObject({ brief: briefRefSchema, waitingOn: ids })),
    unblocked: z.array(briefRefSchema),
  }),
  pillars: z.array(
    z.strictObject({
      id: text,
      title: text,
      /** `added`, `removed`, `retired`, `reactivated`, or null when the pillar itself is unchanged. */
      change: z.enum(['added', 'removed', 'retired', 'reactivated']).nullable(),
      /** Briefs per status, only the statuses whose count changed. */
      counts: z.array(z.strictObject({ status, before: count, after: count })),
      committed: z.strictObject({ before: count, after: count }),
      lostLastCommitted: z.boolean(),
      gainedFirstCommitted: z.boolean(),
    }),
  ),
  quarters: z.array(
    z.strictObject({
      quarter,
      committed: column,
      exploratory: column,
      done: column,
      deprioritized: column,
      techDebt: z.strictObject({ before: debt, after: debt }),
    }),
  ),
  health: z.array(z.strictObject({ indicator: text, label: text, before: count, after: count })),
  vision: z.strictObject({
    respondents: z.array(
      z.strictObject({ id: text, respondent: text, change: z.enum(['added', 'removed']) }),
    ),
    answers: z.array(
      z.strictObject({
        id: text,
        respondent: text,
        question: text,
        change: z.enum(['added', 'removed', 'changed']),
      }),
    ),
  }),
  gaps: z.strictObject({
    opened: z.array(z.strictObject({ id: text, title: text, question: text })),
    closed: z.array(z.strictObject({ id: text, title: text, question: text })),
  }),
  northStar: z.array(fieldChangeSchema),
  indicators: z.array(
    z.strictObject({
      pillar: text,
      name: text,
      field: z.enum(['target', 'current', 'indicator']),
      before: text.nullable(),
      after: text.nullable(),
    }),
  ),
  lint: z.strictObject({
    new: z.array(
      z.strictObject({ file: text, line: count, column: count, ruleId: text, message: text }),
    ),
    fixed: z.array(
      z.strictObject({ file: text, line: count, column: count, ruleId: text, message: text }),
    ),
  }),
});

export type StrategyDiff = z.infer<typeof strategyDiffSchema>;
export type BriefRef = z.infer<typeof briefRefSchema>;
export type BriefChange = z.infer<typeof briefChangeSchema>;
export type LintItem = StrategyDiff['lint']['new'][number];
export type QuarterDelta = StrategyDiff['quarters'][number];
export type PillarDelta = StrategyDiff['pillars'][number];
