/**
 * The CI workflows stay runnable: every `npm run X` names a script of package.json, `npm ci`
 * comes first in its job, and the steps the authoring path relies on are there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const scripts = (JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
const dir = `${repo}.github/workflows/`;
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: string }>;
}

const workflows = files.map((name) => ({ name, workflow: parse(readFileSync(dir + name, 'utf8')) as Workflow }));

/** Script names called by a `run:` block: `npm run X`, `npm run --silent X`. */
function npmScripts(run: string): string[] {
  return [...run.matchAll(/\bnpm run(?:\s+--?[a-z-]+)*\s+([A-Za-z0-9:_-]+)/g)].map((m) => m[1] ?? '');
}

describe('workflows', () => {
  it('exist', () => {
    expect(files).toEqual(['publish.yml', 'pull-request.yml']);
  });

  describe.each(workflows)('$name', ({ workflow }) => {
    it.each(Object.entries(workflow.jobs))('job %s: every `npm run` names a script, after `npm ci`', (_job, { steps }) => {
      let installed = false;
      for (const step of steps) {
        if (step.run === undefined) continue;
        if (/\bnpm ci\b/.test(step.run)) installed = true;
        for (const script of npmScripts(step.run)) {
          expect(Object.keys(scripts), `npm run ${script}`).toContain(script);
          expect(installed, `npm ci before npm run ${script}`).toBe(true);
        }
      }
    });

    it('checks out the full history', () => {
      for (const job of Object.values(workflow.jobs)) {
        const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
        if (checkout) expect(checkout.with?.['fetch-depth']).toBe(0);
      }
    });
  });

  it('pull requests: changed files annotated, SARIF uploaded always, the site built', () => {
    const { workflow } = workflows.find((w) => w.name === 'pull-request.yml') ?? { workflow: undefined };
    const steps = Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run ?? '');
    expect(runs.some((run) => /npm run lint -- --changed\b.*--format github/.test(run))).toBe(true);
    expect(runs.some((run) => /npm run (--silent )?lint -- --format sarif > handbook\.sarif/.test(run))).toBe(true);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toMatch(/always\(\)/);
    expect(upload?.with?.['sarif_file']).toBe('handbook.sarif');
    expect(runs).toContain('npm run build');
    expect(workflow?.jobs['lint']?.permissions?.['security-events']).toBe('write');
  });

  it('publish: builds on main and deploys to Pages with the needed permissions', () => {
    const { workflow } = workflows.find((w) => w.name === 'publish.yml') ?? { workflow: undefined };
    expect(JSON.stringify(workflow?.on)).toContain('main');
    const uses = Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps.map((step) => step.uses ?? ''));
    expect(uses.some((u) => u.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(uses.some((u) => u.startsWith('actions/deploy-pages@'))).toBe(true);
    const deploy = Object.values(workflow?.jobs ?? {}).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy?.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
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
