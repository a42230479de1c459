/**
 * The layout test: no folder imports what it must not (the rules are in `layout-rules.ts`). It
 * scans every source file of the repository, and proves it can fail on a fixture with planted
 * bad imports (static, `export … from`, `import()`, type-only, and inside an `.astro` page).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, importsOf, sourceFiles } from './check-imports.ts';
import { layoutRules, scannedFolders } from './layout-rules.ts';

const repo = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, '../fixtures/architecture-bad');

describe('the layout', () => {
  it('scans the sources', () => {
    const files = sourceFiles(repo, scannedFolders);
    expect(files).toContain('linter/core/collections.ts');
    expect(files).toContain('site/pages/health.astro');
    expect(files.length).toBeGreaterThan(150);
  });

  it('has no forbidden import', () => {
    expect(checkImports(repo, scannedFolders, layoutRules)).toEqual([]);
  });
});

describe('the checker', () => {
  it('reads every kind of import', () => {
    const source =
      "import a from './a.ts';\nimport type { B } from './b.ts';\nexport * from './c.ts';\nconst d = await import('./d.ts');\n";
    expect(importsOf('x.ts', source)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts']);
    expect(
      importsOf(
        'x.astro',
        "---\nimport X from './x.astro';\n---\n<X /><script>import './y.ts';</script>",
      ),
    ).toEqual(['./x.astro', './y.ts']);
  });

  it('catches planted violations and lets allowed imports through', () => {
    const found = checkImports(fixture, ['linter', 'site'], layoutRules).map(
      (v) => `${v.file} ${v.specifier}`,
    );
    expect(new Set(found)).toEqual(
      new Set([
        'linter/core/leaky.ts ../../site/lib/handbook.ts',
        'linter/core/leaky.ts ../engine/types.ts',
        'linter/core/leaky.ts node:fs',
        'linter/core/leaky.ts astro:content',
        'linter/core/leaky.ts ../cli/run.ts',
        'linter/rules/uses-site.ts ../../site/lib/derive/roadmap.ts',
        'linter/formatters/astro.ts astro',
        'site/pages/new.astro ../../linter/scaffold/scaffold.ts',
      ]),
    );
    expect(found.some((line) => line.startsWith('linter/core/fine.ts'))).toBe(false);
  });
});
