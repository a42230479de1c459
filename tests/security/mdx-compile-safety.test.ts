/**
 * `mdx-safe` inside the MDX compile (linter/build/remark-mdx-safe.ts), with the real compiler
 * `@astrojs/mdx` uses. Each exploit is first shown to work without the plugin (the compiled
 * module, once evaluated, writes a marker file), then shown to stop at compile time with it: the
 * marker never appears and the error names `file:line:col mdx-safe`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkMdxSafe } from '../../linter/build/remark-mdx-safe.ts';
import type { RemarkMdxSafeOptions } from '../../linter/build/remark-mdx-safe.ts';
import { makeConfig } from '../rules/rule-tester.ts';

const dir = mkdtempSync(join(tmpdir(), 'handbook-mdx-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = '/handbook';
const plugin: [typeof remarkMdxSafe, RemarkMdxSafeOptions] = [
  remarkMdxSafe,
  { root, config: makeConfig() },
];
/** A JSX runtime that renders nothing: the exploit runs while the module evaluates, not in JSX. */
const runtime = { Fragment: Symbol('Fragment'), jsx: () => null, jsxs: () => null };

/** Exploits that write `marker` when their module is evaluated. */
function exploits(marker: string): [string, string][] {
  const write = `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  return [
    ['an export', `# Title\n\nexport const x = ${write}\n`],
    ['an expression', `# Title\n\n{${write}}\n`],
    ['an expression in a GFM footnote', `# Title\n\nSee[^x].\n\n[^x]: {${write}}\n`],
    [
      'an expression attribute on an allowed component',
      `import { Aside } from '@astrojs/starlight/components';\n\n<Aside title={${write}}>x</Aside>\n`,
    ],
  ];
}

describe('mdx-safe in the MDX compile', () => {
  it.each(exploits(join(dir, 'unused')).map(([name], index) => [name, index] as const))(
    'stops %s before any module exists',
    async (_name, index) => {
      const marker = join(dir, `marker-${index}`);
      const [, source] = exploits(marker)[index]!;
      // The exploit is real: compiled and evaluated without the plugin, it writes the marker
      // (imports are left out of the evaluated variant, which cannot resolve packages).
      if (!source.startsWith('import')) {
        await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((module) =>
          module.default({}),
        );
        expect(existsSync(marker)).toBe(true);
        rmSync(marker);
      }
      const file = new VFile({ path: join(root, 'content/docs/evil.mdx'), value: source });
      await expect(compile(file, { remarkPlugins: [remarkGfm, plugin] })).rejects.toThrow(
        /^content\/docs\/evil\.mdx:\d+:\d+ mdx-safe /,
      );
      expect(existsSync(marker)).toBe(false);
    },
  );

  it('lets a strategy doc import allowed components and use them with literal props', async () => {
    const file = new VFile({
      path: join(root, 'content/docs/fine.mdx'),
      value:
        'import { Aside } from \'@astrojs/starlight/components\';\n\n<Aside type="tip">Hello {/* a comment */}</Aside>\n',
    });
    await expect(compile(file, { remarkPlugins: [remarkGfm, plugin] })).resolves.toBeDefined();
  });

  it.each([
    [
      'HTML in a LinkCard title (Starlight renders it with set:html)',
      '<LinkCard title="<img src=x onerror=alert(1)>" href="/" />',
    ],
    [
      'an unknown prop LinkButton spreads onto <a>',
      '<LinkButton href="/" onclick="alert(1)">Go</LinkButton>',
    ],
    [
      'a javascript: URL in a component prop',
      '<LinkButton href="javascript:alert(1)">Go</LinkButton>',
    ],
  ])('stops %s at compile time', async (_name, element) => {
    const value = `import { LinkButton, LinkCard } from '@astrojs/starlight/components';\n\n${element}\n`;
    const file = new VFile({ path: join(root, 'content/docs/evil.mdx'), value });
    await expect(compile(file, { remarkPlugins: [remarkGfm, plugin] })).rejects.toThrow(
      /^content\/docs\/evil\.mdx:3:\d+ mdx-safe /,
    );
  });

  it('refuses imports from any other module, wherever the file lies', async () => {
    const file = new VFile({
      path: join(root, 'site/pages/x.mdx'),
      value: "import fs from 'node:fs';\n\n# x\n",
    });
    await expect(compile(file, { remarkPlugins: [plugin] })).rejects.toThrow(
      /^site\/pages\/x\.mdx:1:1 mdx-safe Unexpected import from `node:fs`/,
    );
  });

  it('ignores configured severities and suppressions: the build guard cannot be turned off', async () => {
    const off: [typeof remarkMdxSafe, RemarkMdxSafeOptions] = [
      remarkMdxSafe,
      { root, config: makeConfig({ rules: { 'mdx-safe': 'off' } }) },
    ];
    const file = new VFile({
      path: join(root, 'content/initiatives/x.mdx'),
      value: '{/* handbook-disable-next-line mdx-safe */}\n{1 + 1}\n',
    });
    await expect(compile(file, { remarkPlugins: [off] })).rejects.toThrow(
      /mdx-safe Unexpected JavaScript expression/,
    );
  });
});
