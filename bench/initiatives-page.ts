/**
 * `node bench/initiatives-page.ts [--briefs 5000] [--runs 5] [--rebuild]`: the initiatives index
 * of a built N-brief site in headless Chromium (not part of `npm run bench`). The site is a copy
 * of our project with a lint-clean generated corpus (`bench/corpus.ts`, seed 42) in
 * `bench/.work/index-N/`, built once and reused until `--rebuild`. Measured, median of the runs:
 *
 * - HTML and rows.json bytes (raw and gzip);
 * - first row: navigation start → the first animation frame with a `tbody tr` in the document
 *   (an init script polls each frame), next to first contentful paint; and → the filters shown
 *   (the script has the rows);
 * - filter latency, inside the page: `performance.now()` around dispatching `input`/`change`
 *   → the next animation frame (and → a forced layout of the table, which includes style and
 *   layout of the new rows), for title text, a status, a status + pillar, clearing, and a sort;
 *   and the renderer main thread's CPU time per step (DevTools `ThreadTime`), which stays
 *   meaningful on a loaded machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from '../tests/browser/harness.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './lib.ts';

const repo = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');
const { values } = parseArgs({
  options: {
    briefs: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    rebuild: { type: 'boolean', default: false },
  },
});
const briefs = Number(values.briefs);
const runs = Number(values.runs);
const dir = join(repo, 'bench', '.work', `index-${briefs}`);
const dist = join(dir, 'dist');
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** A copy of our site project with N generated briefs as content/, built into dist/. */
async function buildSite(): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`generating ${briefs} briefs and copying the project to ${dir}`);
  await generateCorpus(dir, briefs, 42, { faults: false });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    await copyFile(join(repo, file), join(dir, file));
  for (const folder of ['site', 'linter'])
    await cp(join(repo, folder), join(dir, folder), { recursive: true });
  // One symlink per package, so Vite's and Astro's caches stay in the copy (as bench/run.ts does).
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(join(repo, 'node_modules')))
    if (!['.cache', '.vite', '.astro'].includes(entry))
      await symlink(join(repo, 'node_modules', entry), join(dir, 'node_modules', entry));
  await writeFile(join(dir, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
  log('astro build (several minutes at 5,000 briefs)');
  const started = performance.now();
  execFileSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

interface Load {
  firstRow: number;
  fcp: number;
  ready: number;
}

/** Opens the index in a fresh context (empty cache) and times its first row and its script. */
async function load(page: Page, url: string): Promise<Load> {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { __firstRow?: number; __ready?: number };
    const poll = () => {
      if (scope.__firstRow === undefined && document.querySelector('#hb-initiatives tbody tr'))
        scope.__firstRow = performance.now();
      const form = document.querySelector<HTMLFormElement>('#hb-filters');
      if (form && !form.hidden) scope.__ready = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (globalThis as { __ready?: number }).__ready !== undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const scope = globalThis as unknown as { __firstRow: number; __ready: number };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { firstRow: scope.__firstRow, fcp, ready: scope.__ready };
  });
}

interface Step {
  /** The control's name and the value to set; `sort:<key>` clicks a column header. */
  name: string;
  value: string;
}

/**
 * Runs one step in the page, timed inside it to the next frame and to a forced layout (ms), and
 * the renderer main thread's CPU time for it (`ThreadTime` of `Performance.getMetrics`, ms), which
 * a loaded machine stretches far less than wall time.
 */
async function timeStep(page: Page, cdp: CDPSession, step: Step) {
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  const before = await cpu();
  const timed = await page.evaluate(async (step) => {
    const form = document.querySelector<HTMLFormElement>('#hb-filters')!;
    const table = document.querySelector<HTMLTableElement>('#hb-initiatives')!;
    const start = performance.now();
    if (step.name.startsWith('sort:')) {
      table
        .querySelector<HTMLButtonElement>(`th[data-sort-key="${step.name.slice(5)}"] button`)!
        .click();
    } else {
      const control = form.elements.namedItem(step.name) as HTMLInputElement | HTMLSelectElement;
      control.value = step.value;
      control.dispatchEvent(
        new Event(control.tagName === 'INPUT' ? 'input' : 'change', { bubbles: true }),
      );
    }
    const frame = await new Promise<number>((done) =>
      requestAnimationFrame(() => done(performance.now())),
    );
    void table.offsetHeight;
    const layout = performance.now();
    return {
      frame: frame - start,
      layout: layout - start,
      count: document.querySelector('#hb-count')?.textContent ?? '',
    };
  }, step);
  const used = (await cpu()) - before;
  // Let the frame paint before the next step.
  await page.waitForTimeout(50);
  return { ...timed, cpu: used };
}

if (values.rebuild || !existsSync(join(dist, 'initiatives', 'index.html'))) await buildSite();
else log(`reusing ${dist} (--rebuild to build again)`);

const bytes = (path: string) => {
  const data = readFileSync(join(dist, path));
  return { raw: data.length, gzip: gzipSync(data).length };
};
const html = bytes('initiatives/index.html');
const json = bytes('initiatives/rows.json');
const pageTwo = existsSync(join(dist, 'initiatives/page/2/index.html'))
  ? bytes('initiatives/page/2/index.html')
  : undefined;

const server = await serveStatic(dist);
const browser = await launchBrowser();
if (!browser) throw new Error('No Chromium: the bench needs /usr/bin/chromium');
const loads: Load[] = [];
const steps: Step[] = [
  { name: 'q', value: 'speed' },
  { name: 'q', value: '' },
  { name: 'status', value: 'active' },
  { name: 'pillar', value: 'platform-reliability' },
  { name: 'status', value: '' },
  { name: 'pillar', value: '' },
  { name: 'sort:title', value: '' },
  { name: 'sort:title', value: '' },
];
const timings = steps.map(() => ({
  frame: [] as number[],
  layout: [] as number[],
  cpu: [] as number[],
  count: '',
}));
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  loads.push(await load(page, `${server.url}/initiatives/`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  for (const [index, step] of steps.entries()) {
    const result = await timeStep(page, cdp, step);
    timings[index]!.frame.push(result.frame);
    timings[index]!.layout.push(result.layout);
    timings[index]!.cpu.push(result.cpu);
    timings[index]!.count = result.count;
  }
  await context.close();
}
await browser.close();
await server.close();

const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const spread = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
const labels = [
  'title contains "speed"',
  'clear the title text',
  'status = active',
  '+ pillar = platform-reliability',
  'status = any',
  'pillar = any (every row)',
  'sort by title, ascending',
  'sort by title, descending',
];
const firstRow = loads.map((l) => l.firstRow);
const filterFrames = timings.slice(0, 6).flatMap((t) => t.frame);
const lines = [
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}; ${new Date().toISOString().slice(0, 16)}Z; ${briefs} briefs, median of ${runs} page loads (fresh context each), Chromium headless, local static server.`,
  '',
  '| Measurement | Median | Main-thread CPU | Runs (wall) |',
  '|---|---:|---:|---|',
  `| /initiatives/ HTML | ${kb(html.raw)} (${kb(html.gzip)} gzip) | | |`,
  ...(pageTwo
    ? [`| /initiatives/page/2/ HTML | ${kb(pageTwo.raw)} (${kb(pageTwo.gzip)} gzip) | | |`]
    : []),
  `| /initiatives/rows.json | ${kb(json.raw)} (${kb(json.gzip)} gzip) | | |`,
  `| navigation → first \`tbody tr\` frame | ${ms(firstRow)} | | ${spread(firstRow)} |`,
  `| navigation → first contentful paint | ${ms(loads.map((l) => l.fcp))} | | ${spread(loads.map((l) => l.fcp))} |`,
  `| navigation → filters ready (rows fetched) | ${ms(loads.map((l) => l.ready))} | | ${spread(loads.map((l) => l.ready))} |`,
  ...timings.map(
    (t, i) =>
      `| ${labels[i]} → next frame (→ layout) | ${ms(t.frame)} (${ms(t.layout)}) | ${ms(t.cpu)} | ${spread(t.frame)}; "${t.count}" |`,
  ),
  '',
  '| Target | Measured | Met |',
  '|---|---:|:---:|',
  `| first rows < 1 s | ${ms(firstRow)} | ${median(firstRow) < 1000 ? '✅' : '❌'} |`,
  `| filter < 100 ms (worst median of the six filter steps) | ${Math.max(...timings.slice(0, 6).map((t) => median(t.frame))).toFixed(0)} ms (worst single run ${Math.max(...filterFrames).toFixed(0)} ms) | ${Math.max(...timings.slice(0, 6).map((t) => median(t.frame))) < 100 ? '✅' : '❌'} |`,
  `| filter < 100 ms of main-thread CPU (worst median of the six) | ${Math.max(...timings.slice(0, 6).map((t) => median(t.cpu))).toFixed(0)} ms | ${Math.max(...timings.slice(0, 6).map((t) => median(t.cpu))) < 100 ? '✅' : '❌'} |`,
];
console.log(lines.join('\n'));
