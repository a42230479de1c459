/**
 * `handbook lint [paths…]`: resolves the root and paths, loads the config, runs the engine,
 * formats the report and decides the exit code (0 clean, 1 errors or too many warnings).
 */
import { statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { ruleDocsHome, ruleDocsUrl } from '../config/urls.ts';
import type { LintHandbookOptions } from '../engine/lint-handbook.ts';
import type { FileResult } from '../engine/types.ts';
import { UsageError } from '../errors.ts';
import { formatGithubSummary } from '../formatters/github.ts';
import { formatNames, formatters, isFormatName, type FormatName } from '../formatters/index.ts';
import type { SarifRule } from '../formatters/sarif.ts';
import { countProblems } from '../formatters/summary.ts';
import { describe } from '../engine/discover.ts';
import { writeFileAtomic } from '../scaffold/write.ts';
import { parseCommandArgs } from './args.ts';
import { resolveContentPaths, resolveHandbookRoot } from './handbook-root.ts';
import { changedFilesForLint as changedFiles } from '../git/changed-files.ts';
import type { Command, Io } from './io.ts';
import { wantsColor } from './io.ts';
import { toolVersion } from './version.ts';
import { watchContent } from './watch.ts';

export const LINT_HELP = `Usage: handbook lint [options] [paths…]

Checks the handbook's content: frontmatter, brief structure, references, links and MDX safety.
Paths (files or folders under content/, relative to the current directory) narrow the report;
cross-file checks always see the whole handbook. Default: all of content/.
Reported paths are relative to the handbook root, with / separators, in every format.

Options:
  --root DIR               The handbook (holds content/ and handbook.config.*). Default: the
                           nearest folder, from the current one upward, that holds
                           handbook.config.* or content/
  --format NAME            stylish (default), json, sarif or github
  -o, --output-file FILE   Write the report to FILE (atomically) instead of stdout
  --color, --no-color      Force colour on or off. Default: on for a terminal, unless
                           NO_COLOR is set; FORCE_COLOR=1 or 0 overrides
  --max-warnings N         Exit with 1 when there are more than N warnings
  --quiet                  Report errors only; warnings are neither shown nor counted
  --changed                Report only content files changed since --base, including
                           uncommitted and untracked ones; cross-file checks still see
                           everything (a change to handbook.config.*, the lock file or the
                           linter's rules, engine, schemas or config lints everything)
  --base REF               Compare with the merge base of REF and HEAD. Default: origin/main,
                           else main
  --no-cache               Lint every file again instead of reusing unchanged results
  --cache-location PATH    The cache file, or a folder for it.
                           Default: <root>/node_modules/.cache/handbook/lint-cache.json
  --watch                  Lint again on every change under content/ (Ctrl-C to stop)
  --fix                    Apply the mechanical fixes (did-you-mean ids and enum values,
                           missing section headings, unused suppressions), then report
                           what is left; what changed is listed on stderr. Never edits prose
  --fix-dry-run            Print the diff --fix would apply; write nothing
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors (warnings allowed unless over --max-warnings),
            1 lint errors or too many warnings, 2 usage, configuration or internal error.
`;

const HELP_HINT = 'Run `handbook lint --help` for usage.';

const lintOptions = {
  root: { type: 'string' },
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  changed: { type: 'boolean' },
  base: { type: 'string' },
  watch: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The engine, loaded lazily so `--help` and usage errors stay fast and engine-independent. */
export interface LintEngine {
  lintHandbook(options: LintHandbookOptions): Promise<FileResult[]>;
  rules: readonly SarifRule[];
}

/** What the lint command depends on; replaceable in tests. */
export interface LintDependencies {
  loadEngine: () => Promise<LintEngine>;
  /** Root-relative paths changed since a git ref (`--changed`). */
  /**
   * Root-relative paths changed since `base` (undefined: the default base) for `--changed`;
   * undefined when everything must be linted (e.g. the config changed).
   */
  changedFiles: (root: string, base: string | undefined) => Promise<string[] | undefined>;
}

/** The options of one `handbook lint` run, validated. */
export interface LintArgs {
  root: string;
  paths: string[];
  format: FormatName;
  maxWarnings: number | undefined;
  quiet: boolean;
  /** `--changed`: report only changed files. */
  changed: boolean;
  /** `--base REF`, undefined for the default. */
  base: string | undefined;
  /** `-o FILE`, absolute; undefined: stdout. */
  outputFile: string | undefined;
  /** `--color` / `--no-color`; undefined: decided by the terminal and NO_COLOR / FORCE_COLOR. */
  color: boolean | undefined;
  /** `--no-cache` turns it off. */
  cache: boolean;
  /** `--cache-location`, as the cache file's absolute path; undefined: the default. */
  cacheLocation: string | undefined;
}

async function loadEngine(): Promise<LintEngine> {
  const [{ lintHandbook }, { rules }] = await Promise.all([
    import('../engine/lint-handbook.ts'),
    import('../rules/index.ts'),
  ]);
  return { lintHandbook: (request) => lintHandbook(request), rules };
}

/** The `lint` command. */
export function createLintCommand(dependencies: Partial<LintDependencies> = {}): Command {
  const deps: LintDependencies = { loadEngine, changedFiles, ...dependencies };
  return {
    summary: 'Check the handbook content (default command for CI)',
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, lintOptions, HELP_HINT, {
        allowNegative: true,
      });
      if (values.help) {
        io.stdout(LINT_HELP);
        return 0;
      }
      if (values.version) {
        io.stdout(`${toolVersion()}\n`);
        return 0;
      }
      const options = validateLintArgs(values, positionals, io.cwd);
      const fix = fixMode(values);
      const config = await loadConfig(options.root, { now: io.now, env: io.env });
      const lintOnce = async (): Promise<number> => {
        const changed = options.changed
          ? await deps.changedFiles(options.root, options.base)
          : undefined;
        const loaded = await deps.loadEngine();
        const results = await loaded.lintHandbook({
          root: options.root,
          config,
          ...(options.paths.length > 0 ? { paths: options.paths } : {}),
          ...(changed === undefined ? {} : { changed }),
          cache: options.cache,
          ...(options.cacheLocation === undefined ? {} : { cacheLocation: options.cacheLocation }),
        });
        return report(results, options, loaded.rules, config, io);
      };
      if (fix) {
        const { runFix } = await import('./fix-command.ts');
        const changed = options.changed
          ? await deps.changedFiles(options.root, options.base)
          : undefined;
        const request = {
          root: options.root,
          config,
          paths: options.paths,
          changed,
          cache: options.cache,
          cacheLocation: options.cacheLocation,
          dryRun: fix === 'dry-run',
        };
        const code = await runFix(request, io);
        if (code !== undefined) return code;
      }
      if (!values.watch) return lintOnce();
      const line = (text: string) => io.stderr(`${text}\n`);
      return watchContent({
        root: options.root,
        lint: lintOnce,
        signal: io.signal,
        log: line,
        error: line,
      });
    },
  };
}

/** `--fix`, `--fix-dry-run` or neither; neither goes with `--watch`, nor do they go together. */
function fixMode(values: {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  watch?: boolean;
  'output-file'?: string;
}): 'write' | 'dry-run' | undefined {
  const mode = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined;
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('`--fix` and `--fix-dry-run` do not go together, expected one of them', {
      hint: HELP_HINT,
    });
  if (mode && values.watch)
    throw new UsageError(
      `\`--${mode === 'write' ? 'fix' : 'fix-dry-run'}\` does not apply with \`--watch\``,
      { hint: HELP_HINT },
    );
  if (mode === 'dry-run' && values['output-file'] !== undefined)
    throw new UsageError(
      '`--output-file` does not apply with `--fix-dry-run`: the diff goes to stdout',
      { hint: HELP_HINT },
    );
  return mode;
}

/** Checks flag values and paths; every problem is a `UsageError`. */
export function validateLintArgs(
  values: {
    root?: string;
    format?: string;
    'output-file'?: string;
    color?: boolean;
    cache?: boolean;
    'cache-location'?: string;
    'max-warnings'?: string;
    quiet?: boolean;
    changed?: boolean;
    base?: string;
  },
  positionals: readonly string[],
  cwd: string,
): LintArgs {
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    throw new UsageError(
      `unknown format \`${format}\`, expected one of ${formatNames.join(', ')}`,
      { hint: HELP_HINT },
    );
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) {
      throw new UsageError(
        `\`--max-warnings\` expects a whole number, got \`${values['max-warnings']}\``,
        {
          hint: HELP_HINT,
        },
      );
    }
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.base !== undefined && !values.changed) {
    throw new UsageError('`--base` only applies with `--changed`', { hint: HELP_HINT });
  }
  if (values['cache-location'] !== undefined && values.cache === false) {
    throw new UsageError('`--cache-location` does not apply with `--no-cache`', {
      hint: HELP_HINT,
    });
  }
  const outputFile =
    values['output-file'] === undefined ? undefined : outputPath(cwd, values['output-file']);
  const root = resolveHandbookRoot(cwd, values.root, HELP_HINT);
  const paths = resolveContentPaths(root, positionals, cwd, HELP_HINT);
  return {
    root,
    paths,
    format,
    maxWarnings,
    quiet: values.quiet ?? false,
    changed: values.changed ?? false,
    base: values.base,
    outputFile,
    color: values.color,
    cache: values.cache ?? true,
    cacheLocation:
      values['cache-location'] === undefined ? undefined : cacheFile(cwd, values['cache-location']),
  };
}

/** `-o FILE` against the cwd; a folder is a usage error, not a report written inside it. */
function outputPath(cwd: string, file: string): string {
  const absolute = resolve(cwd, file);
  if (file === '' || file.endsWith('/') || file.endsWith(sep) || isFolder(absolute)) {
    throw new UsageError(`\`--output-file ${file}\` is a folder, expected a file name`, {
      hint: HELP_HINT,
    });
  }
  return absolute;
}

/** `--cache-location`: a file, or (an existing folder, or a path ending in /) a folder for it. */
export function cacheFile(cwd: string, location: string): string {
  const absolute = resolve(cwd, location);
  return location.endsWith('/') || location.endsWith(sep) || isFolder(absolute)
    ? join(absolute, 'lint-cache.json')
    : absolute;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function report(
  allResults: FileResult[],
  options: LintArgs,
  rules: readonly SarifRule[],
  config: ResolvedConfig,
  io: Io,
): Promise<number> {
  const results = options.quiet
    ? allResults.map((result) => ({
        ...result,
        messages: result.messages.filter((m) => m.severity === 'error'),
      }))
    : allResults;
  // One path convention in every format: relative to the handbook root, POSIX (see README).
  const pathPrefix = '';
  const context = {
    color: options.outputFile === undefined && (options.color ?? wantsColor(io)),
    pathPrefix,
    version: toolVersion(),
    // Rule links follow the configured site (or the product docs), never the rules' own defaults.
    rules: rules.map((rule) => ({ ...rule, url: ruleDocsUrl(rule.id, config) })),
    informationUri: ruleDocsHome(config),
  };
  const formatted = formatters[options.format](results, context);
  const output = formatted === '' || formatted.endsWith('\n') ? formatted : `${formatted}\n`;
  if (options.outputFile !== undefined) await writeReport(options.outputFile, output);
  else if (output !== '') io.stdout(output);

  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (options.format === 'github' && summaryFile !== undefined && summaryFile !== '') {
    try {
      await appendFile(summaryFile, formatGithubSummary(results, { pathPrefix }));
    } catch (error) {
      io.stderr(
        `handbook: could not write the step summary: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }

  const counts = countProblems(results);
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr(`handbook: too many warnings (${counts.warnings}, maximum ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** Writes the report atomically (temporary file, then rename): a reader never sees half of it. */
async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, { force: true });
  } catch (error) {
    const reason = error instanceof Error ? describe(error) : String(error);
    throw new UsageError(`could not write the report to \`${path}\`: ${reason}`);
  }
}
