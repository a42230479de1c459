/**
 * `handbook lint [paths…]`: resolves the root and paths, loads the config, runs the engine,
 * formats the report and decides the exit code (0 clean, 1 errors or too many warnings).
 */
import { existsSync, statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
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
import { parseCommandArgs } from './args.ts';
import { changedFilesForLint as changedFiles } from '../git/changed-files.ts';
import type { Command, Io } from './io.ts';
import { wantsColor } from './io.ts';
import { toolVersion } from './version.ts';
import { watchContent } from './watch.ts';

export const LINT_HELP = `Usage: handbook lint [options] [paths…]

Checks the handbook's content: frontmatter, brief structure, references, links and MDX safety.
Paths (files or folders, relative to the current directory) narrow the report; cross-file
checks always see the whole handbook. Default: all of content/.

Options:
  --root DIR          The handbook (holds content/ and handbook.config.*). Default: .
  --format NAME       stylish (default), json, sarif or github
  --max-warnings N    Exit with 1 when there are more than N warnings
  --quiet             Report errors only; warnings are neither shown nor counted
  --changed           Report only content files changed since --base, including
                      uncommitted and untracked ones; cross-file checks still see everything
                      (a change to handbook.config.* or linter/schema/ lints everything)
  --base REF          Compare with the merge base of REF and HEAD. Default: origin/main,
                      else main
  --watch             Lint again on every change under content/ (Ctrl-C to stop)
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no errors (warnings allowed unless over --max-warnings),
            1 lint errors or too many warnings, 2 usage, configuration or internal error.
`;

const HELP_HINT = 'Run `handbook lint --help` for usage.';

const lintOptions = {
  root: { type: 'string' },
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  changed: { type: 'boolean' },
  base: { type: 'string' },
  watch: { type: 'boolean' },
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
      const { values, positionals } = parseCommandArgs(args, lintOptions, HELP_HINT);
      if (values.help) {
        io.stdout(LINT_HELP);
        return 0;
      }
      if (values.version) {
        io.stdout(`${toolVersion()}\n`);
        return 0;
      }
      const options = validateLintArgs(values, positionals, io.cwd);
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
        });
        return report(results, options, loaded.rules, config, io);
      };
      if (!values.watch) return lintOnce();
      const line = (text: string) => io.stderr(`${text}\n`);
      return watchContent({ root: options.root, lint: lintOnce, signal: io.signal, log: line, error: line });
    },
  };
}

/** Checks flag values and paths; every problem is a `UsageError`. */
export function validateLintArgs(
  values: {
    root?: string;
    format?: string;
    'max-warnings'?: string;
    quiet?: boolean;
    changed?: boolean;
    base?: string;
  },
  positionals: readonly string[],
  cwd: string,
): LintArgs {
  const root = resolve(cwd, values.root ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`root \`${values.root ?? '.'}\` is not a folder`, { hint: HELP_HINT });
  }
  if (!existsSync(resolve(root, 'content'))) {
    throw new UsageError(
      `no \`content/\` folder in \`${values.root ?? '.'}\`; pass the handbook with --root`,
      {
        hint: HELP_HINT,
      },
    );
  }
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
  const paths = positionals.map((path) => {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute))
      throw new UsageError(`no such file or folder \`${path}\``, { hint: HELP_HINT });
    if (absolute !== root && !absolute.startsWith(root + sep)) {
      throw new UsageError(`\`${path}\` is outside the handbook root \`${values.root ?? '.'}\``, {
        hint: HELP_HINT,
      });
    }
    return absolute;
  });
  return {
    root,
    paths,
    format,
    maxWarnings,
    quiet: values.quiet ?? false,
    changed: values.changed ?? false,
    base: values.base,
  };
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
  const pathPrefix = relative(io.cwd, options.root).split(sep).join('/');
  const context = {
    color: wantsColor(io),
    pathPrefix,
    version: toolVersion(),
    // Rule links follow the configured site (or the product docs), never the rules' own defaults.
    rules: rules.map((rule) => ({ ...rule, url: ruleDocsUrl(rule.id, config) })),
    informationUri: ruleDocsHome(config),
  };
  const output = formatters[options.format](results, context);
  if (output !== '') io.stdout(output.endsWith('\n') ? output : `${output}\n`);

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
