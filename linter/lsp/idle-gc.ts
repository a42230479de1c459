/**
 * A full garbage collection when the author pauses: the server lives as long as the editor, and
 * V8 keeps the pages it grew while indexing and linting unless the heap is compacted. Collecting
 * once, a moment after the last change, keeps the server's resident memory near what it holds,
 * for one collection of a few tens of milliseconds while nobody is typing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const PAUSE_MS = 1500;

/** V8's `gc` function; flags set at run time reach new contexts, so one is made to fetch it. */
export function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Returns `collectSoon()`: each call (re)starts the pause; the collection runs once it elapses. */
export function idleCollector(): () => void {
  const gc = collector();
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (!gc) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(gc, PAUSE_MS);
    // Never keeps the process alive on its own.
    timer.unref();
  };
}
