/**
 * "What changed" from a temporary git repository with known commits: the history reader, the
 * derivation and the Atom feed, entry by entry.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentHistory,
  frontmatterData,
  parseNameStatus,
} from '../../site/lib/history/git-history.ts';
import { changesFrom } from '../../site/lib/derive/changes.ts';
import { atomFeed, xmlEscape } from '../../site/lib/derive/atom.ts';
import { changeEntry } from '../../site/lib/derive/change-feed.ts';
import { gitRepo, type GitRepo } from '../support/git-repo.ts';

const northStar = (value: number) =>
  `---\ntitle: Weekly active teams\nunit: teams\ncurrent:\n  value: ${value}\n  asOf: 2026-0${value === 10 ? 1 : 2}-01\n---\n\nWhy.\n`;
const pillar = (status: string, current: string) =>
  `---\ntitle: Reliability\nstatus: ${status}\nindicators:\n  - name: Sync success\n    current: "${current}"\n    target: "99.9%"\n---\n\nBody.\n`;
const brief = (title: string, quarter: string, status: string, reason?: string) =>
  `---\ntitle: "${title}"\nquarter: ${quarter}\nstatus: ${status}\n${reason ? `reason: ${reason}\n` : ''}---\n\n## Why\n`;

describe('what changed, from git history', () => {
  let repo: GitRepo;
  let root: string;
  const write = (path: string, text: string) => repo.write(path, text);
  const git = (...args: string[]) => repo.git(...args);
  const commit = (message: string, date: string) => repo.commit(message, date);

  beforeAll(() => {
    repo = gitRepo('handbook-history-');
    root = repo.root;
    write('content/strategy/north-star.mdx', northStar(10));
    write('content/pillars/reliability.mdx', pillar('active', '97%'));
    write('content/initiatives/2026-q3/sync.mdx', brief('Rewrite sync', '2026-Q3', 'proposed'));
    write('content/docs/guide.mdx', '---\ntitle: Guide\n---\n');
    commit('Start', '2026-01-05T10:00:00Z');
    // Moved to the next quarter's folder and started; the metrics moved.
    mkdirSync(join(root, 'content/initiatives/2026-q4'), { recursive: true });
    git('mv', 'content/initiatives/2026-q3/sync.mdx', 'content/initiatives/2026-q4/sync.mdx');
    write('content/initiatives/2026-q4/sync.mdx', brief('Rewrite sync', '2026-Q4', 'active'));
    write('content/strategy/north-star.mdx', northStar(12));
    write('content/pillars/reliability.mdx', pillar('active', '98.5%'));
    commit('Q4 planning', '2026-02-10T10:00:00Z');
    write(
      'content/initiatives/2026-q4/sync.mdx',
      brief('Rewrite sync', '2026-Q4', 'deprioritized', 'Partner SDK covers it'),
    );
    write(
      'content/initiatives/2026-q4/<hostile>.mdx',
      brief('Ship <script>alert(1)</script> & more', '2026-Q4', 'exploratory'),
    );
    write('content/pillars/reliability.mdx', pillar('retired', '98.5%'));
    commit('Stop sync', '2026-03-15T10:00:00Z');
  });
  afterAll(() => repo.remove());

  it('reads every version of briefs, pillars and the North Star (docs are not tracked)', () => {
    const history = contentHistory(root);
    expect(history.every((s) => s.collection !== undefined)).toBe(true);
    expect(history.map((s) => s.path)).not.toContain('content/docs/guide.mdx');
    expect(history.filter((s) => s.id === 'sync').map((s) => s.data?.['status'] ?? null)).toEqual([
      'proposed',
      null,
      'active',
      'deprioritized',
    ]);
  });

  it('lists each change, dated, newest first', () => {
    const changes = changesFrom(contentHistory(root));
    const lines = changes.map(
      (c) => `${c.date.toISOString().slice(0, 10)} ${c.kind} ${c.id}: ${c.text}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '2026-03-15 deprioritized sync: Deprioritized (was active): Partner SDK covers it.',
        '2026-03-15 brief-added <hostile>: Brief added for 2026-Q4 (exploratory).',
        '2026-03-15 pillar-retired reliability: Pillar retired.',
        '2026-02-10 status sync: Status proposed → active.',
        '2026-02-10 quarter sync: Moved from 2026-Q3 to 2026-Q4.',
        '2026-02-10 north-star north-star: North Star 10 → 12 teams (as of 2026-02-01).',
        '2026-02-10 indicator reliability: Sync success: 97% → 98.5%.',
        '2026-01-05 brief-added sync: Brief added for 2026-Q3 (proposed).',
        '2026-01-05 pillar-added reliability: Pillar added (active).',
        '2026-01-05 north-star north-star: North Star set: 10 teams (as of 2026-01-01).',
      ]),
    );
    expect(lines).toHaveLength(10);
    // The folder move is not a removal.
    expect(changes.some((c) => c.kind === 'brief-removed')).toBe(false);
    const dates = changes.map((c) => c.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('writes the same entries as an Atom feed, escaped', () => {
    const changes = changesFrom(contentHistory(root));
    const xml = atomFeed({
      id: 'urn:strategy-handbook:changes',
      title: 'What changed',
      self: '/changes.xml',
      alternate: '/changes/',
      updated: new Date('2026-04-01T00:00:00Z'),
      entries: changes.map((c) => changeEntry(c, (route) => `https://handbook.example${route}`)),
    });
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(changes.length);
    expect(xml).toContain('<updated>2026-03-15T10:00:00.000Z</updated>');
    expect(xml).toContain('<title>Deprioritized: Rewrite sync</title>');
    expect(xml).toContain('href="https://handbook.example/initiatives/sync/"');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('Ship &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(xml).toContain('href="https://handbook.example/initiatives/&lt;hostile&gt;/"');
  });
});

describe('history helpers', () => {
  it('reads frontmatter as data, never as code', () => {
    expect(frontmatterData('---\ntitle: A\n---\nbody')).toEqual({ title: 'A' });
    expect(frontmatterData('no frontmatter')).toBeNull();
    expect(frontmatterData('---\n: : bad\n---\n')).toBeNull();
    expect(frontmatterData('---\n- a list\n---\n')).toBeNull();
    // The linter's split: a fence may carry trailing blanks; a line that Astro would read as the
    // closing fence (`---x`) makes the block ambiguous, so it is not data.
    expect(frontmatterData('\uFEFF---\ntitle: A\n---  \nbody')).toEqual({ title: 'A' });
    expect(frontmatterData('---\ntitle: A\n---x: 1\n---\n')).toBeNull();
  });
  it('parses name-status blocks, ignoring renames and files that are not Markdown', () => {
    const touches = parseNameStatus(
      '\u0000abc\t2026-01-01T00:00:00Z\n\nA\tcontent/pillars/x.mdx\nM\tpackage.json\nR100\ta\tb\n',
    );
    expect(touches).toEqual([
      {
        commit: 'abc',
        date: new Date('2026-01-01T00:00:00Z'),
        status: 'A',
        path: 'content/pillars/x.mdx',
      },
    ]);
  });
  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlEscape('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });
});
