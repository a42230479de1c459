/**
 * Real temporary git repositories for `handbook diff`: the small diff-handbook fixture committed
 * on `main`, a branch for the change, and the command run through `run(argv, io)`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../linter/cli/run.ts';
import type { StrategyDiff } from '../../linter/diff/diff-schema.ts';
import { git } from '../authoring/helpers.ts';
import { memoryIo } from '../cli/helpers.ts';

export const fixture = fileURLToPath(new URL('../fixtures/diff-handbook/', import.meta.url));
export const NOW = new Date('2026-11-24T09:00:00Z');

const made: string[] = [];

export { git };

/** The fixture committed on `main`, with the branch `change` checked out. */
export function handbookRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-diff-test-'));
  made.push(root);
  cpSync(fixture, root, { recursive: true });
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'handbook');
  git(root, 'checkout', '-q', '-b', 'change');
  return root;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` with `to` in a file (which must contain it). */
export function edit(root: string, path: string, from: string | RegExp, to: string): void {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: nothing to replace for ${String(from)}`);
  writeFileSync(file, next);
}

export function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

export function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

/** A valid brief file. */
export function briefText(fields: {
  title: string;
  owner?: string;
  quarter: string;
  status?: string;
  pillar: string;
  kind?: string;
  extra?: string;
}): string {
  return `---
title: ${fields.title}
owner: "${fields.owner ?? '@dana'}"
quarter: ${fields.quarter}
status: ${fields.status ?? 'proposed'}
pillar: ${fields.pillar}
kind: ${fields.kind ?? 'feature'}
reviewed: 2026-10-01
${fields.extra ?? ''}---

## Why

Teams tell us in every renewal call that this is what slows them down, and the support queue
confirms it: it is the most common reason for a ticket in the last two quarters.

## Success criteria

- Support tickets about it drop by 40% by the end of the quarter.
`;
}

export interface DiffRun {
  code: number;
  out: string;
  err: string;
}

/** `handbook diff ARGS` in `root`, as the CLI runs it. */
export async function diffIn(root: string, ...args: string[]): Promise<DiffRun> {
  const io = memoryIo(root, { now: NOW });
  const code = await run(['diff', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** Both formats of one change: the parsed JSON and the Markdown (commit ids masked). */
export async function diffBoth(
  root: string,
  ...args: string[]
): Promise<{ code: number; json: StrategyDiff; markdown: string }> {
  const json = await diffIn(root, '--format', 'json', ...args);
  if (json.err !== '') throw new Error(json.err);
  const markdown = await diffIn(root, ...args);
  const diff = JSON.parse(json.out) as StrategyDiff;
  return {
    code: json.code,
    json: diff,
    markdown: markdown.out.replaceAll(diff.base.commit.slice(0, 12), '<commit>'),
  };
}

/**
 * What changed, and only that: empty lists, unchanged health rows and the fixed fields
 * (version, base, capacity, empty, headline) removed, so a test asserts every field that is set.
 */
export function changesOf(diff: StrategyDiff): unknown {
  const {
    version: _v,
    base: _b,
    techDebtCapacity: _c,
    empty: _e,
    headline: _h,
    health,
    ...rest
  } = diff;
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.length === 0 ? undefined : value;
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value)
      .map(([key, v]) => [key, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  };
  const changedHealth = health
    .filter((row) => row.before !== row.after)
    .map(({ indicator, before, after }) => ({ indicator, before, after }));
  return prune({ ...rest, health: changedHealth }) ?? {};
}
