/**
 * `handbook diff [--base REF] [--format markdown|json]`: what the working tree's change does to
 * the strategy, compared with the merge base of REF and HEAD. `--input FILE` renders a diff
 * saved with `--format json` instead (CI's trusted job renders the pull request's JSON with its
 * own checkout of the tool, never running the pull request's code). Exit codes: 0 done, 1 the
 * change adds lint errors, 2 usage, configuration, missing base or internal error.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { describe } from '../engine/discover.ts';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../scaffold/write.ts';
import { parseCommandArgs } from './args.ts';
import { resolveHandbookRoot } from './handbook-root.ts';
import type { Command, Io } from './io.ts';
import { toolVersion } from './version.ts';

export const DIFF_HELP = `Usage: handbook diff [options]

Shows what the working tree's change does to the strategy: briefs added, removed, moved and
changed (matched by id), dependencies and cycles, counts per pillar, the roadmap and tech-debt
share per quarter, health indicators, vision answers and gaps, the North Star and indicators,
and lint errors new and fixed. Compares with the merge base of --base and HEAD, read from git;
uncommitted and untracked files count. Runs without the site (no Astro).

Options:
  --root DIR               The handbook (holds content/ and handbook.config.*). Default: the
                           nearest folder, from the current one upward, that holds
                           handbook.config.* or content/
  --base REF               Compare with the merge base of REF and HEAD. Default: origin/main,
                           else main. A shallow clone needs the history: \`git fetch --unshallow\`,
                           or fetch-depth: 0 in CI
  --format NAME            markdown (default: a pull-request comment) or json
  --input FILE             Render a diff saved with --format json (links follow this handbook's
                           config) instead of computing one
  -o, --output-file FILE   Write the report to FILE (atomically) instead of stdout
  --no-cache               Neither read nor write the lint cache
  --cache-location PATH    The cache file, or a folder for it.
                           Default: <root>/node_modules/.cache/handbook/lint-cache.json
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 done (also when nothing changed: the report says so in one line),
            1 the change adds lint errors, 2 usage, configuration, missing base or internal error.
`;

const HELP_HINT = 'Run `handbook diff --help` for usage.';
const formats = ['markdown', 'json'] as const;

const diffOptions = {
  root: { type: 'string' },
  base: { type: 'string' },
  format: { type: 'string' },
  input: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The `diff` command. */
export function createDiffCommand(): Command {
  return {
    summary: 'Show what a change does to the strategy (markdown or json)',
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, diffOptions, HELP_HINT, {
        allowNegative: true,
      });
      if (values.help) {
        io.stdout(DIFF_HELP);
        return 0;
      }
      if (values.version) {
        io.stdout(`${toolVersion()}\n`);
        return 0;
      }
      if (positionals.length > 0)
        throw new UsageError(`Unexpected argument \`${positionals[0]}\`, expected options only`, {
          hint: HELP_HINT,
        });
      const format = values.format ?? 'markdown';
      if (!(formats as readonly string[]).includes(format)) {
        throw new UsageError(
          `Unexpected format \`${format}\`, expected one of ${formats.join(', ')}`,
          { hint: HELP_HINT },
        );
      }
      if (
        values.input !== undefined &&
        (values.base !== undefined ||
          values.cache !== undefined ||
          values['cache-location'] !== undefined)
      ) {
        throw new UsageError(
          '`--input` renders a saved diff; `--base` and the cache options do not apply',
          { hint: HELP_HINT },
        );
      }
      if (values['cache-location'] !== undefined && values.cache === false) {
        throw new UsageError('`--cache-location` does not apply with `--no-cache`', {
          hint: HELP_HINT,
        });
      }
      const root = resolveHandbookRoot(io.cwd, values.root, HELP_HINT);
      const config = await loadConfig(root, { now: io.now, env: io.env });
      // `lint`'s reading of --cache-location, loaded only when given (it pulls in the formatters).
      const cacheLocation =
        values['cache-location'] === undefined
          ? undefined
          : (await import('./lint-command.ts')).cacheFile(io.cwd, values['cache-location']);
      // Rendering a saved diff loads neither the engine nor git.
      const diff =
        values.input === undefined
          ? await (
              await import('../diff/strategy-diff.ts')
            ).strategyDiff({
              root,
              config,
              base: values.base,
              cache: values.cache ?? true,
              cacheLocation,
              env: io.env,
            })
          : (await import('../diff/saved-diff.ts')).parseSavedDiff(
              await readInput(resolve(io.cwd, values.input), values.input),
              values.input,
            );
      const { briefUrls, formatDiffMarkdown } = await import('../diff/markdown.ts');
      const text =
        format === 'json'
          ? `${JSON.stringify(diff, null, 2)}\n`
          : formatDiffMarkdown(diff, briefUrls(config));
      await output(text, values['output-file'], io);
      return values.input === undefined && diff.lint.new.length > 0 ? 1 : 0;
    },
  };
}

async function readInput(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`could not read \`${shown}\`: ${describe(error)}`, { hint: HELP_HINT });
  }
}

async function output(text: string, file: string | undefined, io: Io): Promise<void> {
  if (file === undefined) {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, file);
  try {
    await writeFileAtomic(path, text, { force: true });
  } catch (error) {
    throw new UsageError(
      `could not write the report to \`${path}\`: ${error instanceof Error ? describe(error) : String(error)}`,
    );
  }
}
