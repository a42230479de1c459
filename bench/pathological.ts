/**
 * Worst-case inputs that must stay linear: the timings the unit tests used to assert. The unit
 * tests keep the answers (`tests/schema/urls.test.ts`, `tests/rules/mdx-safe.test.ts`,
 * `tests/rules/brief-depends-on.test.ts`); the bench keeps the time, so a loaded CI machine
 * never fails a test for being slow.
 */
import type { FileFacts } from '../linter/engine/types.ts';
import { isCommentOnly } from '../linter/engine/mdx-comments.ts';
import { resolveConfig } from '../linter/config/load.ts';
import { briefDependsOn } from '../linter/rules/brief-depends-on.ts';
import { isSafeUrl } from '../linter/schema/urls.ts';

export interface PathologicalRow {
  label: string;
  seconds: number;
  /** Upper bound in seconds. */
  target: number;
}

function timed(run: () => void, runs = 3): number {
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    walls.push((performance.now() - start) / 1000);
  }
  return walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)]!;
}

/** A ring of `n` briefs, each depending on the next: one cycle through all of them. */
function ring(n: number): FileFacts[] {
  const place = { start: { line: 9, column: 13 } };
  return Array.from({ length: n }, (_, i) => ({
    path: `content/initiatives/b${i}.mdx`,
    collection: 'initiatives',
    id: `b${i}`,
    block: place,
    links: [],
    anchors: [],
    suppressions: [],
    brief: { status: 'active', pillar: undefined, dependsOn: [{ id: `b${(i + 1) % n}`, place }] },
  })) as FileFacts[];
}

export function pathologicalRows(): PathologicalRow[] {
  const config = resolveConfig({}, 'defaults', new Date('2026-11-20T12:00:00Z'));
  const files = ring(5000);
  return [
    {
      label: '`isSafeUrl` on three 5 MB URLs (spaces, letters, `javascript:`)',
      seconds: timed(() => {
        isSafeUrl(' '.repeat(5_000_000));
        isSafeUrl('a'.repeat(5_000_000));
        isSafeUrl(`javascript:${'a'.repeat(5_000_000)}`);
      }),
      target: 2,
    },
    {
      label: '`isCommentOnly` on three 4–5 MB expressions',
      seconds: timed(() => {
        isCommentOnly('/*'.repeat(2_000_000));
        isCommentOnly(`/* ${'*'.repeat(5_000_000)}`);
        isCommentOnly(`${' '.repeat(5_000_000)}x`);
      }),
      target: 2,
    },
    {
      label: '`brief-depends-on` on a ring of 5,000 briefs',
      seconds: timed(() => {
        briefDependsOn.checkHandbook?.({ files }, () => {}, config);
      }),
      target: 3,
    },
  ];
}
