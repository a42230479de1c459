/**
 * Finds, loads and validates `handbook.config.{ts,mjs,js,json}` in the handbook root. Every
 * failure is a `UsageError` with one line naming the file, so the CLI can exit 2 cleanly.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.ts';
import { formatConfigIssues } from './issues.ts';
import { configSchema } from './schema.ts';
import type { ResolvedConfig } from './types.ts';
import { applyUrlEnvironment } from './urls.ts';
import type { UrlEnvironment } from './urls.ts';

/** Config file names, in the order they are looked for; the first found wins. */
export const configFileNames = [
  'handbook.config.ts',
  'handbook.config.mjs',
  'handbook.config.js',
  'handbook.config.json',
] as const;

export interface LoadConfigOptions {
  /** "Today" for staleness checks; defaults to the current time. */
  now?: Date | undefined;
  /** Environment overrides (`HANDBOOK_SITE_URL`, `HANDBOOK_BASE`, `HANDBOOK_EDIT_URL`); default none. */
  env?: UrlEnvironment | undefined;
}

/** The absolute path of the handbook's config file, or undefined when it has none. */
export function findConfigFile(root: string): string | undefined {
  for (const name of configFileNames) {
    const path = join(root, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Loads and validates the config of the handbook at `root`; defaults when there is no file. */
export async function loadConfig(
  root: string,
  options: LoadConfigOptions = {},
): Promise<ResolvedConfig> {
  const now = options.now ?? new Date();
  const path = findConfigFile(root);
  const env = options.env ?? {};
  if (path === undefined) return resolveConfig({}, 'defaults', now, env);
  return resolveConfig(await readConfigFile(path), basename(path), now, env);
}

/** Validates a config value read from `fileName`, applies environment overrides and adds the run-time facts. */
export function resolveConfig(
  input: unknown,
  fileName: string,
  now: Date,
  env: UrlEnvironment = {},
): ResolvedConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success)
    throw new UsageError(formatConfigIssues(parsed.error.issues, fileName, input));
  return { ...applyUrlEnvironment(parsed.data, env), now };
}

/** The raw value of a config file: parsed JSON, or a module's default export. */
export async function readConfigFile(path: string): Promise<unknown> {
  const name = basename(path);
  if (path.endsWith('.json')) {
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UsageError(jsonErrorLine(name, text, error), { cause: error });
    }
  }
  // Node caches modules by URL: a config edited during one process is not reloaded. (A
  // cache-busting query works in Node but breaks the TypeScript transform under vitest.)
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`${name}: could not load: ${firstLine(error)}`, { cause: error });
  }
  if (!('default' in module) || module.default === undefined) {
    throw new UsageError(`${name}: expected a default export with the configuration object`);
  }
  return module.default;
}

function jsonErrorLine(name: string, text: string, error: unknown): string {
  const message = firstLine(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (lineColumn) return `${name}:${lineColumn[1]}:${lineColumn[2]}: invalid JSON: ${reason}`;
  if (position) {
    const before = text.slice(0, Number(position[1])).split('\n');
    return `${name}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: invalid JSON: ${reason}`;
  }
  return `${name}: invalid JSON: ${reason}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
