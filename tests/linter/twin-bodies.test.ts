/**
 * The Markdown twins' bodies beside Astro's data store: written atomically, read back as
 * written, and an id or collection that looks like a path stays inside its folder.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hasTwinBody,
  readTwinBody,
  twinBodiesDir,
  twinBodyPath,
  writeTwinBody,
} from '../../linter/build/twin-bodies.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-bodies-'));
  dirs.push(dir);
  return dir;
};

describe('twin bodies', () => {
  it('lives under the cache dir given as a URL or a path, and reads back what was written', () => {
    const cache = cacheDir();
    const dir = twinBodiesDir(pathToFileURL(`${cache}/`));
    expect(dir).toBe(twinBodiesDir(cache));
    expect(hasTwinBody(dir, 'initiatives', 'live-eta')).toBe(false);
    expect(readTwinBody(dir, 'initiatives', 'live-eta')).toBe('');
    writeTwinBody(dir, 'initiatives', 'live-eta', '## Why\n\nBecause.\n');
    writeTwinBody(dir, 'initiatives', 'live-eta', '## Why\n\nBecause, again.\n');
    expect(hasTwinBody(dir, 'initiatives', 'live-eta')).toBe(true);
    expect(readTwinBody(dir, 'initiatives', 'live-eta')).toBe('## Why\n\nBecause, again.\n');
    // Atomic: no temporary file is left behind.
    expect(readdirSync(join(dir, 'initiatives'))).toEqual(['live-eta.md']);
  });

  it('keeps path-like ids and collections inside the folder', () => {
    const dir = twinBodiesDir(cacheDir());
    for (const [collection, id] of [
      ['initiatives', '../../escaped'],
      ['..', 'x'],
      ['initiatives', 'a/b'],
    ] as const) {
      const path = twinBodyPath(dir, collection, id);
      expect(path.startsWith(`${dir}/`)).toBe(true);
      expect(path.slice(dir.length + 1).split('/')).toHaveLength(2);
      writeTwinBody(dir, collection, id, 'x');
      expect(readTwinBody(dir, collection, id)).toBe('x');
    }
    expect(existsSync(join(dir, '..', 'escaped.md'))).toBe(false);
  });
});
