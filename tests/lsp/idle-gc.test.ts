/** The language server's idle collection: V8's collector is reachable without `--expose-gc`, and it frees garbage. */
import { describe, expect, it, vi } from 'vitest';
import { collector, idleCollector } from '../../linter/lsp/idle-gc.ts';

describe('idle garbage collection', () => {
  it('gets V8 collector at run time, and a collection frees what nothing holds', () => {
    const gc = collector();
    expect(typeof gc).toBe('function');
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({
      i,
      s: `x${i}`,
    }));
    const full = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200_000);
    garbage = undefined;
    gc?.();
    expect(process.memoryUsage().heapUsed).toBeLessThan(full - 5 * 1024 * 1024);
  });

  it('collects once, after the pause that follows the last call', () => {
    vi.useFakeTimers();
    try {
      const spy = vi.spyOn(globalThis, 'setTimeout');
      const collectSoon = idleCollector();
      collectSoon();
      collectSoon();
      expect(spy).toHaveBeenCalledTimes(2);
      expect(spy.mock.calls.every(([, ms]) => ms === 1500)).toBe(true);
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(1500);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
