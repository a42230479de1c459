/**
 * The import checker behind `imports.test.ts`: reads every import of every source file with
 * TypeScript's own scanner (`ts.preProcessFile`: static `import`, `export … from`, `import()`,
 * `require`; for `.astro` files, the frontmatter and `<script>` blocks) and checks each against
 * the layout's rules. A rule names the folders it applies to and what they must not import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ImportRule {
  /** What the rule says, for the report. */
  name: string;
  /** Whether the rule applies to a file (root-relative POSIX path). */
  appliesTo(file: string): boolean;
  /**
   * Whether an import breaks the rule. `target` is the root-relative POSIX path of a relative
   * import (no extension change), or undefined for a bare specifier.
   */
  forbids(specifier: string, target: string | undefined, file: string): boolean;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const sourceFile = /\.(?:ts|mts|mjs|js|astro)$/;

/** Root-relative POSIX paths of the source files under `folders` (node_modules and fixtures skipped). */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === 'fixtures' || entry.name.startsWith('.'))
        continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts'))
        found.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return found.sort();
}

/** The script parts of a file: all of it, or an `.astro` file's frontmatter and `<script>` blocks. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  return [frontmatter, ...scripts].join('\n');
}

/** Every module specifier `file` imports. */
export function importsOf(file: string, text: string): string[] {
  return ts
    .preProcessFile(scriptOf(file, text), true, true)
    .importedFiles.map((ref) => ref.fileName);
}

/** Checks every file under `folders` of `root` against `rules`. */
export function checkImports(
  root: string,
  folders: readonly string[],
  rules: readonly ImportRule[],
): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(root, folders)) {
    const applicable = rules.filter((rule) => rule.appliesTo(file));
    if (applicable.length === 0) continue;
    for (const specifier of importsOf(file, readFileSync(join(root, file), 'utf8'))) {
      const target = specifier.startsWith('.')
        ? posix.normalize(posix.join(dirname(file).split(sep).join('/'), specifier))
        : undefined;
      for (const rule of applicable) {
        if (rule.forbids(specifier, target, file))
          violations.push({ file, specifier, rule: rule.name });
      }
    }
  }
  return violations;
}

/** Whether `path` lies in one of `folders` (root-relative, POSIX). */
export const inFolder = (path: string | undefined, ...folders: string[]): boolean =>
  path !== undefined && folders.some((folder) => path === folder || path.startsWith(`${folder}/`));

/** `astro`, `astro/…`, `astro:…`, `@astrojs/…` and the integration's `virtual:handbook/…` modules. */
export const isAstro = (specifier: string): boolean =>
  /^(?:astro(?:$|[/:])|@astrojs\/|virtual:handbook\/)/.test(specifier);

/** Node's built-in modules. */
export const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:');
