/**
 * END-TO-END, SLOW (about 2 minutes, needs the npm registry): the path a company takes.
 * `npm pack` this repository, `npm install` the tarball into an empty folder outside it,
 * `npx handbook init --yes --north-star …`, `npx handbook lint`, `npm run build`, and the built
 * home page shows the new North Star. Skipped, with the reason, when the registry cannot be
 * reached. The installed package runs on its own: the child processes see no `node_modules/.bin`
 * of this repository (only a `node` of the project's version), so a missing bin or a `.ts` entry
 * point (Node refuses to strip types under `node_modules`) fails here.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startClient } from '../lsp/lsp-client.ts';

const repo = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'handbook-package-'));
// An installed site is a few hundred packages: give the removal time.
afterAll(() => rm(work, { recursive: true, force: true }), 120_000);

/** The environment of a user's shell: Node 24 first on PATH, nothing of this repository's npm run. */
function userEnv(): NodeJS.ProcessEnv {
  const bin = join(work, 'bin');
  if (!existsSync(bin)) {
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
  }
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => !dir.startsWith(repo));
  const env: NodeJS.ProcessEnv = {
    PATH: [bin, ...path].join(delimiter),
    NO_COLOR: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key === 'PATH' ||
      key.startsWith('HANDBOOK_') ||
      key === 'INIT_CWD' ||
      key === 'FORCE_COLOR'
    )
      continue;
    // npm's run-script variables describe this repository; the cache and registry are the user's.
    if (key.startsWith('npm_') && key !== 'npm_config_cache' && key !== 'npm_config_registry')
      continue;
    env[key] ??= value;
  }
  return env;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function sh(command: string, args: string[], cwd: string, timeout = 300_000): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: userEnv(), timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Why the registry cannot be used, or undefined when `npm ping` answers. */
async function registryProblem(): Promise<string | undefined> {
  const ping = await sh(
    'npm',
    ['ping', '--fetch-retries=0', '--fetch-timeout=15000'],
    work,
    30_000,
  );
  if (ping.code === 0) return undefined;
  const lines = ping.stderr.trim().split('\n');
  const reason =
    lines.find((line) => /npm error (code|errno|network)/.test(line)) ?? lines.pop() ?? '';
  return `npm registry unreachable (\`npm ping\` exited ${ping.code}: ${reason.slice(0, 160)})`;
}

const northStar = 'Teams shipping every week';

describe('END-TO-END (slow, ~2 min): npm pack, install into an empty folder, init, lint, build', () => {
  it(
    'packs, installs, starts a handbook, lints it clean and builds a site showing its North Star',
    { timeout: 900_000 },
    async (context) => {
      const problem = await registryProblem();
      if (problem !== undefined) {
        console.warn(`SKIPPED package end-to-end test: ${problem}`);
        context.skip(problem);
      }

      // npm pack runs `prepack` (tsc → lib/) and writes only lib/ in the repository.
      const packDir = join(work, 'pack');
      mkdirSync(packDir);
      const pack = await sh('npm', ['pack', '--json', '--pack-destination', packDir], repo);
      expect(pack.code, pack.stderr).toBe(0);
      const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
        filename: string;
        files: { path: string }[];
      }[];
      if (packed === undefined) throw new Error('npm pack printed no package');
      const paths = packed.files.map((file) => file.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'bin/handbook.js',
          'lib/linter/bin.js',
          'lib/site/astro-config.js',
          'types/astro.d.ts',
          'site/content.config.ts',
          '.github/workflows/pull-request.yml',
        ]),
      );
      // The Crewline sample, the tests and the tooling stay in this repository.
      expect(
        paths.filter((path) => /^(content|tests|bench|serve|\.ci|\.githooks)\//.test(path)),
      ).toEqual([]);

      const app = join(work, 'acme-strategy');
      mkdirSync(app);
      const install = await sh(
        'npm',
        ['install', '--prefer-offline', join(packDir, packed.filename)],
        app,
      );
      expect(install.code, install.stderr).toBe(0);
      expect(realpathSync(join(app, 'node_modules/.bin/handbook'))).toBe(
        join(realpathSync(app), 'node_modules/strategy-handbook/bin/handbook.js'),
      );

      const init = await sh('npx', ['handbook', 'init', '--yes', '--north-star', northStar], app);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain('Created content/strategy/north-star.mdx');

      const lint = await sh('npx', ['handbook', 'lint'], app);
      expect(lint.code, lint.stdout + lint.stderr).toBe(0);
      expect(lint.stdout).toMatch(/No problems in \d+ files/);

      // The installed language server (its server thread is a .js module beside the CLI's).
      const client = await startClient(
        app,
        {},
        {
          file: 'npx',
          args: ['handbook', 'lsp', '--stdio'],
          env: userEnv(),
        },
      );
      const northStarUri = client.uri('content/strategy/north-star.mdx');
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri: northStarUri,
          languageId: 'mdx',
          version: 1,
          text: readFileSync(join(app, 'content/strategy/north-star.mdx'), 'utf8'),
        },
      });
      const published = await client.waitForDiagnostics((p) => p.uri === northStarUri, 0, 60_000);
      expect(published.diagnostics).toEqual([]);
      expect(await client.stop()).toBe(0);

      const build = await sh('npm', ['run', 'build'], app);
      expect(build.code, build.stdout.slice(-4000) + build.stderr.slice(-4000)).toBe(0);
      const home = readFileSync(join(app, 'dist/index.html'), 'utf8');
      expect(home).toContain(northStar);
      expect(home).toContain('<meta http-equiv="content-security-policy"');
    },
  );
});
