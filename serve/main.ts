/**
 * `npm run serve:private`: serves `dist/` behind HTTP Basic auth and/or bearer tokens, configured
 * by environment variables (so secrets stay out of shell history and process lists):
 *
 *   HANDBOOK_AUTH_USER, HANDBOOK_AUTH_PASSWORD   Basic credentials (both, password ≥ 12 chars)
 *   HANDBOOK_AUTH_TOKENS                         bearer tokens, comma-separated (each ≥ 16 chars)
 *   HANDBOOK_SERVE_DIR (default dist), HOST (default 127.0.0.1), PORT (default 8080),
 *   HANDBOOK_BASE (default /)
 *
 * It refuses to start without credentials. Put it behind TLS (the company's reverse proxy or
 * load balancer): Basic credentials travel in every request.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPrivateServer, type PrivateServerOptions } from './private-server.ts';

function fail(message: string): never {
  process.stderr.write(`serve:private: ${message}\n`);
  process.exit(2);
}

const env = process.env;
const dir = resolve(env['HANDBOOK_SERVE_DIR'] ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  fail(`no built site in \`${dir}\`, expected an index.html there; run \`npm run build\` first`);
}
const user = env['HANDBOOK_AUTH_USER'] ?? '';
const password = env['HANDBOOK_AUTH_PASSWORD'] ?? '';
const tokens = (env['HANDBOOK_AUTH_TOKENS'] ?? '')
  .split(',')
  .map((token) => token.trim())
  .filter((token) => token !== '');
if ((user === '') !== (password === ''))
  fail('set both `HANDBOOK_AUTH_USER` and `HANDBOOK_AUTH_PASSWORD`, or neither');
if (password !== '' && password.length < 12)
  fail('`HANDBOOK_AUTH_PASSWORD` is too short, expected at least 12 characters');
if (tokens.some((token) => token.length < 16))
  fail('a token in `HANDBOOK_AUTH_TOKENS` is too short, expected at least 16 characters');
if (password === '' && tokens.length === 0) {
  fail(
    'no credentials, expected `HANDBOOK_AUTH_USER` and `HANDBOOK_AUTH_PASSWORD` or `HANDBOOK_AUTH_TOKENS`; the handbook is never served without authentication',
  );
}
const port = Number(env['PORT'] ?? '8080');
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`\`PORT\` must be a port number, got \`${env['PORT']}\``);
const host = env['HOST'] ?? '127.0.0.1';

const options: PrivateServerOptions = {
  dir,
  ...(password === '' ? {} : { basic: { user, password } }),
  tokens,
  base: env['HANDBOOK_BASE'] ?? '/',
};
const server = createPrivateServer(options);
server.on('error', (error: NodeJS.ErrnoException) =>
  fail(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`),
);
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  process.stdout.write(
    `serve:private: serving ${dir} on http://${host}:${actual}${options.base ?? '/'} (authentication required)\n`,
  );
});
// Stop at once on Ctrl-C or a service manager's SIGTERM, idle keep-alive connections included.
const stop = () => {
  server.close();
  server.closeAllConnections();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
