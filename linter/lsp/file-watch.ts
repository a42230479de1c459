/**
 * The server's own file watching, so the index follows changes made outside the editor (a git
 * checkout, another tool, a file the client does not watch): `content/` recursively, and the
 * root for `handbook.config.*`. Clients that support `workspace/didChangeWatchedFiles` send the
 * same events; handling one twice costs a re-read, never a wrong answer.
 */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { configFileNames } from '../config/load.ts';

/** Quiet time after the last event on a config file before it is read again. */
const CONFIG_SETTLE_MS = 100;

export interface WatchHooks {
  /** A root-relative POSIX path under `content/` changed (created, written or removed). */
  content(path: string): void;
  config(): void;
  log(line: string): void;
}

/** Starts watching; returns a function that stops. Never throws: a failure is one log line. */
export function watchHandbook(root: string, hooks: WatchHooks): () => void {
  const watchers: FSWatcher[] = [];
  const start = (folder: string, recursive: boolean, listener: (name: string) => void) => {
    try {
      const watcher = watch(folder, { recursive }, (_event, name) => {
        if (name !== null) listener(name.split('\\').join('/'));
      });
      watcher.on('error', (error) =>
        hooks.log(`handbook: stopped watching ${folder}: ${error.message}`),
      );
      watchers.push(watcher);
    } catch (error) {
      hooks.log(
        `handbook: cannot watch ${folder} (${error instanceof Error ? error.message : String(error)}); changes made outside the editor show after a restart`,
      );
    }
  };
  start(join(root, 'content'), true, (name) => {
    // Editors' swap files and atomic-write temporaries start with a dot.
    if (!/(^|\/)\./.test(name)) hooks.content(`content/${name}`);
  });
  const names = new Set<string>(configFileNames);
  // One save is several events (truncate, write): reload once the file has settled, so a
  // half-written config is never read (and never logged as broken).
  let timer: ReturnType<typeof setTimeout> | undefined;
  start(root, false, (name) => {
    if (!names.has(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => hooks.config(), CONFIG_SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.splice(0)) watcher.close();
  };
}
