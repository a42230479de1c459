/**
 * `bin/handbook.js`, the executable npm links: under `node_modules` it runs the compiled `lib/`
 * (Node refuses to strip types there); in this repository it runs the TypeScript sources, so a
 * stale `lib/` left by an old `npm pack` is never what a contributor runs. On an older Node it
 * says so in one line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const launcher = join(repo, 'bin/handbook.js');
const work = mkdtempSync(join(tmpdir(), 'handbook-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the launcher in `pkg`, whose compiled CLI and sources only write `marker`. */
function launcherIn(pkg: string, marker: string): string {
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  mkdirSync(join(pkg, 'lib/linter'), { recursive: true });
  mkdirSync(join(pkg, 'linter'), { recursive: true });
  copyFileSync(launcher, join(pkg, 'bin/handbook.js'));
  const write = (what: string) =>
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, '${what}');\n`;
  writeFileSync(join(pkg, 'lib/linter/bin.js'), write('compiled'));
  writeFileSync(join(pkg, 'linter/bin.ts'), write('sources'));
  return join(pkg, 'bin/handbook.js');
}

describe('bin/handbook.js', () => {
  it('runs the compiled lib/ when installed under node_modules', () => {
    const marker = join(work, 'ran-compiled');
    execFileSync(process.execPath, [
      launcherIn(join(work, 'node_modules/strategy-handbook'), marker),
    ]);
    expect(readFileSync(marker, 'utf8')).toBe('compiled');
  });

  it('runs the TypeScript sources in a checkout, even with a (stale) lib/ beside them', () => {
    const marker = join(work, 'ran-checkout');
    execFileSync(process.execPath, [launcherIn(join(work, 'checkout'), marker)]);
    expect(readFileSync(marker, 'utf8')).toBe('sources');
  });

  it("runs this repository's CLI", () => {
    const out = execFileSync(process.execPath, [launcher, '--version'], { encoding: 'utf8' });
    const version = (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(out).toBe(`${version}\n`);
  });

  it('refuses an older Node with one line and exit code 2', (context) => {
    const old = '/usr/bin/node';
    const found = existsSync(old)
      ? spawnSync(old, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
      : '';
    const [major = 99, minor = 0] = found.split('.').map(Number);
    if (found === '' || major > 22 || (major === 22 && minor >= 12))
      context.skip(`no Node older than 22.12 at ${old} (found ${found || 'none'})`);
    const result = spawnSync(old, [launcher, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `handbook: unexpected Node ${found}, expected 22.12 or later (the \`node\` on PATH runs npm scripts and npx)\n`,
    );
  });
});
