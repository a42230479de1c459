/**
 * `handbook lsp` driven over stdio by a scripted client (vscode-jsonrpc): diagnostics of unsaved
 * buffers, cross-file rules between open buffers and files changed on disk, a quick fix applied,
 * completion, document symbols, and a clean shutdown.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../../linter/config/load.ts';
import { ruleUrl } from '../../linter/engine/messages.ts';
import { copyFixture, removeCopies } from '../cli/helpers.ts';
import { startClient } from './lsp-client.ts';
import type { LspClient, PublishedDiagnostics } from './lsp-client.ts';

const BRIEF = 'content/initiatives/2026-q3/invite-links.mdx';
const PILLAR = 'content/pillars/team-growth.mdx';

let client: LspClient | undefined;
afterEach(async () => {
  if (client && client.child.exitCode === null) client.child.kill();
  client = undefined;
  removeCopies();
});

const codes = (published: PublishedDiagnostics) =>
  published.diagnostics.map((diagnostic) => diagnostic.code);

async function open(lsp: LspClient, root: string, path: string): Promise<TextDocument> {
  const text = readFileSync(join(root, path), 'utf8');
  const document = TextDocument.create(lsp.uri(path), 'mdx', 1, text);
  await lsp.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: document.uri, languageId: 'mdx', version: 1, text },
  });
  return document;
}

/** Sends the whole new text (unsaved) and returns the updated document. */
async function change(lsp: LspClient, document: TextDocument, text: string): Promise<TextDocument> {
  const next = TextDocument.create(document.uri, 'mdx', document.version + 1, text);
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: document.uri, version: next.version },
    contentChanges: [{ text }],
  });
  return next;
}

describe('handbook lsp over stdio', () => {
  it('lints the unsaved buffer, applies the pillar quick fix, completes pillar ids, lists symbols and shuts down', async () => {
    const root = copyFixture('authoring-handbook');
    const lsp = (client = await startClient(root));
    let brief = await open(lsp, root, BRIEF);
    const clean = await lsp.waitForDiagnostics((p) => p.uri === brief.uri && p.version === 1, 0);
    expect(codes(clean)).not.toContain('brief-pillar');

    // An unsaved edit breaks the pillar link: the file on disk still says `team-growth`.
    brief = await change(
      lsp,
      brief,
      brief.getText().replace('pillar: team-growth', 'pillar: team-grwth'),
    );
    const broken = await lsp.waitForDiagnostics(
      (p) => p.uri === brief.uri && p.version === brief.version,
    );
    const diagnostic = broken.diagnostics.find((d) => d.code === 'brief-pillar');
    expect(diagnostic).toMatchObject({
      severity: 1,
      source: 'handbook',
      data: { messageId: 'unknown' },
      range: { start: { line: 5, character: 8 }, end: { line: 5, character: 18 } },
    });
    expect(diagnostic?.codeDescription?.href).toBe(
      ruleUrl('brief-pillar', resolveConfig({}, 'defaults', new Date())),
    );
    expect(diagnostic?.message).toContain('Did you mean `team-growth`?');
    expect(readFileSync(join(root, BRIEF), 'utf8')).toContain('pillar: team-growth');

    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: brief.uri },
      range: diagnostic?.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as {
      title: string;
      kind: string;
      edit: { changes: Record<string, { range: never; newText: string }[]> };
    }[];
    expect(actions.map((action) => action.title)).toEqual([
      'Replace `team-grwth` with `team-growth`',
    ]);
    const edits = actions[0]?.edit.changes[brief.uri] ?? [];
    brief = await change(lsp, brief, TextDocument.applyEdits(brief, edits));
    expect(brief.getText()).toContain('pillar: team-growth');
    const fixed = await lsp.waitForDiagnostics(
      (p) => p.uri === brief.uri && p.version === brief.version,
    );
    expect(codes(fixed)).not.toContain('brief-pillar');

    const line = brief
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('pillar:'));
    const completion = (await lsp.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: brief.uri },
      position: { line, character: 'pillar: team'.length },
    })) as {
      label: string;
      tags?: number[];
      textEdit: { newText: string; range: { start: { character: number } } };
    }[];
    expect(completion.map((item) => item.label).sort()).toEqual([
      'marketplace',
      'platform-reliability',
      'team-growth',
    ]);
    expect(completion.find((item) => item.label === 'marketplace')?.tags).toEqual([1]);
    expect(completion[0]?.textEdit.range.start.character).toBe('pillar: '.length);

    const symbols = (await lsp.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: brief.uri },
    })) as { name: string; children?: { name: string }[] }[];
    expect(symbols.map((symbol) => symbol.name)).toEqual([
      'frontmatter',
      'Why',
      'Success criteria',
    ]);
    expect(symbols[0]?.children?.map((child) => child.name)).toContain('pillar');

    expect(await lsp.stop()).toBe(0);
  }, 60_000);

  it('keeps cross-file rules right: another open buffer, then a file created on disk', async () => {
    const root = copyFixture('authoring-handbook');
    const lsp = (client = await startClient(root));
    const brief = await open(lsp, root, BRIEF);
    let pillar = await open(lsp, root, PILLAR);
    await lsp.waitForDiagnostics((p) => p.uri === pillar.uri && p.version === 1, 0);

    // Retiring the pillar in its (unsaved) buffer breaks the brief in the other buffer...
    const since = lsp.published.length;
    pillar = await change(
      lsp,
      pillar,
      pillar.getText().replace('status: active', 'status: retired'),
    );
    const retired = await lsp.waitForDiagnostics(
      (p) => p.uri === brief.uri && codes(p).includes('brief-pillar'),
      since,
    );
    expect(
      retired.diagnostics.find((d) => d.code === 'brief-pillar')?.relatedInformation?.[0]?.location
        .uri,
    ).toBe(pillar.uri);

    // ...and reactivating it clears that diagnostic there.
    const before = lsp.published.length;
    pillar = await change(
      lsp,
      pillar,
      pillar.getText().replace('status: retired', 'status: active'),
    );
    const cleared = await lsp.waitForDiagnostics((p) => p.uri === brief.uri, before);
    expect(codes(cleared)).not.toContain('brief-pillar');

    // A pillar the brief names appears on disk, written by another tool: the watcher picks it up.
    const draft = await change(
      lsp,
      brief,
      brief.getText().replace('pillar: team-growth', 'pillar: referrals'),
    );
    await lsp.waitForDiagnostics(
      (p) =>
        p.uri === draft.uri && p.version === draft.version && codes(p).includes('brief-pillar'),
      0,
    );
    const beforeWrite = lsp.published.length;
    writeFileSync(
      join(root, 'content/pillars/referrals.mdx'),
      readFileSync(join(root, PILLAR), 'utf8').replace('title: Team growth', 'title: Referrals'),
    );
    const found = await lsp.waitForDiagnostics((p) => p.uri === draft.uri, beforeWrite);
    expect(codes(found)).not.toContain('brief-pillar');
    expect(await lsp.stop()).toBe(0);
  }, 60_000);

  it('survives bad input: other schemes, files outside content/, binary text, unknown documents', async () => {
    const root = copyFixture('authoring-handbook');
    const lsp = (client = await startClient(root));
    const send = (uri: string, text: string) =>
      lsp.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'mdx', version: 1, text },
      });
    await send('untitled:Untitled-1', '---\npillar: nope\n---\n');
    await send(lsp.uri('notes.mdx'), '---\ntitle: x\n---\n');
    const outside = await lsp.waitForDiagnostics((p) => p.uri === lsp.uri('notes.mdx'), 0);
    expect(outside.diagnostics).toEqual([]);
    await send(lsp.uri('content/initiatives/binary.mdx'), '\u0000\u0001\uFFFD---\n\u0000');
    const binary = await lsp.waitForDiagnostics(
      (p) => p.uri === lsp.uri('content/initiatives/binary.mdx'),
      0,
    );
    // A buffer is text already (no bytes to decode): it is linted as what it is, a brief with no sections.
    expect(codes(binary)).toContain('brief-why');
    const unknown = { textDocument: { uri: lsp.uri('content/initiatives/never-opened.mdx') } };
    expect(
      await lsp.connection.sendRequest('textDocument/codeAction', {
        ...unknown,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
    ).toEqual([]);
    expect(
      await lsp.connection.sendRequest('textDocument/completion', {
        ...unknown,
        position: { line: 99, character: 99 },
      }),
    ).toEqual([]);
    expect(
      Array.isArray(
        await lsp.connection.sendRequest('textDocument/documentSymbol', {
          textDocument: { uri: lsp.uri('content/initiatives/binary.mdx') },
        }),
      ),
    ).toBe(true);
    // Still serving: the brief's outline comes back.
    const brief = await open(lsp, root, BRIEF);
    await lsp.waitForDiagnostics((p) => p.uri === brief.uri, 0);
    const symbols = (await lsp.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: brief.uri },
    })) as unknown[];
    expect(symbols.length).toBeGreaterThan(0);
    expect(lsp.logs.filter((line) => line.includes('failed'))).toEqual([]);
    expect(await lsp.stop()).toBe(0);
  }, 60_000);

  it('takes severities from handbook.config.* and follows changes to it; a broken one is one log line', async () => {
    const root = copyFixture('authoring-handbook');
    writeFileSync(
      join(root, 'handbook.config.json'),
      JSON.stringify({ rules: { 'brief-pillar': 'warn' } }),
    );
    const lsp = (client = await startClient(root));
    let brief = await open(lsp, root, BRIEF);
    brief = await change(
      lsp,
      brief,
      brief.getText().replace('pillar: team-growth', 'pillar: team-grwth'),
    );
    const warned = await lsp.waitForDiagnostics(
      (p) => p.uri === brief.uri && p.version === brief.version,
      0,
    );
    expect(warned.diagnostics.find((d) => d.code === 'brief-pillar')?.severity).toBe(2);

    const since = lsp.published.length;
    writeFileSync(
      join(root, 'handbook.config.json'),
      JSON.stringify({ rules: { 'brief-pillar': 'off' } }),
    );
    const off = await lsp.waitForDiagnostics((p) => p.uri === brief.uri, since);
    expect(codes(off)).not.toContain('brief-pillar');

    const beforeBroken = lsp.published.length;
    writeFileSync(join(root, 'handbook.config.json'), '{ "rules": { "brief-pilar": "warn" } }');
    const defaults = await lsp.waitForDiagnostics((p) => p.uri === brief.uri, beforeBroken);
    expect(defaults.diagnostics.find((d) => d.code === 'brief-pillar')?.severity).toBe(1);
    const configLines = lsp.logs.filter((line) => line.includes('using the default configuration'));
    expect(configLines).toHaveLength(1);
    expect(configLines[0]).toContain('brief-pilar');
    expect(await lsp.stop()).toBe(0);
  }, 60_000);
});
