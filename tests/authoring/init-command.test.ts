/**
 * `handbook init` through `run(argv, io)`: the skeleton it writes lints with no problem at all,
 * flags and `--yes` fill the answers, a terminal asks for the rest, and it refuses a non-empty
 * `content/` (one line, exit 2, nothing written) and never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createInitCommand } from '../../linter/cli/init-command.ts';
import { run } from '../../linter/cli/run.ts';
import { initiativeSchema, northStarSchema, pillarSchema } from '../../linter/schema/index.ts';
import { cleanUp, memoryIo, scriptedPrompter, tempDir } from './helpers.ts';

afterEach(cleanUp);

const repo = fileURLToPath(new URL('../../', import.meta.url));

function frontmatterOf(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1] ?? '');
}

/** Lints `dir` as JSON; returns the exit code and every message. */
async function lint(dir: string, now?: Date): Promise<{ code: number; messages: unknown[] }> {
  const io = memoryIo(dir, now === undefined ? {} : { now });
  const code = await run(['lint', '--format', 'json', '--no-cache'], io);
  const results = JSON.parse(io.out) as { file: string; messages: unknown[] }[];
  return {
    code,
    messages: results.flatMap((r) => r.messages.map((m) => ({ file: r.file, ...(m as object) }))),
  };
}

/** Every file and folder below `dir`, POSIX paths, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const flags = [
  '--north-star',
  'Weekly active teams',
  '--metric',
  'Teams that use two core features in a week',
  '--owner',
  'alex',
  '--pillar',
  'Platform reliability',
  '--pillar',
  'Self-serve growth',
];

describe('handbook init with flags', () => {
  it('writes the North Star, the pillars and their starter briefs from the flags, and lints with no problem', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await run(['init', ...flags], io)).toBe(0);
    expect(io.err).toBe('');
    const northStar = northStarSchema.parse(
      frontmatterOf(readFileSync(join(dir, 'content/strategy/north-star.mdx'), 'utf8')),
    );
    expect(northStar).toMatchObject({
      title: 'Weekly active teams',
      metric: 'Teams that use two core features in a week',
      owner: '@alex',
    });
    for (const id of ['platform-reliability', 'self-serve-growth']) {
      expect(
        pillarSchema.parse(
          frontmatterOf(readFileSync(join(dir, `content/pillars/${id}.mdx`), 'utf8')),
        ),
      ).toMatchObject({ status: 'active', owner: '@alex' });
      const brief = initiativeSchema.parse(
        frontmatterOf(
          readFileSync(join(dir, `content/initiatives/first-briefs-${id}.mdx`), 'utf8'),
        ),
      );
      expect(brief).toMatchObject({ pillar: id, status: 'active', quarter: '2026-Q4' });
    }
    expect(io.out).toContain('Created content/strategy/north-star.mdx');
    expect(io.out).toContain('Next: npm install && npm run lint && npm run dev');
    expect(await lint(dir)).toEqual({ code: 0, messages: [] });
  });

  it('accepts up to four pillars and refuses a fifth, a duplicate or an empty one', async () => {
    const dir = tempDir();
    const four = ['--pillar', 'A1', '--pillar', 'B2', '--pillar', 'C3', '--pillar', 'D4'];
    expect(await run(['init', '--yes', ...four], memoryIo(dir))).toBe(0);
    expect(readdirSync(join(dir, 'content/pillars')).sort()).toEqual([
      'a1.mdx',
      'b2.mdx',
      'c3.mdx',
      'd4.mdx',
    ]);
    expect((await lint(dir)).code).toBe(0);

    for (const [args, message] of [
      [[...four, '--pillar', 'E5'], /5 `--pillar` flags, expected 2 to 4 pillars/],
      [
        ['--pillar', 'Growth', '--pillar', 'growth!'],
        /pillar `growth!` gives the same id as another pillar/,
      ],
      [['--pillar', ' '], /`--pillar` is empty/],
      [['--owner', 'not a handle'], /is not a handle/],
    ] as const) {
      const other = tempDir();
      const io = memoryIo(other);
      expect(await run(['init', '--yes', ...args], io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.err.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(other)).toEqual([]);
    }
  });

  it('keeps answers inert: MDX syntax in a title is text in the body, never an expression or a tag', async () => {
    const dir = tempDir();
    const hostile = 'Revenue {process.exit(3)} <img src=x onerror=alert(1)>';
    expect(
      await run(
        [
          'init',
          '--yes',
          '--north-star',
          hostile,
          '--pillar',
          'Growth {x}',
          '--pillar',
          '<b>Bold</b> bets',
        ],
        memoryIo(dir),
      ),
    ).toBe(0);
    // Unescaped, the braces are a JavaScript expression (`mdx-safe`) and the tag JSX: both lint errors.
    expect(await lint(dir)).toEqual({ code: 0, messages: [] });
    expect(
      northStarSchema.parse(
        frontmatterOf(readFileSync(join(dir, 'content/strategy/north-star.mdx'), 'utf8')),
      ).title,
    ).toBe(hostile);
  });

  it('still lints clean when run on the last day of a quarter or on 29 February', async () => {
    for (const now of [new Date('2026-12-31T23:00:00Z'), new Date('2028-02-29T12:00:00Z')]) {
      const dir = tempDir();
      expect(await run(['init', '--yes'], memoryIo(dir, { now }))).toBe(0);
      expect(await lint(dir, now)).toEqual({ code: 0, messages: [] });
    }
  });
});

describe('handbook init --yes', () => {
  it('takes a default for every answer and writes the whole project around the content', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await run(['init', '--yes'], io)).toBe(0);
    expect(files(dir).filter((f) => statSync(join(dir, f)).isFile())).toEqual([
      '.github/pull_request_template.md',
      '.github/workflows/publish.yml',
      '.github/workflows/pull-request.yml',
      '.github/workflows/strategy-comment.yml',
      '.gitignore',
      'astro.config.mjs',
      'content/docs/guides/how-to-write-a-brief.mdx',
      'content/docs/strategy/how-we-use-this-handbook.mdx',
      'content/initiatives/first-briefs-customer-growth.mdx',
      'content/initiatives/first-briefs-product-excellence.mdx',
      'content/pillars/customer-growth.mdx',
      'content/pillars/product-excellence.mdx',
      'content/strategy/north-star.mdx',
      'package.json',
    ]);
    expect(
      northStarSchema.parse(
        frontmatterOf(readFileSync(join(dir, 'content/strategy/north-star.mdx'), 'utf8')),
      ),
    ).toMatchObject({ title: 'Weekly active customers', owner: '@leadership' });
    // The workflows and template are this repository's own, byte for byte.
    for (const path of [
      '.github/workflows/pull-request.yml',
      '.github/workflows/publish.yml',
      '.github/workflows/strategy-comment.yml',
      '.github/pull_request_template.md',
    ]) {
      expect(readFileSync(join(dir, path), 'utf8')).toBe(readFileSync(join(repo, path), 'utf8'));
    }
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toContain(
      "import { handbookAstroConfig } from 'strategy-handbook/astro';",
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      private: true,
      dependencies: { 'strategy-handbook': '^0.1.0' },
      scripts: { lint: 'handbook lint', build: 'astro build', dev: 'astro dev' },
    });
    // Every `npm run X` in the copied workflows exists in the new package.json.
    const scripts = manifest['scripts'] as Record<string, string>;
    for (const path of [
      '.github/workflows/pull-request.yml',
      '.github/workflows/publish.yml',
      '.github/workflows/strategy-comment.yml',
    ]) {
      for (const [, name] of readFileSync(join(dir, path), 'utf8').matchAll(/npm run ([\w:-]+)/g))
        expect(Object.keys(scripts)).toContain(name);
    }
    expect(await lint(dir)).toEqual({ code: 0, messages: [] });
  });

  it('fills only what the flags leave out', async () => {
    const dir = tempDir();
    expect(
      await run(
        ['init', '--yes', '--north-star', 'Orders shipped on time', '--pillar', 'Customer growth'],
        memoryIo(dir),
      ),
    ).toBe(0);
    const northStar = northStarSchema.parse(
      frontmatterOf(readFileSync(join(dir, 'content/strategy/north-star.mdx'), 'utf8')),
    );
    expect(northStar.title).toBe('Orders shipped on time');
    expect(northStar.metric).toMatch(/^Orders shipped on time: edit this line/);
    // The default pillar with the same id as the given one is skipped.
    expect(readdirSync(join(dir, 'content/pillars')).sort()).toEqual([
      'customer-growth.mdx',
      'product-excellence.mdx',
    ]);
  });

  it('writes into a named folder, creating it', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    expect(await run(['init', 'strategy', '--yes'], io)).toBe(0);
    expect(existsSync(join(cwd, 'strategy/content/strategy/north-star.mdx'))).toBe(true);
    expect(JSON.parse(readFileSync(join(cwd, 'strategy/package.json'), 'utf8'))).toMatchObject({
      name: 'strategy',
    });
    expect(io.out).toContain('Created strategy/content/strategy/north-star.mdx');
    expect(io.out).toContain('Next: cd strategy && npm install');
  });
});

describe('handbook init refuses to touch an existing handbook', () => {
  it('exits 2 with one line for a non-empty content/, and writes nothing anywhere', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'content/initiatives'), { recursive: true });
    writeFileSync(join(dir, 'content/initiatives/mine.mdx'), 'my brief\n');
    const io = memoryIo(dir);
    expect(await run(['init', '--yes'], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: `content/` is not empty, expected an empty or missing folder; `handbook init` never changes an existing handbook (add files with `handbook new`)\n',
    );
    expect(io.out).toBe('');
    expect(files(dir)).toEqual(['content', 'content/initiatives', 'content/initiatives/mine.mdx']);
    expect(readFileSync(join(dir, 'content/initiatives/mine.mdx'), 'utf8')).toBe('my brief\n');
  });

  it('counts a hidden file as content, refuses a content file, and accepts an empty content/', async () => {
    const hidden = tempDir();
    mkdirSync(join(hidden, 'content'));
    writeFileSync(join(hidden, 'content/.keep'), '');
    expect(await run(['init', '--yes'], memoryIo(hidden))).toBe(2);

    const file = tempDir();
    writeFileSync(join(file, 'content'), 'not a folder');
    const io = memoryIo(file);
    expect(await run(['init', '--yes'], io)).toBe(2);
    expect(io.err).toMatch(
      /^handbook: `content` is a file, expected no `content\/` or an empty folder\n$/,
    );

    const empty = tempDir();
    mkdirSync(join(empty, 'content'));
    expect(await run(['init', '--yes'], memoryIo(empty))).toBe(0);
  });

  it('checks content/ before asking anything', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/x.mdx'), '');
    const prompter = scriptedPrompter({});
    await expect(
      createInitCommand({ prompter: async () => prompter }).run(
        [],
        memoryIo(dir, { interactive: true }),
      ),
    ).rejects.toThrow(/is not empty/);
    expect(prompter.asked).toEqual([]);
  });

  it('keeps existing project files and only adds the scripts package.json lacks', async () => {
    const dir = tempDir();
    const manifest = {
      name: 'acme-strategy',
      version: '1.0.0',
      scripts: { build: 'my-build', test: 'vitest' },
      dependencies: { 'strategy-handbook': 'file:../strategy-handbook-0.1.0.tgz' },
    };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 4)}\n`);
    writeFileSync(join(dir, 'astro.config.mjs'), '// mine\n');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/pull-request.yml'), 'name: mine\n');
    const io = memoryIo(dir);
    expect(await run(['init', '--yes'], io)).toBe(0);
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toBe('// mine\n');
    expect(readFileSync(join(dir, '.github/workflows/pull-request.yml'), 'utf8')).toBe(
      'name: mine\n',
    );
    expect(io.out).toContain('Kept astro.config.mjs (already there)');
    expect(io.out).toContain('Kept .github/workflows/pull-request.yml (already there)');
    const text = readFileSync(join(dir, 'package.json'), 'utf8');
    expect(text).toMatch(/^\{\n {4}"name"/);
    expect(JSON.parse(text)).toEqual({
      ...manifest,
      scripts: {
        build: 'my-build',
        test: 'vitest',
        dev: 'astro dev',
        preview: 'astro preview',
        lint: 'handbook lint',
        new: 'handbook new',
      },
    });
    expect(io.out).toContain('Added the scripts `dev`, `preview`, `lint`, `new` to package.json');
    expect(io.out).toContain('Kept your scripts `build` in package.json');
  });
});

describe('handbook init without --yes', () => {
  it('asks in a terminal for what the flags leave out', async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter({
      'one metric': 'Jobs on time',
      definition: 'Jobs closed inside the promised window',
      accountable: 'sam',
      'Pillar 1': 'Dispatch',
      'Pillar 2': 'Back office',
    });
    const io = memoryIo(dir, { interactive: true });
    expect(await createInitCommand({ prompter: async () => prompter }).run([], io)).toBe(0);
    expect(prompter.asked).toEqual([
      'one metric',
      'definition',
      'accountable',
      'Pillar 1',
      'Pillar 2',
    ]);
    expect(
      northStarSchema.parse(
        frontmatterOf(readFileSync(join(dir, 'content/strategy/north-star.mdx'), 'utf8')),
      ),
    ).toMatchObject({ title: 'Jobs on time', owner: '@sam' });
    expect(readdirSync(join(dir, 'content/pillars')).sort()).toEqual([
      'back-office.mdx',
      'dispatch.mdx',
    ]);
    expect(await lint(dir)).toEqual({ code: 0, messages: [] });
  });

  it('asks only for the second pillar when the rest are flags, and refuses the first pillar again', async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter({ 'Pillar 2': 'Back office' });
    const args = [
      '--north-star',
      'Jobs',
      '--metric',
      'Jobs done',
      '--owner',
      '@sam',
      '--pillar',
      'Dispatch',
    ];
    expect(
      await createInitCommand({ prompter: async () => prompter }).run(
        args,
        memoryIo(dir, { interactive: true }),
      ),
    ).toBe(0);
    expect(prompter.asked).toEqual(['Pillar 2']);
    const question = prompter.questions[0] as { validate: (value: string) => string | undefined };
    expect(question.validate('dispatch')).toMatch(/different from the other pillar/);
  });

  it('writes nothing when cancelled', async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter({ 'one metric': 'Jobs', definition: undefined });
    const io = memoryIo(dir, { interactive: true });
    expect(await createInitCommand({ prompter: async () => prompter }).run([], io)).toBe(2);
    expect(io.err).toBe('handbook: cancelled; nothing was written\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('without a terminal, names the missing flags in one line and writes nothing', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await run(['init', '--pillar', 'Dispatch'], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: missing --north-star, --metric, --pillar (1 more) for `handbook init`; pass them, or --yes for the defaults. Run `handbook init --help` for usage.\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is listed in `handbook --help` and has its own help', async () => {
    const io = memoryIo(tempDir());
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^ {2}init +Start a new handbook in an empty folder$/m);
    const help = memoryIo(tempDir());
    expect(await run(['init', '--help'], help)).toBe(0);
    expect(help.out).toContain('--north-star TEXT');
  });
});
