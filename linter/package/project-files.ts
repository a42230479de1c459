/**
 * The files around the content of a new handbook (`handbook init`): the two-line
 * `astro.config.mjs` that takes the whole site from the package, `.gitignore`, the CI workflows
 * and pull-request template copied from the package (the ones this repository runs), and the
 * npm scripts the workflows and the README call. Nothing here overwrites: existing files are
 * kept, and an existing `package.json` only gains the scripts it lacks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkeletonFile } from '../scaffold/skeleton.ts';

/** The npm scripts a handbook needs: the workflows run `lint` and `build`. */
export const handbookScripts: Readonly<Record<string, string>> = {
  dev: 'astro dev',
  build: 'astro build',
  preview: 'astro preview',
  lint: 'handbook lint',
  new: 'handbook new',
};

/** The two-line Astro config; `name` is the package's (a company may publish it under its own scope). */
export function astroConfigText(name: string): string {
  return `// The handbook site: pages, styles and the lint step come from the ${name} package.
import { handbookAstroConfig } from '${name}/astro';
export default await handbookAstroConfig(new URL('.', import.meta.url));
`;
}

export const gitignoreText = 'node_modules/\ndist/\n.astro/\n';

/** The workflows and pull-request template shipped in the package at `packageDir`. */
export async function githubFiles(packageDir: string): Promise<SkeletonFile[]> {
  const workflows = join(packageDir, '.github', 'workflows');
  const names = (await readdir(workflows)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const files = await Promise.all(
    names.map(async (name) => ({
      path: `.github/workflows/${name}`,
      text: await readFile(join(workflows, name), 'utf8'),
    })),
  );
  const template = {
    path: '.github/pull_request_template.md',
    text: await readFile(join(packageDir, '.github', 'pull_request_template.md'), 'utf8'),
  };
  return [...files, template];
}

/** A `package.json` for a folder that has none: the package as a dependency, and the scripts. */
export function newPackageJson(name: string, tool: { name: string; version: string }): string {
  const manifest = {
    name,
    private: true,
    type: 'module',
    scripts: { ...handbookScripts },
    dependencies: { [tool.name]: `^${tool.version}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** What adding the handbook scripts to an existing `package.json` does. */
export interface ScriptMerge {
  /** The new text, or undefined when nothing needs adding. */
  text: string | undefined;
  added: string[];
  /** Scripts that exist with another command: kept, and reported. */
  kept: string[];
}

/** Adds the missing handbook scripts to `text` (a package.json); never changes an existing one. */
export function mergeScripts(text: string): ScriptMerge {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const scripts = isRecord(manifest['scripts']) ? { ...manifest['scripts'] } : {};
  const added: string[] = [];
  const kept: string[] = [];
  for (const [name, command] of Object.entries(handbookScripts)) {
    if (!Object.hasOwn(scripts, name)) {
      scripts[name] = command;
      added.push(name);
    } else if (scripts[name] !== command) kept.push(name);
  }
  if (added.length === 0) return { text: undefined, added, kept };
  const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { text: `${JSON.stringify({ ...manifest, scripts }, null, indent)}\n`, added, kept };
}

/** A package name from a folder name: lowercase, URL-safe, never empty. */
export function packageNameOf(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name === '' ? 'strategy' : name;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
