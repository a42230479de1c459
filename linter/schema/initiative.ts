/** Initiative briefs: one per initiative, reviewed as a pull request (`content/initiatives/**\/<id>.mdx`). */
import { z } from 'zod';
import { handle, isoDate, quarter, slug, text } from './common.ts';

export const initiativeStatuses = [
  'proposed',
  'active',
  'done',
  'exploratory',
  'deprioritized',
] as const;
export const initiativeKinds = ['feature', 'tech-debt', 'experiment', 'enablement'] as const;
export const riskLevels = ['low', 'medium', 'high'] as const;

/** Statuses that count as a commitment on the roadmap. */
export const committedStatuses: readonly InitiativeStatus[] = ['proposed', 'active'];

export const initiativeSchema = z
  .strictObject({
    /** What the initiative achieves, as a short outcome. */
    title: text,
    /** The accountable person or team. */
    owner: handle,
    /** The quarter it is planned for, `YYYY-Qn`. */
    quarter,
    /** Where it stands. */
    status: z.enum(initiativeStatuses),
    /** Id of the pillar it ladders up to (a file name in `content/pillars/`). */
    pillar: slug,
    /** What sort of work it is. */
    kind: z.enum(initiativeKinds),
    /** Ids of briefs that must land first. */
    dependsOn: z.array(slug).default([]),
    /** Last time the brief was reviewed. */
    reviewed: isoDate.optional(),
    /** Tech debt only: how likely and how bad the failure it prevents. */
    risk: z.enum(riskLevels).optional(),
    /** Tech debt only: what it costs the business if left alone. */
    impact: text.optional(),
    /** Deprioritized only: why it was stopped. */
    reason: text.optional(),
  })
  .superRefine((brief, ctx) => {
    if (brief.kind === 'tech-debt' && brief.risk === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['risk'],
        message: 'Missing `risk`, expected `low`, `medium` or `high` for a tech-debt brief',
      });
    }
    if (brief.kind === 'tech-debt' && brief.impact === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['impact'],
        message: 'Missing `impact`, expected the business cost of leaving this debt alone',
      });
    }
    if (brief.status === 'deprioritized' && brief.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Missing `reason`, expected why this initiative was deprioritized',
      });
    }
  });

export type Initiative = z.output<typeof initiativeSchema>;
export type InitiativeStatus = (typeof initiativeStatuses)[number];
export type InitiativeKind = (typeof initiativeKinds)[number];
