/**
 * The linter inside the site: `astro build` lints the whole handbook (every rule, cross-file
 * ones included) before any page is rendered and stops on errors, printing
 * `file:line:col rule-id message`; `astro dev` re-lints on every content change and prints the
 * report in the terminal, while the remark plugin fails the edited file in the error overlay.
 * Plain objects, no Astro import: the linter stays Astro-free.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/types.ts';
import { loadConfig } from '../config/load.ts';
import { lintHandbook } from '../engine/lint-handbook.ts';
import { remarkHandbook } from './remark-handbook.ts';
import type { RemarkHandbookOptions } from './remark-handbook.ts';
import { errorLines, reportLine } from './report-line.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

interface SetupContext {
  command: string;
  config: { root: URL };
  logger: Logger;
}

interface ServerContext {
  server: { watcher: { on(event: string, listener: (path: string) => void): unknown } };
  logger: Logger;
}

export class HandbookLintError extends Error {
  override name = 'HandbookLintError';
}

export interface HandbookLintOptions {
  /** The handbook root (holds content/); default: Astro's root. */
  root: string;
  config: ResolvedConfig;
}

/**
 * The integration and the remark plugin, sharing one state: in `astro build` the integration
 * has already linted every file, so the plugin does not lint each one a second time.
 */
export function handbookLint(options: HandbookLintOptions) {
  let root = options.root;
  const state = { wholeHandbookLinted: false };
  const integration = {
    name: 'handbook-lint',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }: SetupContext) => {
        root = fileURLToPath(config.root).replace(/[\\/]$/, '');
        if (command !== 'build') return;
        const results = await lintHandbook({ root, config: await loadConfig(root, { now: options.config.now }) });
        const errors = errorLines(results);
        const warnings = results.reduce((count, r) => count + r.messages.filter((m) => m.severity === 'warning').length, 0);
        if (errors.length > 0) {
          for (const line of errors) logger.error(line);
          throw new HandbookLintError(`Handbook lint found ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}\nRun \`npm run lint\` for hints.`);
        }
        state.wholeHandbookLinted = true;
        logger.info(`handbook lint: no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'} (npm run lint shows them)` : ''}`);
      },
      'astro:server:setup': ({ server, logger }: ServerContext) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const relint = (path: string) => {
          if (!relative(root, path).split(sep).join('/').startsWith('content/')) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            try {
              const results = await lintHandbook({ root, config: await loadConfig(root) });
              const lines = results.flatMap((r) => r.messages.map((m) => `${m.severity === 'error' ? 'error' : 'warn '} ${reportLine(r.file, m)}`));
              if (lines.length === 0) logger.info('handbook lint: no problems');
              for (const line of lines) (line.startsWith('error') ? logger.error : logger.warn)(line);
            } catch (error) {
              logger.error(`handbook lint: ${error instanceof Error ? error.message : String(error)}`);
            }
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, relint);
      },
    },
  };
  const remarkPlugin: [typeof remarkHandbook, RemarkHandbookOptions] = [remarkHandbook, { root: options.root, config: options.config, skip: () => state.wholeHandbookLinted }];
  return { integration, remarkPlugin };
}
