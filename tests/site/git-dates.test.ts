import { describe, expect, it } from 'vitest';
import { gitDates, parseGitLog } from '../../site/lib/git-dates.ts';

describe('parseGitLog', () => {
  it('keeps the newest date of each path (the log is newest first)', () => {
    const log = [
      '\u00002026-11-20T10:00:00+01:00',
      '',
      'content/initiatives/a.mdx',
      'content/docs/strategy/principles.mdx',
      '',
      '\u00002026-10-01T08:00:00+00:00',
      '',
      'content/initiatives/a.mdx',
      'content/initiatives/b.mdx',
      '',
    ].join('\n');
    const dates = parseGitLog(log);
    expect(dates.get('content/initiatives/a.mdx')?.toISOString()).toBe('2026-11-20T09:00:00.000Z');
    expect(dates.get('content/initiatives/b.mdx')?.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(dates.size).toBe(3);
  });
  it('ignores empty output and malformed dates', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\u0000not a date\ncontent/x.mdx\n').size).toBe(0);
  });
});

describe('gitDates', () => {
  it('returns an empty map outside a git checkout', () => {
    expect(gitDates('/').size).toBe(0);
  });
});
