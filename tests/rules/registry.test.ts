/**
 * Meta-test of the rule registry (as ESLint's `checkRuleFiles`): every rule has its file, its
 * table test, a fault in the sample-fault suite and a reference page, and its message ids are
 * the ones it declares. The per-id coverage itself is enforced by `ruleTester`, which fails a
 * table without an invalid case for each id in the rule's `messages`; this test makes sure every
 * rule goes through it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewRoutes } from '../../linter/engine/routes.ts';
import { UNSUPPRESSIBLE_MESSAGE_ID } from '../../linter/engine/suppressions.ts';
import { ruleIds } from '../../linter/engine/types.ts';
import { rules } from '../../linter/rules/index.ts';
import { unusedSuppression } from '../../linter/rules/unused-suppression.ts';
import { faults } from '../support/faults.ts';

const repo = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(repo, path), 'utf8');

/** The rows of the README's "Lint rules" table: id → what it checks. */
function readmeRules(): Map<string, string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## Lint rules\n'));
  const table = section.slice(0, section.indexOf('\n## ', 1));
  return new Map(
    [...table.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((row) => [row[1]!, row[2]!]),
  );
}

describe('the rule registry', () => {
  it('runs every rule id, once, in the order of `ruleIds` (alphabetical)', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
    expect([...ruleIds]).toEqual([...ruleIds].sort());
  });

  it('has one file per rule under linter/rules/, named by its id and exporting that rule', async () => {
    const files = readdirSync(join(repo, 'linter/rules')).filter(
      (name) => name.endsWith('.ts') && name !== 'index.ts',
    );
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...ruleIds]);
    for (const rule of rules) {
      const module = (await import(`../../linter/rules/${rule.id}.ts`)) as Record<string, unknown>;
      expect(Object.values(module)).toContain(rule);
    }
  });

  it('declares at least one message id per rule, and the engine’s own ids for `unused-suppression`', () => {
    for (const rule of rules) expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
    expect(Object.keys(unusedSuppression.messages)).toContain(UNSUPPRESSIBLE_MESSAGE_ID);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has a table test through `ruleTester` (valid cases, invalid cases, one per message id)', async () => {
    const path = `tests/rules/${id}.test.ts`;
    expect(existsSync(join(repo, path)), path).toBe(true);
    const source = read(path);
    const module = (await import(`../../linter/rules/${id}.ts`)) as Record<string, unknown>;
    const exportName = Object.entries(module).find(([, value]) => value === rule)?.[0];
    expect(source).toContain(`from '../../linter/rules/${id}.ts'`);
    expect(source).toMatch(new RegExp(`\\bruleTester\\(${exportName}\\b`));
  });

  it('has a fault in the sample-fault suite', () => {
    expect(faults.filter((fault) => fault.rule === id).map((fault) => fault.severity)).toContain(
      rule.defaultSeverity,
    );
  });

  it('has a reference page: a row in the README’s rule table, and a page on the site', () => {
    // Without a site URL, reports link the README's "Lint rules" section (productRuleDocsUrl).
    expect(readmeRules().get(id)).toBe(
      rule.defaultSeverity === 'warning' ? `${rule.description} (warning)` : rule.description,
    );
    // The site builds `/reference/rules/<id>/` for every rule of the registry, and links to it resolve.
    expect(read('site/pages/reference/rules/[id].astro')).toMatch(
      /import \{ rules \} from '(?:\.\.\/)+linter\/rules\/index\.ts';[\s\S]*rules\.map\(/,
    );
    expect(viewRoutes).toContain(`/reference/rules/${id}/`);
  });
});

it('the README lists no rule that does not exist', () => {
  expect(
    [...readmeRules().keys()].filter((id) => !(ruleIds as readonly string[]).includes(id)),
  ).toEqual([]);
});
