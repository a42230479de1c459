/**
 * Browser test harness: a tiny static file server for the built site (127.0.0.1, random port,
 * `dir/` → `dir/index.html`) and `launchBrowser()`, which uses the system Chromium and never
 * downloads one. Without Chromium it returns null and logs why, so suites can `describe.skipIf`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['HANDBOOK_CHROMIUM'] ?? '/usr/bin/chromium';

/** True when a Chromium binary exists at {@link CHROMIUM_PATH}. */
export const hasChromium: boolean = existsSync(CHROMIUM_PATH);
if (!hasChromium)
  console.warn(`skipped: no Chromium at ${CHROMIUM_PATH} (browser tests will be skipped)`);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** Base url without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a random port until `close()`. With `base` (`/handbook/`), the
 * folder is served under that path, as a project site is, and everything outside it is a 404.
 */
export async function serveStatic(
  dir: string,
  options: { base?: string } = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!`${requested}/`.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': types['.txt']! }).end('Outside the base path');
      return;
    }
    const pathname = `/${requested.slice(base.length)}`;
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Launches the system Chromium headless, or returns null (and logs) when it is missing. */
export async function launchBrowser(): Promise<Browser | null> {
  if (!hasChromium) {
    console.warn(`skipped: no Chromium at ${CHROMIUM_PATH}`);
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Path of axe-core's browser bundle. */
export const axePath: string = resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let axeSource: string | undefined;

/**
 * axe-core's serious and critical violations on the current page, one line each. axe is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
 * govern (`addScriptTag` writes an inline script, which the policy blocks): the page is audited
 * exactly as served, policy included.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await codeBlocksSettled(page);
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * Every axe-core violation on the current page, of any impact, one line each (same evaluation as
 * {@link seriousAxeViolations}).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await codeBlocksSettled(page);
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Waits until Expressive Code has made every scrollable code block focusable: its script adds
 * `tabindex` from a ResizeObserver after load, and axe run before that reports
 * `scrollable-region-focusable` on the `pre`.
 */
export async function codeBlocksSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
}

export interface SiteContext {
  browser: Browser;
  server: StaticServer;
  /** Absolute url of a site path such as `/initiatives/`. */
  url(path: string): string;
}

/**
 * Registers beforeAll/afterAll hooks that serve `siteDir` and launch Chromium, and returns an
 * object filled in once they ran. Use inside a `describe.skipIf(!hasChromium)` block.
 */
export function useSite(
  hooks: {
    beforeAll: (fn: () => Promise<void>) => void;
    afterAll: (fn: () => Promise<void>) => void;
  },
  siteDir: string,
): SiteContext {
  const context = {} as SiteContext;
  hooks.beforeAll(async () => {
    const browser = await launchBrowser();
    if (!browser) throw new Error(`No Chromium at ${CHROMIUM_PATH}`);
    context.browser = browser;
    context.server = await serveStatic(siteDir);
    context.url = (path: string) => `${context.server.url}${path}`;
  });
  hooks.afterAll(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}

/** The Content-Security-Policy violations a page reported, as lines. */
export interface CspReport {
  /** From `securitypolicyviolation` events: `directive blocked what: sample`. */
  events: string[];
  /** Chromium's console reports (`Refused to execute inline script …`). */
  console: string[];
  /** Both lists, once every report sent so far has arrived. */
  all(): Promise<string[]>;
}

/**
 * Records the page's CSP violations on every document it loads: an init script (run before any
 * page script, outside the policy) listens for `securitypolicyviolation` and hands each event to
 * an exposed function; console reports are kept too. Call before the first `goto`.
 */
export async function recordCspViolations(page: Page): Promise<CspReport> {
  const report: CspReport = {
    events: [],
    console: [],
    async all() {
      // A round trip to the page: bindings it called before this have been delivered.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      return [...report.events, ...report.console];
    },
  };
  await page.exposeFunction('__handbookCspViolation', (line: string) => report.events.push(line));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const send = (globalThis as unknown as { __handbookCspViolation: (line: string) => void })
          .__handbookCspViolation;
        send(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''}`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) report.console.push(message.text());
  });
  return report;
}
