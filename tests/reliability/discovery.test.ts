/**
 * Discovery is the same for lint and site: a symbolic link (to a file or a folder) and a
 * `node_modules` folder anywhere under `content/` are `mdx-parse` errors naming their path, and
 * are never read: the site's glob loader would follow a link out of the repository, and Vite
 * would resolve imports from a planted package. Dot-entries stay ignored. Real links and folders
 * in a temporary handbook, linted through the CLI.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { memoryIo } from '../cli/helpers.ts';
import { faultBrief } from '../support/faults.ts';

interface Report {
  file: string;
  messages: {
    ruleId: string;
    messageId: string;
    severity: string;
    message: string;
    line: number;
    column: number;
  }[];
}

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A handbook with one valid-but-incomplete brief, a folder outside `content/`, and what `add` makes. */
async function handbookWith(
  add: (content: string, outside: string) => Promise<void>,
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-discovery-'));
  temporary.push(root);
  const content = join(root, 'content');
  await mkdir(join(content, 'initiatives'), { recursive: true });
  await writeFile(
    join(content, 'initiatives', 'neighbour.mdx'),
    faultBrief('platform-reliability'),
  );
  // Outside content/: what a link would smuggle in. Its body would be an mdx-safe error if read.
  const outside = join(root, 'outside');
  await mkdir(outside);
  await writeFile(
    join(outside, 'secret.mdx'),
    faultBrief('platform-reliability', {}, '\nexport const x = 1\n'),
  );
  await add(content, outside);
  return root;
}

async function lint(root: string): Promise<{ code: number; report: Report[]; err: string }> {
  const io = memoryIo(root);
  const code = await run(['lint', '--format', 'json'], io);
  return { code, report: JSON.parse(io.out || '[]') as Report[], err: io.err };
}

const messagesOf = (report: Report[], file: string) =>
  report.find((entry) => entry.file === file)?.messages ?? [];
const ruleIdsOf = (report: Report[]) =>
  report.flatMap((entry) => entry.messages.map((m) => `${entry.file} ${m.ruleId}/${m.messageId}`));

describe('discovery refuses what the site would load but lint could not vouch for', () => {
  it('a symlinked file is an error at its path and is not read', async () => {
    const root = await handbookWith((content, outside) =>
      symlink(join(outside, 'secret.mdx'), join(content, 'initiatives', 'linked.mdx')),
    );
    const result = await lint(root);
    expect(result.err).toBe('');
    expect(result.code).toBe(1);
    const messages = messagesOf(result.report, 'content/initiatives/linked.mdx');
    expect(messages).toMatchObject([
      { ruleId: 'mdx-parse', messageId: 'symlink', severity: 'error', line: 1, column: 1 },
    ]);
    expect(messages[0]?.message).toBe(
      'Unexpected symbolic link `content/initiatives/linked.mdx` (a link to a file), expected a regular file or folder',
    );
    // Not read: the linked file's `export` would be an mdx-safe error.
    expect(ruleIdsOf(result.report).filter((line) => line.includes('mdx-safe'))).toEqual([]);
  });

  it('a symlinked folder is an error at its path and is not walked', async () => {
    const root = await handbookWith((content, outside) =>
      symlink(outside, join(content, 'initiatives', 'more'), 'dir'),
    );
    const result = await lint(root);
    expect(result.code).toBe(1);
    expect(messagesOf(result.report, 'content/initiatives/more')).toMatchObject([
      { ruleId: 'mdx-parse', messageId: 'symlink', line: 1, column: 1 },
    ]);
    expect(messagesOf(result.report, 'content/initiatives/more')[0]?.message).toContain(
      'a link to a folder',
    );
    expect(result.report.map((entry) => entry.file)).not.toContain(
      'content/initiatives/more/secret.mdx',
    );
  });

  it('a linked folder next to a brief of the same name is not counted as a second brief', async () => {
    const root = await handbookWith((content, outside) =>
      symlink(outside, join(content, 'initiatives', 'neighbour'), 'dir'),
    );
    const result = await lint(root);
    expect(ruleIdsOf(result.report).filter((line) => line.includes('unique-id'))).toEqual([]);
  });

  it('content/ itself as a link is an error, and nothing behind it is read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'handbook-discovery-'));
    temporary.push(root);
    await mkdir(join(root, 'real', 'initiatives'), { recursive: true });
    await writeFile(join(root, 'real', 'initiatives', 'a.mdx'), faultBrief('platform-reliability'));
    await symlink(join(root, 'real'), join(root, 'content'), 'dir');
    const result = await lint(root);
    expect(result.code).toBe(1);
    expect(
      result.report.map(
        (entry) => `${entry.file} ${entry.messages.map((m) => m.messageId).join(',')}`,
      ),
    ).toEqual(['content symlink']);
  });

  it('a node_modules folder anywhere under content/ is an error naming it, and is not walked', async () => {
    const root = await handbookWith(async (content) => {
      const planted = join(content, 'docs', 'node_modules', '@astrojs', 'starlight');
      await mkdir(planted, { recursive: true });
      await writeFile(join(planted, 'package.json'), '{"name":"@astrojs/starlight"}');
      await writeFile(join(planted, 'readme.md'), '# Not content\n');
      await mkdir(join(content, 'initiatives', '2026-q3', 'node_modules'), { recursive: true });
    });
    const result = await lint(root);
    expect(result.code).toBe(1);
    expect(messagesOf(result.report, 'content/docs/node_modules')).toMatchObject([
      { ruleId: 'mdx-parse', messageId: 'node-modules', line: 1, column: 1 },
    ]);
    expect(messagesOf(result.report, 'content/docs/node_modules')[0]?.message).toBe(
      'Unexpected `node_modules` folder `content/docs/node_modules`, expected no packages under `content/`',
    );
    expect(messagesOf(result.report, 'content/initiatives/2026-q3/node_modules')).toMatchObject([
      { messageId: 'node-modules' },
    ]);
    expect(
      result.report.map((entry) => entry.file).filter((file) => file.includes('readme')),
    ).toEqual([]);
  });

  it('dot-files and dot-folders stay ignored (the site does not load them either)', async () => {
    const root = await handbookWith(async (content, outside) => {
      await mkdir(join(content, '.drafts'));
      await writeFile(join(content, '.drafts', 'x.mdx'), 'export const x = 1\n');
      await writeFile(join(content, 'initiatives', '.hidden.mdx'), 'export const x = 1\n');
      await symlink(outside, join(content, '.linked'), 'dir');
    });
    const result = await lint(root);
    expect(result.report.map((entry) => entry.file)).toEqual(['content/initiatives/neighbour.mdx']);
  });
});
