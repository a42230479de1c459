/**
 * `npm test` checks types before it runs the suite: `astro check` (every `.astro` file, and the
 * `astro:*` types that `tsc` needs on a clean clone) and then `tsc --noEmit`. A `.astro` file
 * outside tsconfig's `include` would escape both, so every one must be inside it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const { scripts } = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as {
  scripts: Record<string, string>;
};
const tsconfig = JSON.parse(readFileSync(`${repo}tsconfig.json`, 'utf8')) as {
  include: string[];
  exclude: string[];
};

/** `dir/**\/*` patterns as folder prefixes; other include entries are single files. */
const prefixes = (patterns: readonly string[]) =>
  patterns
    .filter((p) => p.endsWith('/**/*') || p.endsWith('/**'))
    .map((p) => p.replace(/\*\*(\/\*)?$/, ''));

/** Every `.astro` file below `dir` (repo-relative), outside dependencies, builds and git. */
function astroFiles(dir: string): string[] {
  return readdirSync(repo + dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      // Fixtures are test inputs (some deliberately broken), not the project's code.
      return ['node_modules', 'dist', '.git', '.astro'].includes(entry.name) ||
        `${dir}${entry.name}` === 'tests/fixtures'
        ? []
        : astroFiles(`${dir}${entry.name}/`);
    return entry.isFile() && entry.name.endsWith('.astro') ? [`${dir}${entry.name}`] : [];
  });
}

describe('type checks', () => {
  it('run in npm test: astro check, then tsc, the formatting check, then the suite with coverage', () => {
    expect(scripts['test']).toBe(
      'npm run --silent typecheck && npm run --silent format:check && vitest run --coverage',
    );
    expect(scripts['typecheck']).toBe('astro check && tsc --noEmit');
  });

  it('cover every .astro file of the project', () => {
    const files = astroFiles('');
    expect(files.length).toBeGreaterThan(20);
    const included = prefixes(tsconfig.include);
    const excluded = prefixes(tsconfig.exclude);
    const uncovered = files.filter(
      (file) =>
        !included.some((p) => file.startsWith(p)) || excluded.some((p) => file.startsWith(p)),
    );
    expect(uncovered).toEqual([]);
  });

  it("are the README's test command", () => {
    const readme = readFileSync(`${repo}README.md`, 'utf8');
    expect(readme).toMatch(/^npm test +# types \(`tsc`, `astro check`\),/m);
  });
});
