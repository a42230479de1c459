/**
 * `npm run bench`: the performance table of the issue "Performance". Every figure is the median
 * of several runs of a child process (wall seconds; peak RSS of the child via GNU time).
 *
 *   npm run bench                       lint, diff, floors, peer and builds at 1,000 and 5,000 briefs, 3 runs
 *   npm run bench -- --runs 5           more runs for every figure
 *   npm run bench -- --quick            smoke run: 100 and 500 briefs, 1 run
 *   npm run bench -- --build-runs 1 --peer-runs 1   fewer runs of the slow parts (shown in the table)
 *   npm run bench -- --no-build --no-peer           lint and floors only
 *   npm run bench -- --no-lint --no-peer --large-only   the 5,000-brief builds only
 *   npm run bench -- --out FILE         also write the table to FILE
 *
 * Work folders live in bench/.work (gitignored): lint corpora (with faults, a git repo for
 * `--changed`), build corpora (lint-clean), a copy of our site project and a plain Starlight
 * project per size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  copyFile,
  cp,
  mkdir,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { hasGnuTime, measure, medianOf } from './lib.ts';
import { pathologicalRows } from './pathological.ts';
import { ensurePeer, preparePeerConfig } from './peer.ts';

const repo = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');
const work = join(repo, 'bench', '.work');
const node = process.execPath;
const bin = join(repo, 'linter', 'bin.ts');
const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SEED = 42;
/** Bump when the corpus generator changes, so cached corpora are rebuilt. */
const CORPUS_VERSION = 2;

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'build-runs': { type: 'string' },
    'peer-runs': { type: 'string' },
    quick: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    'no-peer': { type: 'boolean' },
    'no-lint': { type: 'boolean' },
    'large-only': { type: 'boolean' },
    out: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const buildRuns = Number(values['build-runs'] ?? runs);
const peerRuns = Number(values['peer-runs'] ?? runs);
const [small, large] = quick ? [100, 500] : [1000, 5000];
const withBuild = !values['no-build'];
const withPeer = !values['no-peer'];
const withLint = !values['no-lint'];
const sizes = values['large-only'] ? [large] : [small, large];

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, stdio: 'ignore' },
  );

// ---------------------------------------------------------------------------------------------
// Setup (not timed)

async function corpus(kind: 'lint' | 'build', n: number): Promise<string> {
  const dir = join(work, `${kind}-${n}`);
  const marker = join(dir, '.bench-corpus.json');
  const want = JSON.stringify({ n, seed: SEED, faults: kind === 'lint', version: CORPUS_VERSION });
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === want) return dir;
  log(`generating ${kind} corpus of ${n} briefs`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await generateCorpus(dir, n, SEED, { faults: kind === 'lint' });
  await writeFile(
    join(dir, '.gitignore'),
    'node_modules/\n.bench-corpus.json\n.remarkrc.mjs\n.peer-schema.json\n',
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'corpus');
  await writeFile(marker, want);
  return dir;
}

/** node_modules with one symlink per package of the repo's, so caches (.vite, .astro, .cache) stay local. */
async function linkNodeModules(dir: string): Promise<void> {
  const target = join(dir, 'node_modules');
  await rm(target, { recursive: true, force: true });
  await mkdir(target);
  for (const entry of await readdir(join(repo, 'node_modules'))) {
    if (entry === '.cache' || entry === '.vite' || entry === '.astro') continue;
    await symlink(join(repo, 'node_modules', entry), join(target, entry));
  }
}

/** A copy of our site project with the build corpus as its content/ (a git repo, for page dates). */
async function siteProject(n: number): Promise<string> {
  const source = await corpus('build', n);
  const dir = join(work, `site-${n}`);
  log(`preparing our site project for ${n} briefs`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    await copyFile(join(repo, file), join(dir, file));
  for (const folder of ['site', 'linter'])
    await cp(join(repo, folder), join(dir, folder), { recursive: true });
  await cp(join(source, 'content'), join(dir, 'content'), { recursive: true });
  await writeFile(join(dir, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
  await linkNodeModules(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'site');
  return dir;
}

/** bench/plain-starlight with the same briefs as pages of Starlight's docs collection. */
async function plainProject(n: number): Promise<string> {
  const source = await corpus('build', n);
  const dir = join(work, `plain-${n}`);
  log(`preparing the plain Starlight project for ${n} briefs`);
  await rm(dir, { recursive: true, force: true });
  await cp(join(repo, 'bench', 'plain-starlight'), dir, { recursive: true });
  await cp(
    join(source, 'content', 'initiatives'),
    join(dir, 'src', 'content', 'docs', 'initiatives'),
    { recursive: true },
  );
  await linkNodeModules(dir);
  return dir;
}

async function clearBuild(dir: string): Promise<void> {
  for (const path of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache',
  ])
    await rm(join(dir, path), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface Row {
  label: string;
  files: number | undefined;
  wall: number;
  rssMiB: number;
  runs: number;
  walls: number[];
}
const rows = new Map<string, Row>();

async function record(
  key: string,
  label: string,
  files: number | undefined,
  n: number,
  command: string[],
  cwd: string,
  before?: () => Promise<void>,
  okCodes?: readonly number[],
): Promise<Row> {
  log(`${label} (${n}×)`);
  const result = await medianOf(
    n,
    () => measure(command[0] as string, command.slice(1), { cwd, ...(okCodes ? { okCodes } : {}) }),
    before,
  );
  const row = { label, files, runs: n, ...result };
  rows.set(key, row);
  log(`  ${row.walls.map((w) => w.toFixed(2)).join(' / ')} s, ${row.rssMiB.toFixed(0)} MiB`);
  return row;
}

const contentFiles = async (root: string) =>
  (await readdir(join(root, 'content'), { recursive: true })).filter((p) =>
    /\.mdx?$/.test(String(p)),
  ).length;
const cacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'handbook', 'lint-cache.json');
const lint = (...args: string[]) => [node, bin, 'lint', '--format', 'json', ...args];

await mkdir(work, { recursive: true });
const started = Date.now();

for (const n of withLint ? sizes : []) {
  const root = await corpus('lint', n);
  const files = await contentFiles(root);
  await record(
    `cold-${n}`,
    `handbook lint, ${n} briefs, cold (no cache)`,
    files,
    runs,
    lint(),
    root,
    () => rm(join(root, 'node_modules'), { recursive: true, force: true }),
  );
  await record(
    `warm-${n}`,
    `handbook lint, ${n} briefs, warm (cache present)`,
    files,
    runs,
    lint(),
    root,
  );
  await record(
    `floor-${n}`,
    `floor: read + YAML + zod + remark-mdx, ${n} briefs (1 thread)`,
    files,
    runs,
    [node, join(repo, 'bench', 'floor.ts'), root],
    root,
  );
  if (n === large) {
    await record(
      `yaml-${n}`,
      `yaml-only floor: read + YAML, ${n} briefs`,
      files,
      runs,
      [node, join(repo, 'bench', 'floor.ts'), root, '--yaml'],
      root,
    );
    // --changed: one brief edited in the working tree, base HEAD, the cache of the full lint present.
    const changedPath = join(root, 'content', 'initiatives', '2026-q1', 'brief-1.mdx');
    const original = await readFile(changedPath, 'utf8');
    await rm(join(root, 'node_modules'), { recursive: true, force: true });
    await measure(lint()[0] as string, lint().slice(1), { cwd: root });
    const warmCache = await readFile(cacheFile(root));
    try {
      await record(
        `changed-${n}`,
        `handbook lint --changed, 1 of ${n} briefs changed (warm cache)`,
        1,
        runs,
        lint('--changed', '--base', 'HEAD'),
        root,
        async () => {
          await writeFile(cacheFile(root), warmCache);
          await writeFile(changedPath, `${original}\nOne more sentence about the rollout plan.\n`);
        },
      );
      await record(
        `changed-cold-${n}`,
        `handbook lint --changed, 1 of ${n} briefs changed (no cache)`,
        1,
        runs,
        lint('--changed', '--base', 'HEAD'),
        root,
        async () => {
          await rm(join(root, 'node_modules'), { recursive: true, force: true });
          await writeFile(changedPath, `${original}\nOne more sentence about the rollout plan.\n`);
        },
      );
      // handbook diff: the committed corpus is the base (HEAD), the same brief edited in the
      // working tree; with the cache of the base's full lint, and with no cache at all.
      const diff = [node, bin, 'diff', '--base', 'HEAD', '--format', 'json'];
      await record(
        `diff-${n}`,
        `handbook diff, 1 of ${n} briefs changed (cache of the base present)`,
        files,
        runs,
        diff,
        root,
        async () => {
          await writeFile(cacheFile(root), warmCache);
          await writeFile(changedPath, `${original}\nOne more sentence about the rollout plan.\n`);
        },
      );
      await record(
        `diff-cold-${n}`,
        `handbook diff, 1 of ${n} briefs changed (no cache)`,
        files,
        runs,
        diff,
        root,
        async () => {
          await rm(join(root, 'node_modules'), { recursive: true, force: true });
          await writeFile(changedPath, `${original}\nOne more sentence about the rollout plan.\n`);
        },
      );
    } finally {
      await writeFile(changedPath, original);
    }
  }
  if (withPeer) {
    const cli = await ensurePeer();
    await preparePeerConfig(root);
    await record(
      `peer-${n}`,
      `peer: remark-cli + frontmatter-schema + mdx, ${n} briefs`,
      files,
      peerRuns,
      [node, cli, 'content', '--ext', 'mdx', '--quiet', '--no-color'],
      root,
    );
  }
}

const html: Record<string, number> = {};
if (withBuild) {
  for (const n of sizes) {
    const site = await siteProject(n);
    const plain = await plainProject(n);
    const pages = n + 1;
    await record(
      `build-${n}`,
      `our site build (astro build), ${n} briefs`,
      pages,
      buildRuns,
      [node, astro, 'build'],
      site,
      () => clearBuild(site),
      [0],
    );
    await record(
      `plain-${n}`,
      `plain Starlight build, same ${n} briefs`,
      pages,
      buildRuns,
      [node, astro, 'build'],
      plain,
      () => clearBuild(plain),
      [0],
    );
    // Unchanged content after a build: Astro's data store and the lint cache are present.
    await record(
      `rebuild-${n}`,
      `our site rebuild, ${n} briefs unchanged (caches present)`,
      pages,
      buildRuns,
      [node, astro, 'build'],
      site,
      undefined,
      [0],
    );
    html[`page-${n}`] = (
      await stat(join(site, 'dist', 'initiatives', 'brief-1', 'index.html'))
    ).size;
    html[`index-${n}`] = (await stat(join(site, 'dist', 'initiatives', 'index.html'))).size;
    html[`plain-page-${n}`] = (
      await stat(join(plain, 'dist', 'initiatives', '2026-q1', 'brief-1', 'index.html'))
    ).size;
  }
}

// ---------------------------------------------------------------------------------------------
// The table

const fmt = (value: number, digits = 2) => value.toFixed(digits);
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ok = (pass: boolean) => (pass ? '✅' : '❌');
const get = (key: string) => rows.get(key);

const lines: string[] = [];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
lines.push(
  `Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; ${new Date().toISOString().slice(0, 16)}Z; median of ${runs} run${runs === 1 ? '' : 's'} (builds ${buildRuns}, peer ${peerRuns}); peak RSS via ${hasGnuTime ? 'GNU time %M' : 'process.resourceUsage()'}.`,
);
lines.push('');
lines.push('| Measurement | Files | Wall (s) | Files/s | Peak RSS | Runs (s) |');
lines.push('|---|---:|---:|---:|---:|---|');
for (const row of rows.values()) {
  lines.push(
    `| ${row.label} | ${row.files ?? ''} | ${fmt(row.wall)} | ${row.files ? fmt(row.files / row.wall, 0) : ''} | ${mib(row.rssMiB)} | ${row.walls.map((w) => fmt(w, 1)).join(', ')} |`,
  );
}
if (withBuild) {
  lines.push('');
  lines.push(`| HTML size | ${small} briefs | ${large} briefs |`);
  lines.push('|---|---:|---:|');
  lines.push(
    `| one brief page (ours) | ${kb(html[`page-${small}`] ?? 0)} | ${kb(html[`page-${large}`] ?? 0)} |`,
  );
  lines.push(
    `| one brief page (plain Starlight) | ${kb(html[`plain-page-${small}`] ?? 0)} | ${kb(html[`plain-page-${large}`] ?? 0)} |`,
  );
  lines.push(
    `| initiatives index (ours) | ${kb(html[`index-${small}`] ?? 0)} | ${kb(html[`index-${large}`] ?? 0)} |`,
  );
}

lines.push('');
lines.push(`| Target (${large} briefs) | Measured | Target | Met |`);
lines.push('|---|---:|---:|:---:|');
const cold = get(`cold-${large}`);
const floor = get(`floor-${large}`);
const yaml = get(`yaml-${large}`);
const changed = get(`changed-${large}`);
const peer = get(`peer-${large}`);
if (cold && floor)
  lines.push(
    `| full lint (cold) / floor | ${fmt(cold.wall / floor.wall)}× (${fmt(cold.wall)} s / ${fmt(floor.wall)} s) | ≤ 0.8× | ${ok(cold.wall / floor.wall <= 0.8)} |`,
  );
if (cold)
  lines.push(
    `| full lint (cold) peak memory | ${mib(cold.rssMiB)} | ≤ 400 MiB | ${ok(cold.rssMiB <= 400)} |`,
  );
if (changed)
  lines.push(
    `| --changed, 1 brief changed | ${fmt(changed.wall)} s | ≤ 1.5 s | ${ok(changed.wall <= 1.5)} |`,
  );
if (changed && yaml)
  lines.push(
    `| --changed / yaml-only floor | ${fmt(changed.wall / yaml.wall)}× (${fmt(changed.wall)} s / ${fmt(yaml.wall)} s) | ≤ 1.2× | ${ok(changed.wall / yaml.wall <= 1.2)} |`,
  );
const diffWarm = get(`diff-${large}`);
const diffCold = get(`diff-cold-${large}`);
if (diffWarm)
  lines.push(
    `| handbook diff, 1 brief changed, base cache present | ${fmt(diffWarm.wall)} s | ≤ 2 s | ${ok(diffWarm.wall <= 2)} |`,
  );
if (diffCold && cold)
  lines.push(
    `| handbook diff, no cache / full lint (cold) | ${fmt(diffCold.wall / cold.wall)}× (${fmt(diffCold.wall)} s / ${fmt(cold.wall)} s) | ≤ 1.2× | ${ok(diffCold.wall / cold.wall <= 1.2)} |`,
  );
if (cold && peer)
  lines.push(
    `| remark-cli peer / full lint (cold) | ${fmt(peer.wall / cold.wall, 1)}× faster (${fmt(peer.wall)} s / ${fmt(cold.wall)} s) | ≥ 10× | ${ok(peer.wall / cold.wall >= 10)} |`,
  );
const build = get(`build-${large}`);
const plain = get(`plain-${large}`);
if (build && plain)
  lines.push(
    `| our cold build / plain Starlight build | ${fmt(build.wall / plain.wall)}× (${fmt(build.wall, 1)} s / ${fmt(plain.wall, 1)} s) | ≤ 0.85× | ${ok(build.wall / plain.wall <= 0.85)} |`,
  );
const rebuild = get(`rebuild-${large}`);
if (rebuild && plain)
  lines.push(
    `| our rebuild, content unchanged / plain Starlight build | ${fmt(rebuild.wall / plain.wall)}× (${fmt(rebuild.wall, 1)} s / ${fmt(plain.wall, 1)} s; ${fmt(rebuild.wall / (build?.wall ?? rebuild.wall))}× our cold build) | ≤ 0.5× | ${ok(rebuild.wall / plain.wall <= 0.5)} |`,
  );
if (build)
  lines.push(
    `| our build peak memory | ${(build.rssMiB / 1024).toFixed(2)} GiB | ≤ 2.5 GiB | ${ok(build.rssMiB <= 2.5 * 1024)} |`,
  );
const page = html[`page-${large}`];
if (page !== undefined)
  lines.push(`| one brief page HTML | ${kb(page)} | ≤ 40 KB | ${ok(page <= 40 * 1024)} |`);
const index = html[`index-${large}`];
if (index !== undefined)
  lines.push(
    `| initiatives index, ${large} rows | ${kb(index)} (${(index / 1024 / 1024).toFixed(1)} MB) | usable | ${ok(index <= 1024 * 1024)} ${index > 1024 * 1024 ? '(over 1 MB: needs pagination or client-side paging)' : ''} |`,
  );
lines.push('');
lines.push('| Worst-case input (in-process, median of 3) | Measured | Target | Met |');
lines.push('|---|---:|---:|:---:|');
for (const row of pathologicalRows())
  lines.push(
    `| ${row.label} | ${fmt(row.seconds)} s | ≤ ${row.target} s | ${ok(row.seconds <= row.target)} |`,
  );
lines.push('');
lines.push(`Total bench time: ${((Date.now() - started) / 60000).toFixed(1)} min.`);

const table = lines.join('\n');
console.log(table);
if (values.out) {
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${table}\n`);
}
