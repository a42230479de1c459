/**
 * `handbook lint --watch`: lints once, then again after every change under `content/`
 * (debounced, one run at a time), until the signal from `bin.ts` aborts (Ctrl-C).
 */
import { watch } from 'node:fs';
import { join } from 'node:path';

export interface WatchOptions {
  /** The handbook root; `content/` under it is watched recursively. */
  root: string;
  /** One lint run: prints its report, resolves to its exit code. */
  lint: () => Promise<number>;
  /** Ends the watch; without it the watch runs forever. */
  signal?: AbortSignal | undefined;
  /** Quiet period after the last change before linting (default 150 ms). */
  debounceMs?: number | undefined;
  /** Status lines ("watching…"). */
  log: (line: string) => void;
  /** Errors of a run that threw (the watch goes on). */
  error: (line: string) => void;
}

/** Runs `lint` now and on each change; resolves with the last run's exit code when aborted. */
export async function watchContent(options: WatchOptions): Promise<number> {
  const { root, lint, signal, log, error } = options;
  const debounceMs = options.debounceMs ?? 150;
  let last = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const runOnce = async (): Promise<void> => {
    try {
      last = await lint();
    } catch (cause) {
      last = 2;
      error(`handbook: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    }
    if (!signal?.aborted) log(`Watching content/ for changes (Ctrl-C to stop)…`);
  };
  // One run at a time: changes during a run schedule exactly one more.
  const trigger = (): void => {
    if (signal?.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        trigger();
      }
    });
  };

  trigger();
  if (signal?.aborted) return last;
  await new Promise<void>((resolve, reject) => {
    let watcher: ReturnType<typeof watch>;
    try {
      watcher = watch(join(root, 'content'), { recursive: true, signal }, (_event, name) => {
        // Editors' swap files and our own atomic-write temporaries start with a dot.
        if (name !== null && /(^|[\\/])\./.test(name)) return;
        clearTimeout(timer);
        timer = setTimeout(trigger, debounceMs);
      });
    } catch (cause) {
      reject(cause as Error);
      return;
    }
    watcher.on('error', (cause: Error) => {
      if (cause.name === 'AbortError') return;
      reject(cause);
    });
    const stop = (): void => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    if (signal === undefined) return;
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  await running;
  return last;
}
