/**
 * The Markdown twins of `/health/` (problems first, then every indicator and its detail) and
 * `/vision/` (the questions ranked by disagreement, then each question with every leader's
 * answer as its own section, and the open gaps). They render the pages' own models: the core's
 * `alignmentHealth` through `healthIndicators`, and `visionPage`.
 */
import type { AlignmentHealth } from '../../../linter/core/health.ts';
import { isoDay } from '../../../linter/core/dates.ts';
import type { HealthIndicators } from '../derive/health-indicators.ts';
import type { VisionPage } from '../derive/vision-page.ts';
import type { GapView } from '../derive/vision.ts';
import { briefLink, fact, pillarTwin, type TwinLinks } from './entries.ts';
import { heading, joined, link, list, oneLine, paragraph, table, toMarkdown, type Inline } from './write.ts';

export interface HealthTwinInput {
  health: AlignmentHealth;
  indicators: HealthIndicators;
  settings: { cadenceDays: number; checkInDays: number; capacity: number };
  now: Date;
  links: TwinLinks;
}

const pct = (share: number): string => `${Math.round(share * 100)}%`;
const nameOf = (data: unknown, fallback: string): string => oneLine((data as { title?: string; respondent?: string }).title ?? (data as { respondent?: string }).respondent ?? fallback);

export function healthMarkdown(input: HealthTwinInput): string {
  const { health, indicators, settings, links } = input;
  const { problems } = indicators;
  return toMarkdown([
    heading(1, 'Alignment health'),
    paragraph(
      `Computed from the content at build time (${isoDay(input.now)}): review cadence ${settings.cadenceDays} days, vision check-ins every ${settings.checkInDays} days, tech-debt capacity ${pct(settings.capacity)} per quarter.`,
    ),
    heading(2, problems.length === 0 ? 'No problems found' : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix`),
    problems.length === 0 ? paragraph('Every indicator is within its limits.') : list(problems.map((row) => fact(row.name, `${row.count} ${row.unit}`))),
    heading(2, 'All indicators'),
    table(
      ['Indicator', 'Count', 'State'],
      indicators.summary.map((row) => [row.name, `${row.count} ${row.unit}`, row.attention ? 'Needs attention' : 'OK']),
    ),
    heading(2, 'Pillars without committed work'),
    health.orphans.length === 0
      ? paragraph('Every active pillar has committed work.')
      : list(health.orphans.map((p) => [link(links.url(pillarTwin(p.id)), p.data.title), ` (owner ${oneLine(p.data.owner)})`])),
    heading(2, 'Reviews past their cadence'),
    indicators.staleReviews.length === 0
      ? paragraph('Every open brief and the North Star are within their cadence.')
      : list(
          indicators.staleReviews.map((item) => [
            item.collection === 'initiatives' ? briefLink(item.entry as Parameters<typeof briefLink>[0], links) : nameOf(item.entry.data, item.entry.id),
            item.ageDays === null ? ': never reviewed' : `: last reviewed ${item.ageDays} days ago`,
          ]),
        ),
    heading(2, 'Tech-debt share per quarter'),
    health.techDebt.length === 0
      ? paragraph('No briefs yet.')
      : table(
          ['Quarter', 'Tech debt', 'All briefs', 'Share', 'State'],
          health.techDebt.map((q) => [q.quarter, String(q.techDebt), String(q.total), q.share === null ? '—' : pct(q.share), q.share === null ? 'No briefs' : q.over ? 'Over capacity' : 'Within capacity']),
        ),
    heading(2, 'Briefs blocked by unfinished dependencies'),
    health.blocked.length === 0
      ? paragraph('No brief is waiting on unfinished work.')
      : list(
          health.blocked.map(({ brief, waitingOn, missing }): Inline[] => [
            briefLink(brief, links),
            ` (${brief.data.status}) waits on `,
            ...joined([...waitingOn.map((d) => briefLink(d, links)), ...missing.map((id) => `unknown ${oneLine(id)}`)]),
          ]),
        ),
    heading(2, 'Initiatives per owner'),
    table(
      ['Owner', 'Committed initiatives', 'State'],
      health.owners.map((o) => [oneLine(o.owner), String(o.initiatives.length), o.over ? `Over ${health.ownerLimit}` : 'OK']),
    ),
    heading(2, 'Vision answers due a check-in'),
    indicators.staleAnswers.length === 0
      ? paragraph("Every leader's answers are recent.")
      : list(indicators.staleAnswers.map((item) => [`${nameOf(item.entry.data, item.entry.id)}: answered ${item.ageDays} days ago`])),
    heading(2, 'Open vision gaps'),
    health.gaps.length === 0
      ? paragraph('No open gaps.')
      : list(health.gaps.map((g) => [`${oneLine(g.data.title)} (question ${oneLine(g.data.question)}; owner ${oneLine(g.data.owner)}, opened ${isoDay(g.data.opened)})`])),
    heading(2, 'Dependency cycles'),
    health.cycles.length === 0 ? paragraph('No dependency cycles.') : list(health.cycles.map((cycle) => [cycle.map(oneLine).join(' → ')])),
  ]);
}

function gapItem(gap: GapView): Inline[] {
  const body = gap.paragraphs.map(oneLine).join(' ');
  return [`${oneLine(gap.title)} (${gap.status}, owner ${oneLine(gap.owner)}, opened ${isoDay(gap.opened)})${body ? `: ${body}` : ''}`];
}

export function visionMarkdown(page: VisionPage): string {
  const { view, scores, rows, leaders } = page;
  const scoreOf = new Map(scores.questions.map((s) => [s.question, s]));
  return toMarkdown([
    heading(1, 'Vision'),
    paragraph(
      `${leaders.length} ${leaders.length === 1 ? 'leader' : 'leaders'}, ${view.questions.length} questions, ${page.openGapCount} open ${page.openGapCount === 1 ? 'gap' : 'gaps'}${page.unanswered > 0 ? `, ${page.unanswered} missing ${page.unanswered === 1 ? 'answer' : 'answers'}` : ''}.`,
      view.dueCheckIn.length > 0 ? ` Due a check-in (answers older than ${view.checkInDays} days): ${view.dueCheckIn.map(oneLine).join(', ')}.` : '',
    ),
    heading(2, 'Where leaders differ most'),
    paragraph('Disagreement compares the words leaders’ answers to a question share with what answers to different questions share: 100% means no more in common than unrelated answers.'),
    table(
      ['Rank', 'Question', 'Disagreement', 'Open gaps'],
      rows.map((row) => [
        row.disagreement?.rank == null ? '—' : String(row.disagreement.rank),
        oneLine(row.question.question.text),
        row.disagreement?.score == null ? '—' : `${pct(row.disagreement.score)} (${row.disagreement.level})`,
        String(row.openGaps.length),
      ]),
    ),
    ...view.questions.flatMap((q) => {
      const score = scoreOf.get(q.question.id);
      return [
        heading(2, q.question.text),
        paragraph(score?.score == null ? 'Disagreement: not scored (fewer than two answers).' : `Disagreement: ${pct(score.score)} (${score.level}), rank ${score.rank}.`),
        ...q.answers.flatMap((a) => [
          heading(3, `${oneLine(a.respondent)} (${oneLine(a.role)}, ${isoDay(a.date)})`),
          ...(a.answered ? a.paragraphs.map((text) => paragraph(oneLine(text))) : [paragraph('No answer yet.')]),
        ]),
        q.openGaps.length > 0 && heading(3, 'Open gaps'),
        list(q.openGaps.map(gapItem)),
      ];
    }),
    view.strayGaps.length > 0 && heading(2, 'Gaps on other questions'),
    list(view.strayGaps.map(gapItem)),
  ]);
}
