import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_HELP } from '../../linter/cli/lint-command.ts';
import { run } from '../../linter/cli/run.ts';
import { fixturesDir, memoryIo } from './helpers.ts';

const handbook = join(fixturesDir, 'cli-handbook');
const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('usage errors', () => {
  const cases: [string[], RegExp][] = [
    [[], /^handbook: missing command\. Run `handbook --help`/],
    [['lnt'], /^handbook: unknown command `lnt`, did you mean `lint`\? Run `handbook --help`/],
    [['--nope'], /^handbook: unknown option `--nope`/],
    [
      ['lint', '--fromat', 'json'],
      /^handbook: unknown option `--fromat`, did you mean `--format`\? Run `handbook lint --help`/,
    ],
    [['lint', '-x'], /^handbook: unknown option `-x`/],
    [
      ['lint', '--format', 'xml'],
      /^handbook: unknown format `xml`, expected one of stylish, json, sarif, github/,
    ],
    [['lint', '--format'], /^handbook: option `--format` needs a value/],
    [['lint', '--format', '--quiet'], /^handbook: option `--format` needs a value/],
    [['lint', '--quiet=yes'], /^handbook: option `--quiet` does not take a value/],
    [
      ['lint', '--max-warnings', 'ten'],
      /^handbook: `--max-warnings` expects a whole number, got `ten`/,
    ],
    [['lint', '--max-warnings', '-1'], /^handbook: /],
    [
      ['lint', '--max-warnings', '1.5'],
      /^handbook: `--max-warnings` expects a whole number, got `1\.5`/,
    ],
    [['lint', '--root', 'missing-folder'], /^handbook: root `missing-folder` is not a folder/],
    [
      ['lint', '--root', '../cli-no-content'],
      /^handbook: no `content\/` folder in `\.\.\/cli-no-content`/,
    ],
    [['lint', '--base', 'main'], /^handbook: `--base` only applies with `--changed`/],
    [
      ['lint', 'content/docs/nope.mdx'],
      /^handbook: no such file or folder `content\/docs\/nope\.mdx`/,
    ],
    [
      ['lint', '../cli-bad-config'],
      /^handbook: `\.\.\/cli-bad-config` is outside the handbook's content, expected a file or folder under `content\/`/,
    ],
  ];

  it.each(cases)('%j exits 2 with one line on stderr', async (argv, expected) => {
    const io = memoryIo(handbook);
    expect(await run(argv, io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(expected);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
    expect(io.err.endsWith('\n')).toBe(true);
  });

  it('reports an invalid config as one line naming the file, exit 2', async () => {
    const io = memoryIo(join(fixturesDir, 'cli-bad-config'));
    expect(await run(['lint'], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: Unknown rule `brief-wy` in handbook.config.json, did you mean `brief-why`?\n',
    );
  });
});

describe('help and version', () => {
  it('prints the main help with the command table', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = memoryIo(handbook);
      expect(await run(argv, io)).toBe(0);
      expect(io.out).toMatch(/^Usage: handbook <command>/);
      expect(io.out).toMatch(/^ {2}lint {2}Check the handbook content/m);
      expect(io.err).toBe('');
    }
  });

  it('prints the lint help for `lint --help` and `help lint`', async () => {
    for (const argv of [
      ['lint', '--help'],
      ['lint', '-h'],
      ['help', 'lint'],
    ]) {
      const io = memoryIo(handbook);
      expect(await run(argv, io)).toBe(0);
      expect(io.out).toBe(LINT_HELP);
    }
  });

  it('prints the package version', async () => {
    for (const argv of [['--version'], ['-v'], ['lint', '--version']]) {
      const io = memoryIo(handbook);
      expect(await run(argv, io)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
    }
  });
});
