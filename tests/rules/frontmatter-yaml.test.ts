import { frontmatterYaml } from '../../linter/rules/frontmatter-yaml.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(frontmatterYaml, {
  valid: [
    { name: 'well-formed frontmatter', code: '---\ntitle: A\nowner: "@dana"\n---\n\nText.\n' },
    { name: 'no frontmatter is not a YAML error', code: 'Just text.\n' },
  ],
  invalid: [
    { name: 'unclosed flow sequence', code: '---\ntitle: A\ndependsOn: [a, b\nowner: "@dana"\n---\n', errors: [{ messageId: 'syntax', line: 4, column: 1 }] },
    { name: 'duplicate key', code: '---\ntitle: A\ntitle: B\n---\n', errors: [{ messageId: 'duplicate-key', line: 3, column: 1 }] },
    { name: 'CRLF and BOM keep positions', code: '\uFEFF---\r\ntitle: A\r\ntitle: B\r\n---\r\n', errors: [{ messageId: 'duplicate-key', line: 3, column: 1 }] },
  ],
});
