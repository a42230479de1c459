/**
 * A scripted LSP client for the tests: starts `handbook lsp --stdio` as a real process (the
 * project's Node) on a handbook, speaks JSON-RPC to it with `vscode-jsonrpc`, and records every
 * `textDocument/publishDiagnostics` so a test can wait for the one it expects.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { repo } from '../support/project-copy.ts';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    codeDescription?: { href: string };
    source: string;
    message: string;
    data?: { messageId: string };
    relatedInformation?: { location: { uri: string }; message: string }[];
  }[];
}

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcess;
  published: PublishedDiagnostics[];
  logs: string[];
  uri(path: string): string;
  /** The first publication (from now on, or already received when `since` is 0) that matches. */
  waitForDiagnostics(
    match: (p: PublishedDiagnostics) => boolean,
    since?: number,
    timeoutMs?: number,
  ): Promise<PublishedDiagnostics>;
  /** Sends shutdown and exit; resolves with the process's exit code. */
  stop(): Promise<number | null>;
}

/** How to start the server: by default the repository's sources with the project's Node. */
export interface ServerCommand {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv | undefined;
}

export async function startClient(
  root: string,
  capabilities: Record<string, unknown> = {},
  command: ServerCommand = {
    file: join(repo, 'node_modules', '.bin', 'node'),
    args: [join(repo, 'linter', 'bin.ts'), 'lsp', '--stdio'],
  },
): Promise<LspClient> {
  const child = spawn(command.file, command.args, {
    cwd: root,
    env: command.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishedDiagnostics[] = [];
  const logs: string[] = [];
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    published.push(params);
    for (const wake of waiters) wake();
  });
  connection.onNotification(
    'window/logMessage',
    (params: { message: string }) => void logs.push(params.message),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const uri = (path: string) => pathToFileURL(join(root, path)).href;

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities,
    workspaceFolders: null,
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    child,
    published,
    logs,
    uri,
    waitForDiagnostics(match, since = published.length, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = published.slice(since).find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching diagnostics within ${timeoutMs} ms; got ${JSON.stringify(published.slice(since))}; log: ${logs.join(' | ')}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
