/**
 * The linter inside the site: `astro build` lints the whole handbook (every rule, cross-file
 * ones included) before any page is rendered and stops on errors, printing
 * `file:line:col rule-id message`; `astro dev` re-lints on every content change and prints the
 * report in the terminal. Safety does not depend on either: data bodies are rendered by the
 * sanitizing pipeline, and MDX docs are checked inside their own compile (`remark-mdx-safe.ts`).
 * Plain objects, no Astro import: the linter stays Astro-free.
 */
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { loadConfig } from '../config/load.ts';
import { lintHandbook } from '../engine/lint-handbook.ts';
import { handOff } from '../render/publication.ts';
import { remarkMdxSafe } from './remark-mdx-safe.ts';
import { rootModulePlugin } from './root-module.ts';
import { twinBodiesDir } from './twin-bodies.ts';
import type { RemarkMdxSafeOptions } from './remark-mdx-safe.ts';
import { errorLines, reportLine } from './report-line.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

interface SetupContext {
  command: string;
  config: { cacheDir: URL };
  logger: Logger;
  updateConfig(config: {
    vite: {
      resolve: { alias: { find: RegExp; replacement: string }[] };
      plugins: ReturnType<typeof rootModulePlugin>[];
    };
  }): unknown;
}

interface ServerContext {
  server: { watcher: { on(event: string, listener: (path: string) => void): unknown } };
  logger: Logger;
}

/**
 * Lint errors stop the build: an expected outcome, not a crash. Shaped like Astro's own
 * `AstroUserError` (matched by its `type`), with the fix as the hint and no stack trace.
 */
export class HandbookLintError extends Error {
  override name = 'HandbookLintError';
  readonly type = 'AstroUserError';
  readonly hint = 'Run `npm run lint` for each problem’s fix.';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

export interface HandbookLintOptions {
  /** The handbook root (holds content/), resolved once by the caller. */
  root: string;
  config: ResolvedConfig;
}

/**
 * The integration and the MDX safety plugin. The integration serves the handbook root to the
 * site (`virtual:handbook/root`, see `root-module.ts`), pins allowlisted docs imports to the
 * project's own packages, lints the whole handbook before `astro build` renders anything, and
 * re-lints in `astro dev`.
 */
export function handbookLint(options: HandbookLintOptions) {
  const root = options.root;
  const integration = {
    name: 'handbook-lint',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }: SetupContext) => {
        // Vite resolves a bare import from the importing file's folder upward, so a package
        // planted under content/ could shadow the real one: pin each allowed module to the copy
        // installed at the project root.
        updateConfig({
          vite: {
            resolve: { alias: pinnedImports(root, options.config.mdx.docsImports) },
            plugins: [rootModulePlugin(root, twinBodiesDir(config.cacheDir))],
          },
        });
        if (command !== 'build') return;
        // The lint cache may speed this up; safety never rests on it (see the header).
        // The lint workers also render what the site publishes (one parse per file); the content
        // loaders take it for the exact bytes they read.
        const results = await lintHandbook({ root, config: options.config, publish: handOff });
        const errors = errorLines(results);
        const warnings = results.reduce(
          (count, r) => count + r.messages.filter((m) => m.severity === 'warning').length,
          0,
        );
        if (errors.length > 0) {
          for (const line of errors) logger.error(line);
          throw new HandbookLintError(
            `Handbook lint found ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}`,
          );
        }
        logger.info(
          `handbook lint: no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'} (npm run lint shows them)` : ''}`,
        );
      },
      'astro:server:setup': ({ server, logger }: ServerContext) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const relint = (path: string) => {
          if (!relative(root, path).split(sep).join('/').startsWith('content/')) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            try {
              // Re-read: the config may have changed too; URLs from the same environment as the build.
              const results = await lintHandbook({
                root,
                config: await loadConfig(root, { env: process.env }),
              });
              const lines = results.flatMap((r) =>
                r.messages.map(
                  (m) => `${m.severity === 'error' ? 'error' : 'warn '} ${reportLine(r.file, m)}`,
                ),
              );
              if (lines.length === 0) logger.info('handbook lint: no problems');
              // Astro's logger methods read `this`: call them as methods, never detached.
              for (const line of lines) {
                if (line.startsWith('error')) logger.error(line);
                else logger.warn(line);
              }
            } catch (error) {
              logger.error(
                `handbook lint: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, relint);
      },
    },
  };
  const remarkPlugin: [typeof remarkMdxSafe, RemarkMdxSafeOptions] = [
    remarkMdxSafe,
    { root, config: options.config },
  ];
  return { integration, remarkPlugin };
}

/** Exact-match Vite aliases from each allowed docs module to its file under the project root. */
export function pinnedImports(
  root: string,
  modules: readonly string[],
): { find: RegExp; replacement: string }[] {
  const require = createRequire(join(root, 'package.json'));
  return modules.flatMap((name) => {
    try {
      return [
        {
          find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
          replacement: require.resolve(name),
        },
      ];
    } catch {
      return []; // Not installed: the import fails to resolve, which is safe.
    }
  });
}
