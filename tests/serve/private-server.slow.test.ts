/**
 * The private-hosting recipe: `serve/private-server.ts` on a small copy of a built site, and
 * `npm run serve:private` as a process. Unauthenticated requests get 401 (never a page, never a
 * hint whether a path exists); authenticated ones get the page; nothing outside the folder is
 * reachable; the server refuses to start without credentials.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateServer, type PrivateServerOptions } from '../../serve/private-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const HOME =
  '<!doctype html><title>Home</title><meta name="robots" content="noindex, nofollow">North Star';
const SECRET_OUTSIDE = 'the file next to dist/';

let folder: string;
let dist: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'handbook-serve-'));
  dist = join(folder, 'dist');
  mkdirSync(join(dist, 'roadmap'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), HOME);
  writeFileSync(join(dist, 'roadmap/index.html'), '<title>Roadmap</title>');
  writeFileSync(join(dist, '404.html'), '<title>Not found</title>');
  writeFileSync(join(dist, 'strategy.json'), '{"version":1}');
  writeFileSync(join(folder, 'secret.txt'), SECRET_OUTSIDE);
  symlinkSync(join(folder, 'secret.txt'), join(dist, 'linked.txt'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const credentials: Omit<PrivateServerOptions, 'dir'> = {
  basic: { user: 'strategy', password: 'correct horse battery' },
  tokens: ['dashboard-token-0123456789abcdef'],
};

async function withServer<T>(
  options: Omit<PrivateServerOptions, 'dir'>,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const server = createPrivateServer({ dir: dist, ...options });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    return await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((done) => server.close(done));
  }
}

/** A GET with the request target sent exactly as given. */
function rawGet(
  url: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((done, reject) => {
    const request = httpRequest(url, { path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('createPrivateServer', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong password', basic('strategy', 'wrong horse battery')],
    ['a wrong user', basic('someone', 'correct horse battery')],
    ['a password prefix', basic('strategy', 'correct horse')],
    ['an unknown token', 'Bearer dashboard-token-0123456789abcdeX'],
    ['the password as a token', 'Bearer correct horse battery'],
    ['a malformed header', 'Basic'],
    ['an unknown scheme', 'Digest username="strategy"'],
  ])('answers 401 with a challenge and no content to %s', async (_case, authorization) => {
    await withServer(credentials, async (url) => {
      for (const path of ['/', '/roadmap/', '/strategy.json', '/missing/', '/../secret.txt']) {
        const response = await fetch(url + path, {
          headers: authorization === undefined ? {} : { authorization },
        });
        expect(response.status, path).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe(
          'Basic realm="Strategy Handbook", charset="UTF-8"',
        );
        expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
        const body = await response.text();
        expect(body).toBe('Authentication required\n');
      }
    });
  });

  it('serves the page to Basic credentials and to a bearer token', async () => {
    await withServer(credentials, async (url) => {
      for (const authorization of [
        basic('strategy', 'correct horse battery'),
        'Bearer dashboard-token-0123456789abcdef',
        'bearer  dashboard-token-0123456789abcdef',
      ]) {
        const response = await fetch(`${url}/`, { headers: { authorization } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('private, no-cache');
        expect(await response.text()).toBe(HOME);
      }
      const json = await fetch(`${url}/strategy.json`, {
        headers: { authorization: basic('strategy', 'correct horse battery') },
      });
      expect(await json.json()).toEqual({ version: 1 });
      expect(json.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    });
  });

  it('challenges with Bearer when only tokens are configured, and rejects Basic then', async () => {
    await withServer({ tokens: ['dashboard-token-0123456789abcdef'] }, async (url) => {
      const response = await fetch(`${url}/`, {
        headers: { authorization: basic('strategy', 'correct horse battery') },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="Strategy Handbook"');
    });
  });

  it('serves folders, redirects them to a trailing slash, uses 404.html, and reads only GET and HEAD', async () => {
    await withServer(credentials, async (url) => {
      const headers = { authorization: 'Bearer dashboard-token-0123456789abcdef' };
      expect(await (await fetch(`${url}/roadmap/`, { headers })).text()).toBe(
        '<title>Roadmap</title>',
      );
      const redirect = await fetch(`${url}/roadmap?q=1`, { headers, redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/roadmap/?q=1');
      const missing = await fetch(`${url}/nowhere/`, { headers });
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<title>Not found</title>');
      const head = await fetch(`${url}/`, { headers, method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(HOME.length));
      expect((await fetch(`${url}/`, { headers, method: 'POST', body: 'x' })).status).toBe(405);
    });
  });

  it('never serves a file outside the folder, even authenticated', async () => {
    await withServer(credentials, async (url) => {
      const headers = { authorization: 'Bearer dashboard-token-0123456789abcdef' };
      // Raw request targets: fetch would normalise `..` away before sending.
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2Fsecret.txt',
        '/%2e%2e%2fsecret.txt',
        '/roadmap/..%2F..%2Fsecret.txt',
        '/linked.txt',
        '/x%00.html',
        '/%E0%A4%A',
      ]) {
        const response = await rawGet(url, path, headers);
        expect(response.body, path).not.toContain(SECRET_OUTSIDE);
        expect([400, 404], path).toContain(response.status);
      }
      expect((await rawGet(url, '/roadmap/../index.html', headers)).body).toBe(HOME);
    });
  });

  it('serves under a base path only', async () => {
    await withServer({ ...credentials, base: '/handbook/' }, async (url) => {
      const headers = { authorization: 'Bearer dashboard-token-0123456789abcdef' };
      expect(await (await fetch(`${url}/handbook/`, { headers })).text()).toBe(HOME);
      expect(
        (await fetch(`${url}/handbook`, { headers, redirect: 'manual' })).headers.get('location'),
      ).toBe('/handbook/');
      expect((await fetch(`${url}/`, { headers })).status).toBe(404);
    });
  });
});

describe('npm run serve:private', () => {
  const main = join(repo, 'serve/main.ts');
  const node = join(repo, 'node_modules/.bin/node');

  it.each([
    [
      'no credentials',
      {},
      /^serve:private: no credentials, expected `HANDBOOK_AUTH_USER` and `HANDBOOK_AUTH_PASSWORD` or `HANDBOOK_AUTH_TOKENS`/,
    ],
    [
      'a user without a password',
      { HANDBOOK_AUTH_USER: 'strategy' },
      /^serve:private: set both `HANDBOOK_AUTH_USER` and `HANDBOOK_AUTH_PASSWORD`/,
    ],
    [
      'a short password',
      { HANDBOOK_AUTH_USER: 'strategy', HANDBOOK_AUTH_PASSWORD: 'short' },
      /too short, expected at least 12 characters/,
    ],
    [
      'a short token',
      { HANDBOOK_AUTH_TOKENS: 'abc' },
      /too short, expected at least 16 characters/,
    ],
    [
      'no built site',
      {
        HANDBOOK_SERVE_DIR: '/nonexistent',
        HANDBOOK_AUTH_TOKENS: 'dashboard-token-0123456789abcdef',
      },
      /^serve:private: no built site in `\/nonexistent`/,
    ],
  ])(
    'refuses to start with %s: exit 2, one line',
    (_case, env, pattern) => {
      const result = spawnSync(node, [main], {
        env: { PATH: process.env['PATH'] ?? '', HANDBOOK_SERVE_DIR: dist, PORT: '0', ...env },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    },
    60_000,
  );

  it('serves dist/ on the port it prints: 401 without credentials, the page with them', async () => {
    const child = spawn(node, [main], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HANDBOOK_SERVE_DIR: dist,
        PORT: '0',
        HANDBOOK_AUTH_USER: 'strategy',
        HANDBOOK_AUTH_PASSWORD: 'correct horse battery',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((done, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (match?.[1]) done(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect((await fetch(`${url}/`)).status).toBe(401);
      const page = await fetch(`${url}/`, {
        headers: { authorization: basic('strategy', 'correct horse battery') },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(HOME);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
