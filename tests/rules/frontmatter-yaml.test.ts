import { frontmatterYaml } from '../../linter/rules/frontmatter-yaml.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(frontmatterYaml, {
  valid: [
    { name: 'well-formed frontmatter', code: '---\ntitle: A\nowner: "@dana"\n---\n\nText.\n' },
    { name: 'no frontmatter is not a YAML error', code: 'Just text.\n' },
    { name: 'a long frontmatter under 64 KiB', code: `---\ntitle: ${'a '.repeat(30_000)}\n---\n` },
  ],
  invalid: [
    {
      name: 'unclosed flow sequence',
      code: '---\ntitle: A\ndependsOn: [a, b\nowner: "@dana"\n---\n',
      errors: [{ messageId: 'syntax', line: 4, column: 1 }],
    },
    {
      name: 'duplicate key',
      code: '---\ntitle: A\ntitle: B\n---\n',
      errors: [{ messageId: 'duplicate-key', line: 3, column: 1 }],
    },
    {
      name: 'a frontmatter over 64 KiB is reported where it crosses the limit, not parsed',
      code: `---\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n\nText.\n`,
      // Lines `kN: v\n` of 6 to 9 characters: 7,890 up to k999, then 9 each: the 65,537th is in k7405, line 7,407.
      errors: [{ messageId: 'too-large', line: 7_407, column: 1 }],
    },
    {
      name: 'CRLF and BOM keep positions',
      code: '\uFEFF---\r\ntitle: A\r\ntitle: B\r\n---\r\n',
      errors: [{ messageId: 'duplicate-key', line: 3, column: 1 }],
    },
  ],
});
