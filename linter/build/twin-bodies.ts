/**
 * Where the briefs' and pillars' cleaned Markdown bodies live between the content loader, which
 * makes them from the one parse, and the site's `.md` twins, which print them: one file per
 * entry beside Astro's data store, not in it. Kept in the data store (`rendered.metadata`) they
 * made every page of a 5,000-brief rebuild slower (its page phase 56 s against 50 s without).
 * The folder is under Astro's `cacheDir`, so it is kept and cleared with the data store.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder under Astro's `cacheDir`. */
export function twinBodiesDir(cacheDir: URL | string): string {
  return join(
    typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir),
    'handbook-twin-bodies',
  );
}

/** A name as one path segment: encoded, and a leading dot too (`..` would climb). */
const segment = (name: string) => encodeURIComponent(name).replace(/^\./, '%2E');

/** The file of one entry's body: ids are slugs, and encoded besides, so none leaves its folder. */
export function twinBodyPath(dir: string, collection: string, id: string): string {
  return join(dir, segment(collection), `${segment(id)}.md`);
}

/** Writes one body atomically (temporary file, then rename), so a reader never sees half of it. */
export function writeTwinBody(dir: string, collection: string, id: string, markdown: string): void {
  const path = twinBodyPath(dir, collection, id);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, markdown);
  renameSync(temporary, path);
}

/** Whether an entry's body is there (a reused data-store entry needs it). */
export function hasTwinBody(dir: string, collection: string, id: string): boolean {
  return existsSync(twinBodyPath(dir, collection, id));
}

/** One entry's body, or the empty string when there is none. */
export function readTwinBody(dir: string, collection: string, id: string): string {
  try {
    return readFileSync(twinBodyPath(dir, collection, id), 'utf8');
  } catch {
    return '';
  }
}
