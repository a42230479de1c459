/**
 * The CI workflows stay runnable and trustworthy: every file validates against SchemaStore's
 * GitHub workflow schema, every `npm run X` names a script of package.json after `npm ci`,
 * every action is pinned to a full commit SHA, every job asks for its own least permissions,
 * the code-scanning upload is gated (forks, private repositories) with a notice, the publish
 * workflow deploys nothing without the private-by-default gate, and the strategy diff is posted
 * as one sticky comment by a trusted `workflow_run` job that runs none of the pull request's code.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const scripts = (
  JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts;
const dir = `${repo}.github/workflows/`;
const files = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: unknown;
}
interface Job {
  steps: Step[];
  permissions?: Record<string, string> | string;
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  'continue-on-error'?: unknown;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const sources = files.map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));
const workflows = sources.map(({ name, text }) => ({
  name,
  text,
  workflow: parse(text) as Workflow,
}));

function workflowNamed(name: string): Workflow {
  const found = workflows.find((w) => w.name === name);
  if (!found) throw new Error(`no workflow ${name}`);
  return found.workflow;
}

const schema = JSON.parse(
  readFileSync(new URL('../vendor/github-workflow/github-workflow.json', import.meta.url), 'utf8'),
) as object;
// SchemaStore's schemas use keywords ajv's strict mode does not know (e.g. `markdownDescription`).
const ajv = new Ajv({ allErrors: true, strict: false });
const validateWorkflow = ajv.compile(schema);

/** Script names called by a `run:` block: `npm run X`, `npm run --silent X`. */
function npmScripts(run: string): string[] {
  return [...run.matchAll(/\bnpm run(?:\s+--?[a-z-]+)*\s+([A-Za-z0-9:_-]+)/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('workflows', () => {
  it('exist (every other workflow file gets the same checks below)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['publish.yml', 'pull-request.yml', 'strategy-comment.yml']),
    );
  });

  it('are checked by a schema validator that rejects a broken workflow', () => {
    const broken = structuredClone(workflowNamed('pull-request.yml')) as unknown as Record<
      string,
      unknown
    >;
    broken['jobs'] = {
      lint: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'a@b', run: 'both' }] },
    };
    expect(validateWorkflow(broken)).toBe(false);
    expect(
      validateWorkflow({ on: 'push', jobs: { x: { 'runs-on': 'ubuntu-latest', stepz: [] } } }),
    ).toBe(false);
    expect(
      validateWorkflow({
        on: 'push',
        jobs: { x: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] } },
      }),
    ).toBe(true);
  });

  describe.each(workflows)('$name', ({ workflow, text }) => {
    it('validates against the GitHub workflow schema (SchemaStore)', () => {
      expect(validateWorkflow(workflow), ajv.errorsText(validateWorkflow.errors)).toBe(true);
    });

    it.each(Object.entries(workflow.jobs))(
      'job %s: every `npm run` names a script, after `npm ci`',
      (_job, { steps }) => {
        let installed = false;
        for (const step of steps) {
          if (step.run === undefined) continue;
          if (/\bnpm ci\b/.test(step.run)) installed = true;
          for (const script of npmScripts(step.run)) {
            expect(Object.keys(scripts), `npm run ${script}`).toContain(script);
            expect(installed, `npm ci before npm run ${script}`).toBe(true);
          }
        }
      },
    );

    it('pins every action to a full commit SHA with its version in a comment', () => {
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length).toBeGreaterThan(0);
      for (const [, target = '', rest = ''] of uses) {
        expect(target, target).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(rest, target).toMatch(/^\s+#\s+v\d+\.\d+\.\d+\s*$/);
      }
    });

    it('pins each action to one SHA everywhere', () => {
      const pins = new Map<string, Set<string>>();
      for (const [, action = '', sha = ''] of text.matchAll(/uses:\s*([^@\s]+)@(\S+)/g)) {
        pins.set(action, (pins.get(action) ?? new Set()).add(sha));
      }
      for (const [action, shas] of pins) expect(shas.size, action).toBe(1);
    });

    it('grants nothing at the top level and least privilege per job', () => {
      expect(workflow.permissions).toEqual({});
      // Scopes a handbook workflow may need; a new one must be argued for here.
      const allowed = new Set([
        'contents:read',
        'security-events:write', // upload-sarif
        'pages:write', // deploy-pages
        'id-token:write', // deploy-pages (OIDC)
        'actions:read', // download an artifact of another run (workflow_run)
        'pull-requests:write', // a sticky comment on the pull request
      ]);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(typeof job.permissions, `${name} has its own permissions block`).toBe('object');
        for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
          expect(allowed.has(`${scope}:${level}`), `${name}: ${scope}: ${level}`).toBe(true);
        }
      }
    });

    it('has a concurrency group', () => {
      expect(workflow.concurrency?.group).toMatch(/\S/);
    });

    it('runs the pinned Node 24 with npm caching', () => {
      for (const job of Object.values(workflow.jobs)) {
        if (!job.steps.some((step) => step.run?.includes('npm '))) continue;
        const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
        expect(setup?.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
      }
    });

    it('checks out with full history where git dates or --changed need it, never keeping the token', () => {
      for (const job of Object.values(workflow.jobs)) {
        const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
        if (!checkout) continue;
        expect(checkout.with?.['persist-credentials']).toBe(false);
        if (
          job.steps.some((step) =>
            /npm run (build|lint -- --changed)|handbook diff --base/.test(step.run ?? ''),
          )
        ) {
          expect(checkout.with?.['fetch-depth']).toBe(0);
        }
      }
    });

    it('never hides failures with continue-on-error', () => {
      expect(text).not.toMatch(/continue-on-error/);
    });

    it('puts no pull-request or event text into a run script (no script injection)', () => {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
      }
    });
  });
});

describe('pull-request.yml', () => {
  const workflow = workflowNamed('pull-request.yml');
  const lint = workflow.jobs['lint'] as Job;
  const scanning = workflow.jobs['code-scanning'] as Job;

  it('annotates the changed files, writes SARIF for code scanning and builds the site', () => {
    const runs = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.map((step) => step.run ?? ''),
    );
    expect(runs.some((run) => /npm run lint -- --changed\b.*--format github/.test(run))).toBe(true);
    expect(
      runs.some((run) => /npm run lint -- --format sarif --output-file handbook\.sarif/.test(run)),
    ).toBe(true);
    expect(runs).toContain('npm run build');
  });

  it('runs pull-request code with a read-only token only (fork pull requests work)', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const runsCode = job.steps.some((step) => /\bnpm\b/.test(step.run ?? ''));
      if (runsCode) expect(job.permissions, name).toEqual({ contents: 'read' });
    }
  });

  it('uploads SARIF from a job that runs no pull-request code, only when the gate says so', () => {
    expect(scanning.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(scanning.steps.some((step) => step.run !== undefined)).toBe(false);
    expect(scanning.needs).toBe('lint');
    expect(scanning.if).toMatch(/needs\.lint\.outputs\.code-scanning == 'true'/);
    expect(scanning.if).toMatch(/!cancelled\(\)/);
    const upload = scanning.steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    expect(upload?.with).toMatchObject({ sarif_file: 'handbook.sarif', category: 'handbook' });
    expect(lint.outputs?.['code-scanning']).toBe('${{ steps.code-scanning.outputs.enabled }}');
  });

  describe('the code-scanning gate', () => {
    const gate = lint.steps.find((step) => step.id === 'code-scanning') as Step;
    const run = (env: Record<string, string>) => {
      const folder = mkdtempSync(join(tmpdir(), 'handbook-gate-'));
      const output = join(folder, 'output');
      writeFileSync(output, '');
      const result = spawnSync('bash', ['-e', '-c', gate.run ?? ''], {
        env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: output, ...env },
        encoding: 'utf8',
      });
      const written = readFileSync(output, 'utf8');
      rmSync(folder, { recursive: true, force: true });
      return { status: result.status, stdout: result.stdout, output: written };
    };

    it('comes first, before any pull-request code runs', () => {
      expect(lint.steps[0]).toBe(gate);
      expect(gate.env).toMatchObject({
        SETTING: '${{ vars.HANDBOOK_CODE_SCANNING }}',
        PRIVATE: '${{ github.event.repository.private }}',
        SAME_REPOSITORY:
          '${{ github.event.pull_request.head.repo.full_name == github.repository }}',
      });
    });

    it.each([
      ['a public repository', { SAME_REPOSITORY: 'true', PRIVATE: 'false', SETTING: '' }, true],
      [
        'a private repository that opted in',
        { SAME_REPOSITORY: 'true', PRIVATE: 'true', SETTING: 'true' },
        true,
      ],
      [
        'a private repository without the opt-in',
        { SAME_REPOSITORY: 'true', PRIVATE: 'true', SETTING: '' },
        false,
      ],
      [
        'a fork of a public repository',
        { SAME_REPOSITORY: 'false', PRIVATE: 'false', SETTING: 'true' },
        false,
      ],
      [
        'a repository that opted out',
        { SAME_REPOSITORY: 'true', PRIVATE: 'false', SETTING: 'false' },
        false,
      ],
    ])('%s: upload %s, never a failing step', (_case, env, enabled) => {
      const result = run(env);
      expect(result.status).toBe(0);
      expect(result.output).toBe(`enabled=${String(enabled)}\n`);
      if (enabled) expect(result.stdout).toBe('');
      else
        expect(result.stdout).toMatch(
          /^::notice title=SARIF upload skipped::Lint results are not uploaded/,
        );
    });
  });
});

describe('publish.yml', () => {
  const workflow = workflowNamed('publish.yml');
  const deploy = Object.values(workflow.jobs).find((job) =>
    job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
  ) as Job;
  const gateIndex = deploy.steps.findIndex(
    (step) => step.name === 'Refuse a public site without the opt-in',
  );
  const gate = deploy.steps[gateIndex] as Step;

  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the gate with a stub `gh` that answers the Pages API with `pages` (or fails). */
  const run = (env: Record<string, string>, pages: { public: boolean } | 'not-found') => {
    const bin = mkdtempSync(join(tmpdir(), 'handbook-publish-'));
    folders.push(bin);
    const answer =
      pages === 'not-found'
        ? 'echo "gh: Not Found (HTTP 404)" >&2; exit 1'
        : `echo ${String(pages.public)}`;
    writeFileSync(
      join(bin, 'gh'),
      `#!/bin/sh\n[ "$1 $2 $3 $4" = "api repos/acme/handbook/pages --jq .public" ] || exit 3\n${answer}\n`,
    );
    chmodSync(join(bin, 'gh'), 0o755);
    const result = spawnSync('bash', ['-e', '-c', gate.run ?? ''], {
      env: {
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        REPOSITORY: 'acme/handbook',
        GH_TOKEN: 'x',
        ...env,
      },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout };
  };

  it('builds on main and deploys to Pages with the needed permissions', () => {
    expect(JSON.stringify(workflow.on)).toContain('main');
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.map((step) => step.uses ?? ''),
    );
    expect(uses.some((u) => u.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('runs the gate before deploy-pages, which cannot run once the gate failed', () => {
    const deployIndex = deploy.steps.findIndex((step) =>
      step.uses?.startsWith('actions/deploy-pages@'),
    );
    expect(gateIndex).toBeGreaterThanOrEqual(0);
    expect(gateIndex).toBeLessThan(deployIndex);
    for (const step of deploy.steps) expect(step.if, step.name).toBeUndefined();
    expect(deploy.if).toBeUndefined();
    expect(gate.env).toMatchObject({
      HANDBOOK_PUBLIC_PAGES: '${{ vars.HANDBOOK_PUBLIC_PAGES }}',
      REPOSITORY: '${{ github.repository }}',
    });
  });

  it('refuses a public site without the opt-in, with one clear error', () => {
    for (const setting of ['', 'false', 'TRUE', 'yes', '1']) {
      const result = run({ HANDBOOK_PUBLIC_PAGES: setting }, { public: true });
      expect(result.status, setting).toBe(1);
      expect(result.stdout).toMatch(
        /^::error title=Public deploy refused::.*nothing was deployed.*HANDBOOK_PUBLIC_PAGES to true\.\n$/,
      );
    }
  });

  it('refuses when the visibility cannot be read (Pages not set up, no API access)', () => {
    const result = run({ HANDBOOK_PUBLIC_PAGES: '' }, 'not-found');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error title=Public deploy refused::/);
  });

  it('deploys with the opt-in, or when Pages visibility is private', () => {
    expect(run({ HANDBOOK_PUBLIC_PAGES: 'true' }, { public: true })).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^::notice title=Public site::/) as unknown,
    });
    expect(run({ HANDBOOK_PUBLIC_PAGES: '' }, { public: false })).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^::notice title=Private site::/) as unknown,
    });
  });
});

describe('pull request template', () => {
  it('carries the brief checklist', () => {
    const template = readFileSync(`${repo}.github/pull_request_template.md`, 'utf8');
    expect(template).toMatch(/- \[ \] `## Why`/);
    expect(template).toMatch(/Success criteria/);
    expect(template).toMatch(/npm run lint/);
  });
});

describe('the strategy diff (pull-request.yml → strategy-comment.yml)', () => {
  const producer = workflowNamed('pull-request.yml').jobs['strategy-diff'] as Job;
  const workflow = workflowNamed('strategy-comment.yml');
  const comment = workflow.jobs['comment'] as Job;
  const post = comment.steps.find(
    (step) => step.name === 'Post or update the sticky comment',
  ) as Step;

  it('computes the diff as JSON in the untrusted job, with a read-only token, and uploads it with the pull request number', () => {
    expect(producer.permissions).toEqual({ contents: 'read' });
    const runs = producer.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(
      /npx handbook diff --base "origin\/\$\{GITHUB_BASE_REF\}" --format json --output-file handbook-diff\/diff\.json \|\| \[ \$\? -eq 1 \]/,
    );
    expect(runs).toMatch(
      /npx handbook diff --input handbook-diff\/diff\.json >> "\$GITHUB_STEP_SUMMARY"/,
    );
    expect(
      producer.steps.find((step) => step.name === 'Record the pull request number')?.env,
    ).toEqual({ PR_NUMBER: '${{ github.event.pull_request.number }}' });
    const upload = producer.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({
      name: 'handbook-diff',
      path: 'handbook-diff/',
      'if-no-files-found': 'error',
    });
  });

  it('posts from a workflow_run of the pull-request workflow, the only job that may write to pull requests', () => {
    expect(workflow.on).toEqual({
      workflow_run: { workflows: ['Pull request'], types: ['completed'] },
    });
    expect(workflowNamed('pull-request.yml')).toMatchObject({ name: 'Pull request' });
    expect(comment.permissions).toEqual({
      contents: 'read',
      actions: 'read',
      'pull-requests': 'write',
    });
    expect(comment.if).toMatch(/github\.event\.workflow_run\.event == 'pull_request'/);
    for (const [name, job] of workflows.flatMap((w) => Object.entries(w.workflow.jobs))) {
      if (job !== comment)
        expect(JSON.stringify(job.permissions ?? {}), name).not.toContain('pull-requests');
    }
  });

  it('runs none of the pull request code: checks out the default branch, downloads the artifact, renders with the base tool', () => {
    const checkout = comment.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toEqual({ 'persist-credentials': false });
    const download = comment.steps.find((step) =>
      step.uses?.startsWith('actions/download-artifact@'),
    );
    expect(download?.with).toMatchObject({
      name: 'handbook-diff',
      'run-id': '${{ github.event.workflow_run.id }}',
    });
    expect(String(download?.with?.['path'])).toMatch(/^\$\{\{ runner\.temp \}\}/);
    const render = comment.steps.find((step) => step.name === 'Render the comment');
    expect(render?.run).toMatch(
      /npx handbook diff --input "\$DIFF_DIR\/diff\.json" --output-file "\$DIFF_DIR\/comment\.md"/,
    );
    expect(render?.run).toMatch(/>> "\$GITHUB_STEP_SUMMARY"/);
    expect(post.env).toMatchObject({
      HEAD_SHA: '${{ github.event.workflow_run.head_sha }}',
      REPOSITORY: '${{ github.repository }}',
    });
  });

  describe('the sticky comment', () => {
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    const folders: string[] = [];
    afterAll(() => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    });

    /** Runs the post step with a stub `gh` (the API: pull request head, comments) and the artifact. */
    const runPost = (
      artifact: { number: string; comment?: string },
      api: { head: string; comments: unknown[] },
    ) => {
      const dir = mkdtempSync(join(tmpdir(), 'handbook-sticky-'));
      folders.push(dir);
      writeFileSync(join(dir, 'pr-number'), artifact.number);
      writeFileSync(
        join(dir, 'comment.md'),
        artifact.comment ?? '### Strategy diff\n\n**1 brief added \\(feature\\).**\n',
      );
      writeFileSync(join(dir, 'comments.json'), JSON.stringify(api.comments));
      const gh = [
        '#!/bin/bash',
        'echo "$*" >> "$DIFF_DIR/calls"',
        'case "$*" in',
        `  "api repos/acme/handbook/pulls/7 --jq .head.sha") echo ${api.head} ;;`,
        '  "api --paginate repos/acme/handbook/issues/7/comments --jq "*) jq -r "$5" "$DIFF_DIR/comments.json" ;;',
        '  "api --method PATCH repos/acme/handbook/issues/comments/"*|"api --method POST repos/acme/handbook/issues/7/comments"*) cp "${6#body=@}" "$DIFF_DIR/posted" ;;',
        '  *) echo "unexpected gh $*" >&2; exit 3 ;;',
        'esac',
      ].join('\n');
      writeFileSync(join(dir, 'gh'), `${gh}\n`);
      chmodSync(join(dir, 'gh'), 0o755);
      const result = spawnSync('bash', ['-e', '-c', post.run ?? ''], {
        env: {
          PATH: `${dir}:${process.env['PATH'] ?? ''}`,
          DIFF_DIR: dir,
          REPOSITORY: 'acme/handbook',
          HEAD_SHA: 'abc123',
          GH_TOKEN: 'x',
        },
        encoding: 'utf8',
      });
      const read = (name: string) => {
        try {
          return readFileSync(join(dir, name), 'utf8');
        } catch {
          return undefined;
        }
      };
      return {
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
        calls: (read('calls') ?? '').trim().split('\n').filter(Boolean),
        posted: read('posted'),
      };
    };
    const marker = '<!-- strategy-handbook:diff -->';

    it.skipIf(!hasJq)(
      'posts one comment, opening with the hidden marker, when there is none yet',
      () => {
        const result = runPost(
          { number: '7\n' },
          { head: 'abc123', comments: [{ id: 1, user: { login: 'dana' }, body: 'LGTM' }] },
        );
        expect(result.status, result.stderr).toBe(0);
        expect(result.calls.at(-1)).toMatch(
          /^api --method POST repos\/acme\/handbook\/issues\/7\/comments -F body=@/,
        );
        expect(result.posted).toBe(
          `${marker}\n### Strategy diff\n\n**1 brief added \\(feature\\).**\n`,
        );
        expect(result.stdout).toContain('Posted the strategy comment on #7.');
      },
    );

    it.skipIf(!hasJq)(
      'edits the comment it posted before instead of posting again (found by the marker and the bot user)',
      () => {
        const comments = [
          { id: 1, user: { login: 'dana' }, body: `${marker} quoted by a person` },
          { id: 42, user: { login: 'github-actions[bot]' }, body: `${marker}\nold diff` },
        ];
        const result = runPost({ number: '7' }, { head: 'abc123', comments });
        expect(result.status, result.stderr).toBe(0);
        expect(result.calls.at(-1)).toMatch(
          /^api --method PATCH repos\/acme\/handbook\/issues\/comments\/42 -F body=@/,
        );
        expect(result.calls.some((call) => call.includes('--method POST'))).toBe(false);
        expect(result.posted?.startsWith(`${marker}\n`)).toBe(true);
      },
    );

    it('refuses a pull request number that is not digits, before any API call', () => {
      for (const number of ['', '7; rm -rf /', '../8', '7 8']) {
        const result = runPost({ number }, { head: 'abc123', comments: [] });
        expect(result.status, number).toBe(1);
        expect(result.stdout).toMatch(
          /^::error title=Strategy diff::Unexpected pull request number in the artifact, expected digits; nothing was posted\.\n$/,
        );
        expect(result.calls).toEqual([]);
      }
    });

    it('posts nothing when the pull request has moved on from the commit the diff is for', () => {
      const result = runPost({ number: '7' }, { head: 'def456', comments: [] });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        /^::notice title=Strategy diff::Pull request #7 is no longer at the commit/,
      );
      expect(result.calls).toEqual(['api repos/acme/handbook/pulls/7 --jq .head.sha']);
      expect(result.posted).toBeUndefined();
    });
  });
});
