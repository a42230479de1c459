/**
 * Serves a built handbook (`dist/`) only to people who authenticate: HTTP Basic (one user and
 * password) and/or bearer tokens, checked before the file system is touched, in constant time.
 * A recipe for hosting the handbook privately on any machine behind the company's TLS proxy:
 * `npm run serve:private` (see serve/main.ts and the README's "Publishing privately").
 * Static files only: GET and HEAD, no directory listings, nothing outside the folder.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface PrivateServerOptions {
  /** The built site, e.g. `dist/`. */
  dir: string;
  /** HTTP Basic credentials; the browser asks for them. */
  basic?: { user: string; password: string } | undefined;
  /** Accepted `Authorization: Bearer <token>` values (for scripts and dashboards). */
  tokens?: readonly string[] | undefined;
  /** Shown by the browser's login prompt. */
  realm?: string | undefined;
  /** The base path the site was built for (`/handbook/`); default `/`. */
  base?: string | undefined;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A digest, so comparisons take the same time whatever the lengths. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether the request carries valid credentials. */
export function isAuthorized(header: string | undefined, options: PrivateServerOptions): boolean {
  if (header === undefined) return false;
  const match = /^(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  const value = match[2] ?? '';
  if (scheme === 'bearer') {
    // Every token is compared, so the time does not tell which one nearly matched.
    let ok = false;
    for (const token of options.tokens ?? []) ok = sameSecret(value, token) || ok;
    return ok;
  }
  if (scheme === 'basic' && options.basic !== undefined) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    const userOk = sameSecret(decoded.slice(0, colon), options.basic.user);
    const passwordOk = sameSecret(decoded.slice(colon + 1), options.basic.password);
    return userOk && passwordOk;
  }
  return false;
}

function send(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(`${text}\n`);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Creates the server (not yet listening). */
export function createPrivateServer(options: PrivateServerOptions): Server {
  const root = realpathSync(resolve(options.dir));
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const realm = (options.realm ?? 'Strategy Handbook').replace(/["\\]/g, '');
  const challenge =
    options.basic !== undefined
      ? `Basic realm="${realm}", charset="UTF-8"`
      : `Bearer realm="${realm}"`;

  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
    const path = join(root, pathname.slice(base.length - 1));
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    return path;
  };

  const serveFile = (
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    status: number,
  ): void => {
    const stats = statOrUndefined(path);
    if (stats === undefined || !stats.isFile()) return send(response, 404, 'Not found');
    // A symbolic link inside the site must not lead out of it.
    const real = realpathSync(path);
    if (real !== root && !real.startsWith(root + sep)) return send(response, 404, 'Not found');
    response.writeHead(status, {
      'content-type': types[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(stats.size),
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(path).pipe(response);
  };

  return createServer((request, response) => {
    // Never indexed, whatever the response (strategy.json and files have no meta tag).
    response.setHeader('x-robots-tag', 'noindex, nofollow');
    if (!isAuthorized(request.headers.authorization, options)) {
      return send(response, 401, 'Authentication required', {
        'www-authenticate': challenge,
        'cache-control': 'no-store',
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    const url = new URL(request.url ?? '/', 'http://handbook.invalid');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(response, 400, 'Bad request');
    }
    if (pathname.includes('\0')) return send(response, 400, 'Bad request');
    const path = fileFor(pathname);
    if (path === undefined) return send(response, 404, 'Not found');
    const stats = statOrUndefined(path);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(response, 301, 'Moved', { location: `${url.pathname}/${url.search}` });
      }
      return serveFile(request, response, join(path, 'index.html'), 200);
    }
    if (stats?.isFile()) return serveFile(request, response, path, 200);
    const notFound = join(root, '404.html');
    if (statOrUndefined(notFound)?.isFile()) return serveFile(request, response, notFound, 404);
    return send(response, 404, 'Not found');
  });
}
