/**
 * The layout's import rules (ARCHITECTURE.md, "Invariants"; each folder's README says the same
 * for itself). Folders are root-relative.
 */
import { inFolder, isAstro, isNodeBuiltin, type ImportRule } from './check-imports.ts';

/**
 * Packages the domain core and the schemas may use: plain data libraries (`rehype-sanitize` for
 * its default schema only: the one URL allowlist, `schema/urls.ts`).
 */
const modelPackages = new Set(['zod', 'github-slugger', 'rehype-sanitize']);

export const layoutRules: readonly ImportRule[] = [
  {
    name: 'the model (linter/core, linter/schema) imports only itself and data packages: no engine, rules, CLI, build, site, Astro or Node built-ins',
    appliesTo: (file) => inFolder(file, 'linter/core', 'linter/schema'),
    forbids: (specifier, target, file) => {
      if (target !== undefined) return !inFolder(target, 'linter/core', 'linter/schema');
      // The one exception: Starlight's docs schema is plain zod (`astro/zod`) and runs in Node.
      if (specifier === '@astrojs/starlight/schema') return file !== 'linter/schema/docs.ts';
      return isNodeBuiltin(specifier) || !modelPackages.has(specifier);
    },
  },
  {
    name: 'only site/ and linter/build/ import Astro',
    appliesTo: (file) => !inFolder(file, 'site', 'linter/build', 'bench/plain-starlight'),
    forbids: (specifier, _target, file) =>
      isAstro(specifier) &&
      !(file === 'linter/schema/docs.ts' && specifier === '@astrojs/starlight/schema'),
  },
  {
    name: 'nothing under linter/ imports site/',
    appliesTo: (file) => inFolder(file, 'linter'),
    forbids: (_specifier, target) => inFolder(target, 'site'),
  },
  {
    name: 'rules and the engine do not import the CLI, the build, the scaffolder or the formatters',
    appliesTo: (file) => inFolder(file, 'linter/rules', 'linter/engine'),
    forbids: (_specifier, target) =>
      inFolder(
        target,
        'linter/cli',
        'linter/build',
        'linter/scaffold',
        'linter/formatters',
        'linter/package',
      ),
  },
  {
    name: 'formatters are pure: they import only config, engine types and each other',
    appliesTo: (file) => inFolder(file, 'linter/formatters'),
    forbids: (_specifier, target) =>
      target !== undefined &&
      !inFolder(target, 'linter/formatters', 'linter/config', 'linter/engine'),
  },
  {
    name: 'the site does not import the CLI or the scaffolder',
    appliesTo: (file) => inFolder(file, 'site'),
    forbids: (_specifier, target) => inFolder(target, 'linter/cli', 'linter/scaffold'),
  },
  {
    name: 'site/lib/derive is plain TypeScript: no Astro, and it does not load the handbook itself',
    appliesTo: (file) => inFolder(file, 'site/lib/derive'),
    forbids: (specifier, target) =>
      isAstro(specifier) ||
      inFolder(
        target,
        'site/lib/handbook.ts',
        'site/lib/git-dates.ts',
        'site/pages',
        'site/components',
      ),
  },
  {
    name: 'the fixes and the in-memory handbook (linter/fix, linter/workspace) do not import the LSP, CLI, build, scaffolder or formatters',
    appliesTo: (file) => inFolder(file, 'linter/fix', 'linter/workspace'),
    forbids: (_specifier, target) =>
      inFolder(
        target,
        'linter/lsp',
        'linter/cli',
        'linter/build',
        'linter/scaffold',
        'linter/formatters',
        'linter/package',
      ),
  },
  {
    name: 'only linter/bin.ts (and the CLI itself) imports linter/cli',
    appliesTo: (file) => !inFolder(file, 'linter/cli', 'linter/bin.ts'),
    forbids: (_specifier, target) => inFolder(target, 'linter/cli'),
  },
  {
    name: 'the private server and the bench do not import the site',
    appliesTo: (file) => inFolder(file, 'serve', 'bench'),
    forbids: (_specifier, target) => inFolder(target, 'site'),
  },
];

/** The folders the layout test scans. */
export const scannedFolders = ['linter', 'site', 'serve', 'bench', 'bin'];
