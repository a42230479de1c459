/**
 * Trends from a temporary git repository with known commits: the series equal the values and
 * dates of the commits that changed them; a commit that changes other fields adds no point, and a
 * commit whose frontmatter does not parse (or whose value does not validate) is skipped. Then the
 * chart's geometry and sentence from those series.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHistory } from '../../site/lib/history/git-history.ts';
import {
  indicatorTrend,
  northStarTrend,
  readingOf,
  trendsFrom,
  withWorkingValue,
  type TrendPoint,
  type Trends,
} from '../../site/lib/derive/trends.ts';
import { CHART_HEIGHT, CHART_WIDTH, trendChart } from '../../site/lib/derive/trend-chart.ts';
import { gitRepo, type GitRepo } from '../support/git-repo.ts';

const HOSTILE = '<script>alert(1)</script></title>';

const northStar = (value: string, reviewed = '2026-01-01') =>
  `---\ntitle: Weekly active teams\nmetric: Teams\nunit: teams\ncurrent: { value: ${value}, asOf: 2026-01-01 }\ntarget: { value: 200, by: 2027-01-01 }\nowner: "@a"\nreviewed: ${reviewed}\n---\n\nWhy.\n`;
const pillar = (sync: string, summary = 'One.', extra = '') =>
  `---\ntitle: Reliability\nowner: "@b"\nsummary: ${summary}\ndrives: It does.\nstatus: active\nindicators:\n  - { name: Sync success, target: "99.9%", current: "${sync}" }\n  - { name: p95 load, target: "< 1.5 s", current: "4.2 s" }\n${extra}---\n\nBody.\n`;
const hostile = (current: string) =>
  `  - name: ${JSON.stringify(HOSTILE)}\n    target: "10"\n    current: "${current}"\n`;

const day = (point: TrendPoint) => point.date.toISOString().slice(0, 10);
const pairs = (points: readonly TrendPoint[]) => points.map((p) => [day(p), p.text]);

describe('trends from git history', () => {
  let repo: GitRepo;
  let trends: Trends;
  const commits: string[] = [];

  beforeAll(() => {
    repo = gitRepo('handbook-trends-');
    repo.write('content/strategy/north-star.mdx', northStar('100'));
    repo.write('content/pillars/reliability.mdx', pillar('97%'));
    repo.write('content/docs/guide.mdx', '---\ntitle: Guide\n---\n');
    commits.push(repo.commit('Start', '2026-01-05T10:00:00Z'));
    repo.write('content/strategy/north-star.mdx', northStar('120'));
    repo.write('content/pillars/reliability.mdx', pillar('98.5%'));
    commits.push(repo.commit('February readings', '2026-02-10T10:00:00Z'));
    // Other fields only: no new point.
    repo.write('content/strategy/north-star.mdx', northStar('120', '2026-03-01'));
    repo.write('content/pillars/reliability.mdx', pillar('98.5%', 'Two.'));
    commits.push(repo.commit('Review', '2026-03-01T10:00:00Z'));
    // Broken frontmatter in both files: skipped, and the series go on from the last good value.
    repo.write('content/strategy/north-star.mdx', '---\ncurrent: { value: 130\n---\n');
    repo.write('content/pillars/reliability.mdx', '---\nindicators: [\n---\n');
    commits.push(repo.commit('Broken', '2026-04-01T10:00:00Z'));
    repo.write('content/strategy/north-star.mdx', northStar('150'));
    repo.write('content/pillars/reliability.mdx', pillar('99.1%'));
    commits.push(repo.commit('May readings', '2026-05-01T10:00:00Z'));
    // A value that is not a number, and a new indicator with a hostile name.
    repo.write('content/strategy/north-star.mdx', northStar('"lots"'));
    repo.write('content/pillars/reliability.mdx', pillar('99.1%', 'One.', hostile('5')));
    commits.push(repo.commit('June', '2026-06-01T10:00:00Z'));
    repo.write('content/strategy/north-star.mdx', northStar('150'));
    repo.write('content/pillars/reliability.mdx', pillar('99.1%', 'One.', hostile('7')));
    commits.push(repo.commit('July', '2026-07-01T10:00:00Z'));
    trends = trendsFrom(contentHistory(repo.root));
  });
  afterAll(() => repo.remove());

  it("plots the North Star's value at each commit that changed it, dated by the commit", () => {
    expect(pairs(trends.northStar)).toEqual([
      ['2026-01-05', '100 teams'],
      ['2026-02-10', '120 teams'],
      ['2026-05-01', '150 teams'],
    ]);
    expect(trends.northStar.map((p) => p.value)).toEqual([100, 120, 150]);
    expect(trends.northStar.map((p) => p.commit)).toEqual([commits[0], commits[1], commits[4]]);
  });

  it("plots each indicator's current by pillar and name; an unchanged one has one point", () => {
    const reliability = trends.indicators.get('reliability')!;
    expect([...reliability.keys()]).toEqual(['Sync success', 'p95 load', HOSTILE]);
    expect(pairs(reliability.get('Sync success')!)).toEqual([
      ['2026-01-05', '97%'],
      ['2026-02-10', '98.5%'],
      ['2026-05-01', '99.1%'],
    ]);
    expect(reliability.get('Sync success')!.map((p) => [p.value, p.unit])).toEqual([
      [97, '%'],
      [98.5, '%'],
      [99.1, '%'],
    ]);
    expect(pairs(reliability.get('p95 load')!)).toEqual([['2026-01-05', '4.2 s']]);
    expect(pairs(reliability.get(HOSTILE)!)).toEqual([
      ['2026-06-01', '5'],
      ['2026-07-01', '7'],
    ]);
  });

  it('adds the working tree value as an uncommitted last point only when it differs', () => {
    const now = new Date('2026-08-01T00:00:00Z');
    const data = { current: { value: 150 }, target: { value: 200 }, unit: 'teams' };
    expect(northStarTrend(trends, data, now).points).toHaveLength(3);
    const edited = northStarTrend(trends, { ...data, current: { value: 160 } }, now);
    expect(edited.points.at(-1)).toEqual({
      text: '160 teams',
      value: 160,
      unit: ' teams',
      date: now,
      commit: '',
      uncommitted: true,
    });
    expect(edited.target).toEqual({ text: '200 teams', value: 200, unit: ' teams' });
    const sync = { name: 'Sync success', target: '99.9%', current: '99.1%' };
    expect(indicatorTrend(trends, 'reliability', sync, now).points).toHaveLength(3);
    expect(indicatorTrend(trends, 'missing', sync, now).points.map((p) => p.uncommitted)).toEqual([
      true,
    ]);
    expect(withWorkingValue([], undefined, now)).toEqual([]);
  });

  it('is empty outside git', () => {
    expect(trendsFrom(contentHistory('/'))).toEqual({ northStar: [], indicators: new Map() });
  });
});

describe('readings', () => {
  it('reads the number and unit of an indicator value, or keeps text', () => {
    expect(readingOf('86.4%')).toEqual({ text: '86.4%', value: 86.4, unit: '%' });
    expect(readingOf('29 days')).toEqual({ text: '29 days', value: 29, unit: ' days' });
    expect(readingOf('< 900 ms')).toEqual({ text: '< 900 ms', value: 900, unit: ' ms' });
    expect(readingOf('1,130')).toEqual({ text: '1,130', value: 1130, unit: '' });
    expect(readingOf('-0.5')).toMatchObject({ value: -0.5 });
    expect(readingOf('about half')).toEqual({ text: 'about half', value: null, unit: '' });
  });
});

describe('trend chart', () => {
  const at = (date: string, text: string, uncommitted = false): TrendPoint => ({
    ...readingOf(text),
    date: new Date(`${date}T10:00:00Z`),
    commit: date,
    ...(uncommitted ? { uncommitted: true as const } : {}),
  });
  const target = readingOf('200');

  it('puts each reading at its date and value, the target as a line, and says so in a sentence', () => {
    const points = [at('2026-01-01', '100'), at('2026-01-11', '120'), at('2026-01-21', '150')];
    const chart = trendChart('Weekly active teams', points, target);
    expect(chart.drawn).toBe(true);
    expect(chart.plotted.map((p) => [p.x, p.y])).toEqual([
      [0, CHART_HEIGHT],
      [CHART_WIDTH / 2, 240],
      [CHART_WIDTH, 150],
    ]);
    expect(chart.line).toBe('M0 300 L500 240 L1000 150');
    expect(chart.targetY).toBe(0);
    expect(chart.axis).toEqual({
      top: '200',
      bottom: '100',
      start: '1 Jan 2026',
      end: '21 Jan 2026',
    });
    expect(chart.summary).toBe(
      'Weekly active teams rose from 100 on 1 Jan 2026 to 150 on 21 Jan 2026 over 3 readings (target 200).',
    );
  });

  it('falls, stays flat, and marks an uncommitted value', () => {
    expect(trendChart('Load', [at('2026-01-01', '4.2 s'), at('2026-02-01', '3 s')]).summary).toBe(
      'Load fell from 4.2 s on 1 Jan 2026 to 3 s on 1 Feb 2026.',
    );
    const flat = trendChart('X', [at('2026-01-01', '10'), at('2026-01-01', '10.0')]);
    expect(flat.summary).toBe('X went from 10 on 1 Jan 2026 to 10.0 on 1 Jan 2026.');
    expect(flat.plotted.map((p) => [p.x, p.y])).toEqual([
      [0, 150],
      [1000, 150],
    ]);
    const pending = trendChart('N', [at('2026-01-01', '1'), at('2026-02-01', '2', true)]);
    expect(pending.summary).toBe('N rose from 1 on 1 Jan 2026 to 2 (not committed yet).');
    expect(pending.axis.end).toBe('now (not committed)');
  });

  it('draws no chart below two numeric readings in one unit, and says what there is', () => {
    expect(trendChart('N', [at('2026-01-01', '1')], target)).toMatchObject({
      drawn: false,
      summary: 'N: one reading so far, 1 on 1 Jan 2026 (target 200).',
    });
    expect(trendChart('N', []).summary).toBe('N: no readings in the history yet.');
    const mixed = trendChart('Load', [at('2026-01-01', '900 ms'), at('2026-02-01', '1.2 s')]);
    expect(mixed.drawn).toBe(false);
    expect(mixed.summary).toBe('Load went from 900 ms on 1 Jan 2026 to 1.2 s on 1 Feb 2026.');
    // A target in another unit is not drawn.
    expect(
      trendChart('P', [at('2026-01-01', '1%'), at('2026-02-01', '2%')], readingOf('3 s')).targetY,
    ).toBeUndefined();
  });
});
