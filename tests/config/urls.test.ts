/**
 * One place for URLs: `site`, `repository` and `docsUrl` in handbook.config, the environment
 * overrides CI uses, rule docs links, edit links from the git remote — and no placeholder host
 * in any report format, configured or not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../linter/config/load.ts';
import {
  editBaseUrl,
  productRuleDocsUrl,
  repositoryUrlFromRemote,
  ruleDocsUrl,
  withBase,
} from '../../linter/config/urls.ts';
import { run } from '../../linter/cli/run.ts';
import { UsageError } from '../../linter/errors.ts';
import { editBaseUrlOf } from '../../site/lib/settings.ts';
import { copyFixture, memoryIo, removeCopies } from '../cli/helpers.ts';

const now = new Date('2026-11-24T00:00:00Z');
const resolve = (input: unknown, env: Record<string, string> = {}) =>
  resolveConfig(input, 'handbook.config.json', now, env);
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  removeCopies();
});

describe('site settings', () => {
  it('normalises the base path and defaults to /', () => {
    expect(resolve({}).site).toEqual({ base: '/' });
    for (const base of ['/handbook/', '/handbook', 'handbook', 'handbook/'])
      expect(resolve({ site: { base } }).site.base).toBe('/handbook/');
    expect(resolve({ site: { base: '/docs/strategy' } }).site.base).toBe('/docs/strategy/');
  });

  it('refuses a base that is no path, a site URL that is no web address, with one line naming the key', () => {
    for (const base of ['https://org.github.io/handbook/', '/a b/', '/../x/', '/x?y']) {
      expect(errorOf(() => resolve({ site: { base } }))).toMatch(
        /^handbook\.config\.json: site\.base: Expected a path such as `\/handbook\/`/,
      );
    }
    expect(errorOf(() => resolve({ site: { url: 'org.github.io' } }))).toMatch(
      /^handbook\.config\.json: site\.url: Expected an absolute `https:\/\/` URL/,
    );
    expect(errorOf(() => resolve({ site: { url: 'javascript:alert(1)' } }))).toMatch(/site\.url/);
    expect(errorOf(() => resolve({ site: { bse: '/x/' } }))).toBe(
      'Unknown key `site.bse` in handbook.config.json, did you mean `base`?',
    );
  });

  it('lets HANDBOOK_SITE_URL, HANDBOOK_BASE and HANDBOOK_EDIT_URL override the file, and names a bad variable', () => {
    const config = resolve(
      {
        site: { url: 'https://a.example.org', base: '/a/' },
        repository: { url: 'https://git.corp/org/handbook' },
      },
      {
        HANDBOOK_SITE_URL: 'https://org.github.io',
        HANDBOOK_BASE: 'handbook',
        HANDBOOK_EDIT_URL: 'https://git.corp/org/handbook/-/edit/trunk',
      },
    );
    expect(config.site).toEqual({ url: 'https://org.github.io', base: '/handbook/' });
    expect(editBaseUrl(config, undefined)).toBe('https://git.corp/org/handbook/-/edit/trunk/');
    expect(resolve({ site: { base: '/a/' } }, { HANDBOOK_BASE: '' }).site.base).toBe('/a/');
    expect(errorOf(() => resolve({}, { HANDBOOK_BASE: '/a b/' }))).toBe(
      'Unexpected HANDBOOK_BASE `/a b/`, expected a path such as `/handbook/`',
    );
    expect(errorOf(() => resolve({}, { HANDBOOK_SITE_URL: 'nope' }))).toMatch(
      /^Unexpected HANDBOOK_SITE_URL `nope`, expected an absolute/,
    );
  });

  it('joins base and route with exactly one slash', () => {
    expect(withBase('/', '/pillars/x/')).toBe('/pillars/x/');
    expect(withBase('/handbook/', '/pillars/x/#why')).toBe('/handbook/pillars/x/#why');
    expect(withBase('/handbook', '/')).toBe('/handbook/');
  });
});

describe('rule docs links', () => {
  it('point at docsUrl, else the configured site under its base, else the product docs', () => {
    expect(ruleDocsUrl('brief-why', resolve({ docsUrl: 'https://docs.corp/rules' }))).toBe(
      'https://docs.corp/rules/brief-why/',
    );
    expect(
      ruleDocsUrl(
        'brief-why',
        resolve({ site: { url: 'https://org.github.io/', base: '/handbook/' } }),
      ),
    ).toBe('https://org.github.io/handbook/reference/rules/brief-why/');
    expect(ruleDocsUrl('brief-why', resolve({}))).toBe(productRuleDocsUrl);
    expect(productRuleDocsUrl).not.toMatch(/example/);
  });

  it('reach no report format as a placeholder, with or without a configured site', async () => {
    for (const env of [
      {},
      { HANDBOOK_SITE_URL: 'https://org.github.io', HANDBOOK_BASE: '/handbook/' },
    ]) {
      for (const format of ['json', 'sarif', 'github', 'stylish']) {
        const root = copyFixture('cli-handbook');
        const summary = join(root, 'summary.md');
        const io = memoryIo(root, { env: { ...env, GITHUB_STEP_SUMMARY: summary } });
        expect(await run(['lint', '--format', format], io)).toBe(1);
        const output = io.out + (format === 'github' ? readFileSync(summary, 'utf8') : '');
        expect(output.length).toBeGreaterThan(0);
        expect(output).not.toMatch(/example\.com|github\.com\/example\//);
        if ('HANDBOOK_SITE_URL' in env && format !== 'stylish')
          expect(output).toContain('https://org.github.io/handbook/reference/rules/');
      }
    }
  });
});

describe('edit links', () => {
  it('come from a git remote in any usual form', () => {
    for (const remote of [
      'git@github.com:org/handbook.git',
      'https://github.com/org/handbook.git',
      'https://github.com/org/handbook',
      'https://token:x-oauth@github.com/org/handbook.git',
      'ssh://git@github.com/org/handbook.git',
    ]) {
      expect(repositoryUrlFromRemote(remote), remote).toBe('https://github.com/org/handbook');
    }
    expect(repositoryUrlFromRemote('/srv/git/handbook.git')).toBeUndefined();
    expect(repositoryUrlFromRemote('file:///srv/git/handbook.git')).toBeUndefined();
    expect(editBaseUrl(resolve({}), 'git@github.com:org/handbook.git')).toBe(
      'https://github.com/org/handbook/edit/main/',
    );
    expect(
      editBaseUrl(resolve({ repository: { branch: 'trunk' } }), 'git@github.com:org/handbook.git'),
    ).toBe('https://github.com/org/handbook/edit/trunk/');
    expect(editBaseUrl(resolve({}), undefined)).toBeUndefined();
  });

  it('use the repository`s origin remote, and are absent without one', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'handbook-remote-'));
    dirs.push(repo);
    execFileSync('git', ['init', '-q', repo]);
    expect(await editBaseUrlOf(resolve({}), repo)).toBeUndefined();
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'git@github.com:org/handbook.git']);
    expect(await editBaseUrlOf(resolve({}), repo)).toBe(
      'https://github.com/org/handbook/edit/main/',
    );
    expect(
      await editBaseUrlOf(resolve({ repository: { url: 'https://git.corp/team/strategy' } }), repo),
    ).toBe('https://git.corp/team/strategy/edit/main/');
    const outside = mkdtempSync(join(tmpdir(), 'handbook-no-git-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'x'), '');
    expect(await editBaseUrlOf(resolve({}), outside)).toBeUndefined();
  });
});

describe('the product docs rule links fall back to', () => {
  it('list every rule id in the README section they point at', async () => {
    const { rules } = await import('../../linter/rules/index.ts');
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Lint rules'));
    expect(productRuleDocsUrl.endsWith('#lint-rules')).toBe(true);
    for (const rule of rules) expect(section).toContain(`| \`${rule.id}\` |`);
  });
});
