import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatGithub,
  formatGithubSummary,
} from '../../linter/formatters/github.ts';
import { sampleResults } from './sample-results.ts';

describe('workflow command escaping (as @actions/core)', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('also escapes : and , in properties', () => {
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
    expect(escapeProperty('content/a b.mdx')).toBe('content/a b.mdx');
  });
});

describe('formatGithub', () => {
  it('writes one command per problem, in order, with escaped properties and message', () => {
    expect(formatGithub(sampleResults, { pathPrefix: 'docs,hb' }).split('\n')).toEqual([
      '::error file=docs%2Chb/content/initiatives/checkout v2.mdx,line=5,col=9,title=brief-depends-on::Unexpected dependency `a,b: c` with 100%25 | pipes, expected an initiative id%0ALine one%0D%0Aline two',
      '::error file=docs%2Chb/content/initiatives/checkout v2.mdx,line=5,col=9,endLine=5,endColumn=15,title=brief-pillar::Unexpected pillar `growht`, expected an active pillar, did you mean `growth`?',
      '::warning file=docs%2Chb/content/initiatives/checkout v2.mdx,line=5,col=11,endLine=5,endColumn=21,title=stale-review::Unexpected review date `2025-01-02`, expected one within 180 days',
      '::error file=docs%2Chb/content/initiatives/checkout v2.mdx,line=12,col=1,endLine=12,endColumn=4,title=brief-why::Unexpected placeholder `TBD` in the Why section, expected prose%0ASay why this matters now: the customer problem, the evidence, the cost of waiting.',
      '::warning file=docs%2Chb/content/pillars/growth.mdx,line=1,col=1,endLine=6,endColumn=4,title=pillar-orphan::Unexpected pillar `growth` without initiatives, expected at least one',
      '',
    ]);
  });

  it('writes nothing when clean', () => {
    expect(formatGithub([{ file: 'content/a.mdx', messages: [] }])).toBe('');
  });
});

describe('formatGithubSummary', () => {
  it('tabulates files and lists every problem, noting the annotation limit', () => {
    expect(formatGithubSummary(sampleResults)).toMatchSnapshot();
  });

  it('says so when clean', () => {
    expect(formatGithubSummary([{ file: 'content/a.mdx', messages: [] }])).toBe(
      '## Handbook lint\n\n✔ No problems in 1 file.\n',
    );
  });
});
