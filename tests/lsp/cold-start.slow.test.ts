/**
 * The language server's cold start: with no lint cache for a handbook above the cold threshold,
 * a child `handbook lint` fills the cache and the server indexes from it (the child's memory
 * leaves with it); with the cache present, no child runs. Either way the diagnostics are the
 * linter's.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachePath } from '../../linter/engine/cache.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { startClient } from './lsp-client.ts';

const root = mkdtempSync(join(tmpdir(), 'handbook-lsp-cold-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BRIEF = 'content/initiatives/2026-q1/brief-1.mdx';

async function openAndWait(lsp: Awaited<ReturnType<typeof startClient>>) {
  const text = readFileSync(join(root, BRIEF), 'utf8');
  const uri = lsp.uri(BRIEF);
  await lsp.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'mdx', version: 1, text },
  });
  // Unsaved: the pillar link broken in the buffer only.
  const broken = text.replace(/^pillar: .+$/m, 'pillar: no-such-pillar');
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: broken }],
  });
  return lsp.waitForDiagnostics((p) => p.uri === uri && p.version === 2, 0, 120_000);
}

describe('handbook lsp on a cold cache', () => {
  it('fills the cache in a child process, then lints buffers from the index', async () => {
    await generateCorpus(root, 340, 7, { faults: false });
    expect(existsSync(cachePath(root))).toBe(false);
    const lsp = await startClient(root);
    try {
      const published = await openAndWait(lsp);
      expect(published.diagnostics.map((d) => d.code)).toContain('brief-pillar');
      expect(
        lsp.logs.some((line) => /filled the lint cache for \d+ files in a child/.test(line)),
      ).toBe(true);
      expect(existsSync(cachePath(root))).toBe(true);
    } finally {
      await lsp.stop();
    }
  }, 240_000);

  it('starts no child when the cache is present', async () => {
    const lsp = await startClient(root);
    try {
      const published = await openAndWait(lsp);
      expect(published.diagnostics.map((d) => d.code)).toContain('brief-pillar');
      expect(lsp.logs.some((line) => /indexed \d+ files/.test(line))).toBe(true);
      expect(lsp.logs.some((line) => /child process/.test(line))).toBe(false);
    } finally {
      await lsp.stop();
    }
  }, 240_000);
});
