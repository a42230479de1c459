/**
 * The peer of the benchmark: remark-cli with remark-frontmatter, remark-mdx and
 * remark-lint-frontmatter-schema checking the briefs against a JSON Schema generated from the
 * linter's zod initiative schema (`z.toJSONSchema(schema, { io: 'input' })`). Installed on first
 * use into bench/.peer (gitignored), outside the project's dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { initiativeSchema } from '../linter/schema/index.ts';

export const peerDir = fileURLToPath(new URL('./.peer/', import.meta.url));
const PACKAGES = [
  'remark-cli@12',
  'remark-frontmatter@5',
  'remark-mdx@3',
  'remark-lint-frontmatter-schema@3',
];

/** The remark-cli entry point, installing the peer first when needed. */
export async function ensurePeer(): Promise<string> {
  const cli = join(peerDir, 'node_modules', 'remark-cli', 'cli.js');
  if (existsSync(cli)) return cli;
  await mkdir(peerDir, { recursive: true });
  if (!existsSync(join(peerDir, 'package.json')))
    await writeFile(join(peerDir, 'package.json'), '{ "name": "bench-peer", "private": true }\n');
  console.error(`bench: installing the peer (${PACKAGES.join(', ')}) into bench/.peer …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', peerDir, ...PACKAGES], {
    stdio: 'inherit',
  });
  return cli;
}

/** Writes `.remarkrc.mjs` and the JSON Schema into a corpus root, so `remark content` there is the peer's lint. */
export async function preparePeerConfig(root: string): Promise<void> {
  const schema = z.toJSONSchema(initiativeSchema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  });
  await writeFile(join(root, '.peer-schema.json'), JSON.stringify(schema, null, 2));
  const module = (name: string) => JSON.stringify(join(peerDir, 'node_modules', name, 'index.js'));
  const dist = (name: string) =>
    JSON.stringify(join(peerDir, 'node_modules', name, 'dist', 'index.js'));
  const schemaEntry = existsSync(
    join(peerDir, 'node_modules', 'remark-lint-frontmatter-schema', 'dist', 'index.js'),
  )
    ? dist('remark-lint-frontmatter-schema')
    : module('remark-lint-frontmatter-schema');
  await writeFile(
    join(root, '.remarkrc.mjs'),
    `import remarkFrontmatter from ${module('remark-frontmatter')};
import remarkMdx from ${module('remark-mdx')};
import frontmatterSchema from ${schemaEntry};

export default {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkMdx,
    [frontmatterSchema, { schemas: { '.peer-schema.json': ['content/initiatives/**/*.mdx'] } }],
  ],
};
`,
  );
}
