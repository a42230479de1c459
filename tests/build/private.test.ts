/**
 * Private by default, on the built sample site: every HTML page carries exactly one
 * `noindex, nofollow` robots meta tag in its head, robots.txt disallows everything, and the
 * `serve:private` recipe serves this very `dist/` only to authenticated requests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createPrivateServer } from '../../serve/private-server.ts';

const siteDir = inject('siteDir');
const htmlFiles = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.html'))
  .sort();

describe('a private site', () => {
  it('has pages to check, including the 404 page and the generated views', () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    for (const page of [
      'index.html',
      '404.html',
      'initiatives/index.html',
      'health/index.html',
      'reference/rules/index.html',
    ]) {
      expect(htmlFiles).toContain(page);
    }
  });

  it('marks every page noindex, nofollow, once, in the head', () => {
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const page = readFileSync(join(siteDir, file), 'utf8');
      const head = page.slice(0, page.indexOf('</head>'));
      const robots = [...page.matchAll(/<meta\b[^>]*\bname="robots"[^>]*>/g)].map((m) => m[0]);
      const ok =
        robots.length === 1 &&
        /content="noindex, nofollow"/.test(robots[0] ?? '') &&
        head.includes(robots[0] ?? '\0');
      if (!ok) missing.push(file);
    }
    expect(missing).toEqual([]);
  });

  it('ships a robots.txt that disallows every crawler everywhere', () => {
    const robots = readFileSync(join(siteDir, 'robots.txt'), 'utf8');
    const rules = robots
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== '');
    expect(rules).toEqual(['User-agent: *', 'Disallow: /']);
  });

  it('is served by serve:private to authenticated requests only', async () => {
    const server = createPrivateServer({ dir: siteDir, tokens: ['build-test-token-0123456789'] });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['/', '/roadmap/', '/strategy.json', '/robots.txt']) {
        const anonymous = await fetch(url + path);
        expect(anonymous.status, path).toBe(401);
        expect(await anonymous.text()).not.toMatch(/North Star|<html/i);
      }
      const home = await fetch(`${url}/`, {
        headers: { authorization: 'Bearer build-test-token-0123456789' },
      });
      expect(home.status).toBe(200);
      expect(await home.text()).toBe(readFileSync(join(siteDir, 'index.html'), 'utf8'));
      const json = await fetch(`${url}/strategy.json`, {
        headers: { authorization: 'Bearer build-test-token-0123456789' },
      });
      expect(((await json.json()) as { version: number }).version).toBe(1);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
