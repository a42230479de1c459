import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../linter/formatters/stylish.ts';
import { sampleResults } from './sample-results.ts';

describe('formatStylish', () => {
  it('groups problems by file with clickable locations, hints and a summary', () => {
    expect(formatStylish(sampleResults, { color: false })).toMatchSnapshot();
  });

  it('prefixes paths with the root relative to the cwd', () => {
    const out = formatStylish(sampleResults, { color: false, pathPrefix: 'handbooks/acme' });
    expect(out).toContain('  handbooks/acme/content/pillars/growth.mdx:1:1  warning  ');
  });

  it('colours only when asked, and the colours do not change the text', () => {
    const plain = formatStylish(sampleResults, { color: false });
    const coloured = formatStylish(sampleResults, { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[31merror/);
    expect(coloured).toMatch(/\u001b\[33mwarning/);
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('says so when there are no problems, and skips clean files', () => {
    expect(
      formatStylish(
        [
          { file: 'content/a.mdx', messages: [] },
          { file: 'content/b.mdx', messages: [] },
        ],
        { color: false },
      ),
    ).toBe('✔ No problems in 2 files\n');
    expect(formatStylish(sampleResults, { color: false })).not.toContain('content/docs/index.mdx');
  });
});
