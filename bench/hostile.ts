/**
 * One-off measurement of hostile inputs (not a test): lints a brief followed by each construct
 * of `tests/reliability/large-cases.ts` `hostileInline` at 80 KB, 1 MB and 5 MB, each in its own
 * child process killed after `--timeout` seconds, and prints a markdown table of wall seconds.
 *
 *   node bench/hostile.ts [--timeout 60] [--root DIR]   # DIR: a checkout whose linter to time
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hostileInline } from '../tests/reliability/large-cases.ts';
import { faultBrief } from '../tests/support/faults.ts';

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '60' },
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    one: { type: 'string' },
  },
});

if (values.one) {
  // Child: lint one file through the engine of --root, print the seconds.
  const { lintHandbook } = (await import(
    join(values.root, 'linter/engine/lint-handbook.ts')
  )) as typeof import('../linter/engine/lint-handbook.ts');
  const { configSchema } = (await import(
    join(values.root, 'linter/config/schema.ts')
  )) as typeof import('../linter/config/schema.ts');
  const start = performance.now();
  const results = await lintHandbook({
    root: values.one,
    config: { ...configSchema.parse({}), now: new Date('2026-11-24T00:00:00Z') },
    cache: false,
    workers: 0,
  });
  const seconds = (performance.now() - start) / 1000;
  const first = results.flatMap((r) => r.messages).find((m) => m.ruleId === 'mdx-parse');
  console.log(
    `${seconds.toFixed(2)}\t${first ? `${first.ruleId}/${first.messageId} ${first.line}:${first.column}` : 'parsed'}`,
  );
} else {
  const timeout = Number(values.timeout);
  const sizes = [80 * 1024, 1024 * 1024, 5 * 1024 * 1024];
  const rows = ['| Input | 80 KB | 1 MB | 5 MB |', '|---|---:|---:|---:|'];
  const brief = faultBrief('platform-reliability');
  for (const { name, unit } of hostileInline) {
    const cells: string[] = [];
    for (const bytes of sizes) {
      const dir = mkdtempSync(join(tmpdir(), 'handbook-hostile-'));
      mkdirSync(join(dir, 'content', 'initiatives'), { recursive: true });
      writeFileSync(
        join(dir, 'content', 'initiatives', 'hostile.mdx'),
        `${brief}${unit.repeat(Math.ceil(bytes / unit.length))}\n`,
      );
      const child = spawnSync(
        process.execPath,
        [import.meta.filename, '--one', dir, '--root', values.root],
        { encoding: 'utf8', timeout: timeout * 1000, killSignal: 'SIGKILL' },
      );
      rmSync(dir, { recursive: true, force: true });
      const [seconds, verdict] = (child.stdout ?? '').trim().split('\t');
      cells.push(child.error || child.signal ? `> ${timeout} (killed)` : `${seconds} (${verdict})`);
      console.error(`${name} ${bytes}: ${cells.at(-1)}`);
    }
    rows.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  console.log(`${rows.join('\n')}\n\n${load}`);
}
