/**
 * End to end: the sample handbook plus hostile files, built with `npm run build` as CI builds a
 * pull request. Every exploit, if it ran, would write a marker file or print a secret.
 *
 * 1. As shipped: the build refuses with one `file:line:col rule-id message` line per problem,
 *    no stack trace, and nothing runs.
 * 2. With `mdx-safe` turned off in `handbook.config.json` (the lint no longer objects), the
 *    pipeline alone keeps content inert: data bodies are rendered, never evaluated, so the site
 *    builds and no marker appears; a strategy doc that runs code is stopped inside its own MDX
 *    compile.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePillars, faultBrief } from '../support/faults.ts';
import { buildCopy, projectCopy } from '../support/project-copy.ts';
import type { BuildOutcome } from '../support/project-copy.ts';

const SECRET = 'HANDBOOK_TEST_SECRET_7f3a';
const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** Code that, if evaluated, writes `marker` and prints the secret. */
const payload = (marker: string) =>
  `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, process.env.${SECRET} ?? 'ran')`;

async function put(root: string, path: string, text: string): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
}

/** Hostile data files (briefs); returns their paths and the markers they would write. */
async function plantDataFiles(
  root: string,
  pillar: string,
): Promise<{ files: string[]; markers: string[] }> {
  const marker = (name: string) => join(root, `marker-${name}`);
  const files: Record<string, string> = {
    'content/initiatives/evil-esm.mdx': faultBrief(
      pillar,
      {},
      `\nexport const x = ${payload(marker('esm'))}\n`,
    ),
    'content/initiatives/evil-expression.mdx': faultBrief(
      pillar,
      {},
      `\n{${payload(marker('expression'))}}\n`,
    ),
    'content/initiatives/evil-footnote.mdx': faultBrief(
      pillar,
      {},
      `\nSee[^x].\n\n[^x]: {${payload(marker('footnote'))}}\n`,
    ),
    'content/initiatives/evil-attribute.mdx': faultBrief(
      pillar,
      {},
      `\n<details open={${payload(marker('attribute'))}}>x</details>\n`,
    ),
  };
  for (const [path, text] of Object.entries(files)) await put(root, path, text);
  return {
    files: Object.keys(files),
    markers: ['esm', 'expression', 'footnote', 'attribute'].map(marker),
  };
}

/** A strategy doc that imports Node's fs and calls it. */
async function plantDoc(root: string): Promise<{ file: string; marker: string }> {
  const marker = join(root, 'marker-doc');
  const file = 'content/docs/strategy/evil-import.mdx';
  await put(
    root,
    file,
    `---\ntitle: Evil import\n---\n\nimport fs from 'node:fs';\n\n{fs.writeFileSync(${JSON.stringify(marker)}, 'ran')}\n`,
  );
  return { file, marker };
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('a hostile pull request, built as CI builds it', () => {
  let built: BuildOutcome = { code: -1, output: '' };
  let planted: { files: string[]; markers: string[] } = { files: [], markers: [] };
  let doc = { file: '', marker: '' };

  beforeAll(async () => {
    const root = await projectCopy('security-hostile-build');
    roots.push(root);
    const [pillar = 'platform-reliability'] = await activePillars(root);
    planted = await plantDataFiles(root, pillar);
    doc = await plantDoc(root);
    built = await buildCopy(root, { [SECRET]: 'leaked-secret-value' });
  }, 600_000);

  it('refuses with one file:line:col rule-id line per hostile file, and no stack trace', () => {
    expect(built.code, built.output.slice(-3000)).not.toBe(0);
    for (const file of [...planted.files, doc.file])
      expect(built.output).toMatch(
        new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ mdx-safe `),
      );
    noStackTrace(built.output);
  });

  it('runs nothing: no marker file, no secret in the output', () => {
    for (const marker of [...planted.markers, doc.marker])
      expect(existsSync(marker), marker).toBe(false);
    expect(built.output).not.toContain('leaked-secret-value');
  });
});

describe('the same content with `mdx-safe` turned off: the pipeline alone keeps it inert', () => {
  let data: BuildOutcome = { code: -1, output: '' };
  let docs: BuildOutcome = { code: -1, output: '' };
  let dataRoot = '';
  let planted: { files: string[]; markers: string[] } = { files: [], markers: [] };
  let doc = { file: '', marker: '' };

  beforeAll(async () => {
    dataRoot = await projectCopy('security-lint-off-data');
    roots.push(dataRoot);
    const [pillar = 'platform-reliability'] = await activePillars(dataRoot);
    await writeFile(
      join(dataRoot, 'handbook.config.json'),
      JSON.stringify({ rules: { 'mdx-safe': 'off' } }),
    );
    planted = await plantDataFiles(dataRoot, pillar);
    data = await buildCopy(dataRoot, { [SECRET]: 'leaked-secret-value' });

    const docsRoot = await projectCopy('security-lint-off-docs');
    roots.push(docsRoot);
    await writeFile(
      join(docsRoot, 'handbook.config.json'),
      JSON.stringify({ rules: { 'mdx-safe': 'off' } }),
    );
    doc = await plantDoc(docsRoot);
    docs = await buildCopy(docsRoot);
  }, 900_000);

  it('builds the hostile briefs as pages without evaluating any of them', async () => {
    expect(data.code, data.output.slice(-3000)).toBe(0);
    for (const marker of planted.markers) expect(existsSync(marker), marker).toBe(false);
    expect(data.output).not.toContain('leaked-secret-value');
    const page = await readFile(
      join(dataRoot, 'dist', 'initiatives', 'evil-expression', 'index.html'),
      'utf8',
    );
    expect(page).toContain('Fault fixture brief');
    expect(page).not.toContain('writeFileSync');
  });

  it('stops a strategy doc that runs code inside its MDX compile, before it is evaluated', () => {
    expect(docs.code).not.toBe(0);
    expect(docs.output).toMatch(
      new RegExp(`${doc.file.replace(/[.]/g, '\\.')}:\\d+:\\d+ mdx-safe `),
    );
    expect(existsSync(doc.marker)).toBe(false);
    noStackTrace(docs.output);
  });
});
