/**
 * The one line a reviewer reads first: what the change does to the strategy, most decisive
 * things first ("2 briefs added (tech debt), 1 moved to 2027-Q2, 1 experiment deprioritized;
 * tech debt in 2027-Q1 goes from 18% to 26% of the quarter (limit 20%)"). Plain text: the
 * Markdown renderer escapes it like any other text from content.
 */
import { kindLabels } from '../core/labels.ts';
import type { InitiativeKind } from '../schema/initiative.ts';
import type { BriefRef, StrategyDiff } from './diff-schema.ts';

/** `1 brief` / `2 briefs`. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** A share as a whole percentage: `0.26` → `26%`. */
export const percent = (share: number | null): string =>
  share === null ? 'none' : `${Math.round(share * 100)}%`;

const kindText = (kind: InitiativeKind) => kindLabels[kind].toLowerCase();

/** `(tech debt)` when all share a kind, else `(1 feature, 1 tech debt)`. */
function kinds(briefs: readonly Pick<BriefRef, 'kind'>[]): string {
  const counts = new Map<InitiativeKind, number>();
  for (const brief of briefs) counts.set(brief.kind, (counts.get(brief.kind) ?? 0) + 1);
  if (counts.size === 1) return `(${kindText(briefs[0]?.kind ?? 'feature')})`;
  return `(${[...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `${n} ${kindText(kind)}`)
    .join(', ')})`;
}

/** The headline of a diff (its own `headline` field is ignored). */
export function headlineOf(diff: Omit<StrategyDiff, 'headline'>): string {
  if (diff.empty) return `No change to the strategy since ${diff.base.ref}`;
  const { briefs, dependencies } = diff;
  const work: string[] = [];
  if (briefs.added.length > 0)
    work.push(`${plural(briefs.added.length, 'brief')} added ${kinds(briefs.added)}`);
  if (briefs.removed.length > 0) work.push(`${plural(briefs.removed.length, 'brief')} removed`);
  const quarterMoves = new Map<string, number>();
  const deprioritized: BriefRef[] = [];
  let pillarMoves = 0;
  const statusChanges = new Map<string, number>();
  for (const change of briefs.changed) {
    const quarter = change.changes.find((c) => c.field === 'quarter');
    if (quarter) quarterMoves.set(quarter.after, (quarterMoves.get(quarter.after) ?? 0) + 1);
    const status = change.changes.find((c) => c.field === 'status');
    if (status?.after === 'deprioritized') deprioritized.push(change.brief);
    else if (status) statusChanges.set(status.after, (statusChanges.get(status.after) ?? 0) + 1);
    if (change.changes.some((c) => c.field === 'pillar')) pillarMoves += 1;
  }
  for (const [quarter, n] of [...quarterMoves].sort(([a], [b]) => (a < b ? -1 : 1)))
    work.push(`${n} moved to ${quarter}`);
  if (deprioritized.length === 1)
    work.push(`1 ${kindText(deprioritized[0]?.kind ?? 'feature')} deprioritized`);
  else if (deprioritized.length > 1)
    work.push(`${deprioritized.length} deprioritized ${kinds(deprioritized)}`);
  for (const [status, n] of [...statusChanges].sort(([a], [b]) => (a < b ? -1 : 1)))
    work.push(`${n} now ${status}`);
  if (pillarMoves > 0) work.push(`${pillarMoves} moved to another pillar`);
  const edited = briefs.changed.filter((change) =>
    change.changes.every((c) => c.field === 'owner' || c.field === 'kind' || c.field === 'title'),
  ).length;
  if (edited > 0)
    work.push(
      `${edited} edited (${[...new Set(briefs.changed.flatMap((c) => c.changes.map((f) => f.field)).filter((f) => f === 'owner' || f === 'kind' || f === 'title'))].sort().join(', ')})`,
    );
  const requeued = new Set(
    briefs.changed
      .filter((c) => c.changes.some((f) => f.field === 'quarter'))
      .map((c) => c.brief.id),
  );
  const relocated = briefs.moved.filter((move) => !requeued.has(move.brief.id)).length;
  if (relocated > 0) work.push(`${plural(relocated, 'brief file')} renamed or moved`);

  const effects: string[] = [];
  for (const pillar of diff.pillars) {
    if (pillar.lostLastCommitted)
      effects.push(`pillar ${pillar.title} loses its last committed initiative`);
    if (pillar.change === 'added' || pillar.change === 'removed' || pillar.change === 'retired')
      effects.push(`pillar ${pillar.title} ${pillar.change}`);
  }
  const limit = percent(diff.techDebtCapacity);
  for (const row of diff.quarters) {
    const { before, after } = row.techDebt;
    if (before.share === after.share || !(before.over || after.over)) continue;
    effects.push(
      `tech debt in ${row.quarter} goes from ${percent(before.share)} to ${percent(after.share)} of the quarter (limit ${limit})`,
    );
  }
  if (dependencies.newCycles.length > 0)
    effects.push(`${plural(dependencies.newCycles.length, 'new dependency cycle')}`);
  if (dependencies.newlyBlocked.length > 0)
    effects.push(`${plural(dependencies.newlyBlocked.length, 'brief')} newly blocked`);
  if (diff.northStar.length > 0) effects.push('North Star changed');
  if (diff.gaps.opened.length > 0)
    effects.push(`${plural(diff.gaps.opened.length, 'vision gap')} opened`);
  if (diff.gaps.closed.length > 0)
    effects.push(`${plural(diff.gaps.closed.length, 'vision gap')} closed`);
  const answers =
    new Set(diff.vision.answers.map((a) => a.id)).size + diff.vision.respondents.length;
  if (answers > 0) effects.push(`vision answers of ${plural(answers, 'leader')} changed`);
  if (diff.lint.new.length > 0) effects.push(`${plural(diff.lint.new.length, 'new lint error')}`);
  if (diff.lint.fixed.length > 0)
    effects.push(`${plural(diff.lint.fixed.length, 'lint error')} fixed`);

  const parts = [work.join(', '), ...effects].filter((part) => part !== '');
  if (parts.length === 0) return 'Health indicators change (see below)';
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
