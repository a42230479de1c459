/**
 * Frontmatter is data, rendered as text: a brief whose title, `impact` and `reason` and a pillar
 * whose `summary` hold HTML payloads must come out escaped on every page that shows them, and
 * as the raw string in `dist/strategy.json`. Builds a copy of the project (as
 * tests/linter/build-lint.slow.test.ts does). A page that was not built fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePillars, faultBrief } from '../support/faults.ts';

const exec = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const id = 'xss-probe';

let root = '';
let built = { code: 0, output: '' };
let pillar = '';

async function projectCopy(): Promise<string> {
  // Inside the repository, without a node_modules of its own: packages resolve from the repo's by
  // walking up, and Vite sees their real paths (a linked node_modules in /tmp broke .astro modules).
  await mkdir(join(repo, 'tests', 'fixtures'), { recursive: true });
  const dir = await mkdtemp(join(repo, 'tests', 'fixtures', 'reliability-escaping-build-'));
  for (const name of await readdir(repo)) {
    if (['node_modules', 'dist', '.astro', '.git', 'tests', 'bench'].includes(name)) continue;
    await cp(join(repo, name), join(dir, name), { recursive: true });
  }
  return dir;
}

/** A YAML double-quoted scalar holding `text`. */
const yamlString = (text: string) => JSON.stringify(text);

beforeAll(async () => {
  root = await projectCopy();
  [pillar = 'platform-reliability'] = await activePillars(root);
  const brief = faultBrief(
    pillar,
    {
      2: `title: ${yamlString(`${SCRIPT} ${IMG}`)}`,
      5: 'status: deprioritized',
      7: 'kind: tech-debt',
    },
    '',
  );
  const withFields = brief.replace(
    'reviewed: 2026-11-01',
    [
      'reviewed: 2026-11-01',
      'risk: high',
      `impact: ${yamlString(`Impact ${SCRIPT} ${IMG}`)}`,
      `reason: ${yamlString(`Reason ${SCRIPT} ${IMG}`)}`,
    ].join('\n'),
  );
  await writeFile(join(root, 'content', 'initiatives', `${id}.mdx`), withFields);
  const pillarFile = join(root, 'content', 'pillars', `${pillar}.mdx`);
  const pillarSource = await readFile(pillarFile, 'utf8');
  await writeFile(
    pillarFile,
    pillarSource.replace(/^summary:.*$/m, `summary: ${yamlString(`Summary ${SCRIPT} ${IMG}`)}`),
  );
  try {
    const { stdout, stderr } = await exec(
      join(repo, 'node_modules', '.bin', 'astro'),
      ['build', '--root', root],
      {
        cwd: root,
        env: {
          ...process.env,
          PATH: `${join(repo, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
          FORCE_COLOR: '0',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    built = { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    built = { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}, 300_000);

afterAll(() =>
  root && !process.env['KEEP_ESCAPING_BUILD']
    ? rm(root, { recursive: true, force: true })
    : undefined,
);

/**
 * Parses the page as a browser would and looks for live payload elements: a `<script>` whose code
 * calls `alert(1)`, an `<img>` with an `onerror` handler. (Substring checks would flag the
 * harmless text of `<title>` or an escaped attribute value.) Returns the body's text nodes.
 */
function expectNoLivePayload(html: string, file = ''): string[] {
  const tree = fromHtml(html);
  const texts: string[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'element') {
      if (node.tagName === 'script') {
        const code = node.children
          .map((child) => (child.type === 'text' ? child.value : ''))
          .join('');
        expect(code.includes('alert(1)'), `a live <script> with the payload in ${file}`).toBe(
          false,
        );
      }
      const handlers = Object.keys(node.properties).filter((key) => /^on/i.test(key));
      expect(handlers, `event handler attributes on <${node.tagName}> in ${file}`).toEqual([]);
    }
    if (
      node.type === 'text' &&
      !(parent?.type === 'element' && ['title', 'script', 'style'].includes(parent.tagName))
    )
      texts.push(node.value);
  });
  return texts;
}

/** A built page; a page that was not built fails the test (every page kind exists). */
async function page(relative: string): Promise<string> {
  const path = join(root, 'dist', relative);
  expect(existsSync(path), `${relative} was not built`).toBe(true);
  return readFile(path, 'utf8');
}

describe('frontmatter values are rendered as text, never as HTML', () => {
  it('the build succeeds with the payloads in frontmatter', () => {
    expect(built.code, built.output.slice(-4000)).toBe(0);
  });

  it('the brief page shows the escaped title, impact and reason', async () => {
    const html = await page(`initiatives/${id}/index.html`);
    const texts = expectNoLivePayload(html, 'the brief page').join('\n');
    // Shown as text: the decoded text nodes hold the payloads literally.
    expect(texts).toContain(`${SCRIPT} ${IMG}`);
    expect(texts).toContain(`Impact ${SCRIPT} ${IMG}`);
  });

  for (const [name, relative] of [
    ['the initiatives index', 'initiatives/index.html'],
    ['the roadmap (deprioritized with its reason)', 'roadmap/index.html'],
    ['the home page (pillar summaries)', 'index.html'],
    ['the pillar page', `pillars/${'PILLAR'}/index.html`],
  ] as const) {
    it(`${name} shows the payloads escaped`, async () => {
      const html = await page(relative.replace('PILLAR', pillar));
      const texts = expectNoLivePayload(html, relative).join('\n');
      expect(texts).toContain(SCRIPT);
    });
  }

  it('every built HTML page is free of live payloads', async () => {
    const files = (await readdir(join(root, 'dist'), { recursive: true })).filter((file) =>
      file.endsWith('.html'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expectNoLivePayload(await readFile(join(root, 'dist', file), 'utf8'), file);
    }
  });

  it('dist/strategy.json holds the raw strings as JSON data', async () => {
    const text = await page('strategy.json');
    const data: unknown = JSON.parse(text);
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(data);
    expect(strings).toContain(`${SCRIPT} ${IMG}`);
    expect(strings).toContain(`Impact ${SCRIPT} ${IMG}`);
    expect(strings).toContain(`Reason ${SCRIPT} ${IMG}`);
    expect(strings).toContain(`Summary ${SCRIPT} ${IMG}`);
  });
});
