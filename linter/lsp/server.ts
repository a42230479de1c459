/**
 * `handbook lsp`: the language server over a pair of streams (stdio from `bin.ts`). Wires LSP
 * requests to the session (`session.ts`) and the feature modules; every handler is guarded, so
 * bad input costs one log line and an empty answer, never the server.
 *
 * The handbook root is found upward from the workspace folder (or, when the editor opened no
 * folder, from the first document) with the CLI's own rule (`options.findRoot`), as
 * `handbook lint` finds it from the working directory.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node.js';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileNames } from '../config/load.ts';
import { FIX_ALL_KIND, codeActions } from './code-actions.ts';
import { completions } from './completion.ts';
import { watchHandbook } from './file-watch.ts';
import { Session } from './session.ts';
import { documentSymbols } from './symbols.ts';

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where to look for the handbook when the client names no workspace. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The handbook root at or above a folder (the CLI's rule, passed in: the CLI is above this folder). */
  findRoot(folder: string): string | undefined;
  /** The tool's version, for `serverInfo`. */
  version: string;
  /**
   * Fills the lint cache of `root` out of process (a child `handbook lint`); true when it ran.
   * Used for a cold start, so the server's index is built from the cache (see `session.ts`).
   */
  fillCache?: ((root: string) => Promise<boolean>) | undefined;
}

/** Starts the server; it runs until the client sends `exit` (or closes the stream). */
export function startServer(options: ServerOptions): void {
  const connection = createConnection(ProposedFeatures.all, options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const log = (line: string) => connection.console.log(line);
  let session: Session | undefined;
  let stopWatching: (() => void) | undefined;
  let clientWatches = false;

  const guard =
    <P, R>(name: string, fallback: R, handler: (params: P) => Promise<R> | R) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        log(
          `handbook: ${name} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
        );
        return fallback;
      }
    };

  const open = (root: string): Session => {
    const created = new Session(root, {
      publish: (uri, diagnostics, version) =>
        void connection.sendDiagnostics({
          uri,
          diagnostics,
          ...(version === undefined ? {} : { version }),
        }),
      log,
      env: options.env,
      fillCache: options.fillCache,
    });
    stopWatching = watchHandbook(root, {
      content: (path) => created.fileChanged(path),
      config: () => created.configChanged(),
      log,
    });
    return created;
  };

  /** The session of a document, starting one from the document's folder when there is none yet. */
  const sessionFor = (uri: string): Session | undefined => {
    if (session || !uri.startsWith('file:')) return session;
    const root = options.findRoot(dirname(fileURLToPath(uri)));
    if (root !== undefined) session = open(root);
    return session;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    let start = options.cwd;
    try {
      if (folder?.startsWith('file:')) start = fileURLToPath(folder);
      else if (params.rootPath) start = params.rootPath;
    } catch {
      log(`handbook: ignoring the workspace folder ${folder}: not a file URI`);
    }
    const root = options.findRoot(start);
    if (root === undefined)
      log(`handbook: no handbook in ${start} or above it; waiting for a document inside one`);
    else session = open(root);
    clientWatches =
      (params.capabilities as InitializeParams['capabilities'] | undefined)?.workspace
        ?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ','] },
      },
      serverInfo: { name: 'handbook', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (!clientWatches) return;
    const watchers = [
      { globPattern: '**/content/**/*.{md,mdx}' },
      ...configFileNames.map((name) => ({ globPattern: `**/${name}` })),
    ];
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch(() =>
        log('handbook: the client refused file watching; the server watches content/ itself'),
      );
  });

  documents.onDidChangeContent((change) => {
    try {
      const { uri, version } = change.document;
      const current = sessionFor(uri);
      const path = current?.pathOf(uri);
      if (!current || path === undefined) return;
      current.update({ uri, path, version, text: change.document.getText() });
    } catch (error) {
      log(
        `handbook: could not lint ${change.document.uri}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
  documents.onDidClose((change) => session?.close(change.document.uri));

  connection.onDidChangeWatchedFiles(
    guard('file watching', undefined, (params) => {
      for (const change of params.changes) {
        const path = session?.pathOf(change.uri);
        if (path === undefined) continue;
        if ((configFileNames as readonly string[]).includes(path)) session?.configChanged();
        else session?.fileChanged(path);
      }
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const current = session;
      const document = current?.document(params.textDocument.uri);
      if (!current || !document) return [];
      const messages = await current.messages(document.uri);
      const latest = current.document(document.uri) ?? document;
      const index = await current.index();
      return codeActions({
        uri: latest.uri,
        root: current.root,
        path: latest.path,
        text: latest.text,
        messages,
        range: params.range,
        only: params.context.only,
        briefIds: index.briefIds(),
      });
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      const path = session?.pathOf(params.textDocument.uri) ?? 'content/docs/untitled.mdx';
      return document ? documentSymbols(path, document.getText()) : [];
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      const current = session;
      const path = current?.pathOf(params.textDocument.uri);
      if (!document || !current || path === undefined) return [];
      const index = await current.index();
      const ownId = (path.split('/').pop() ?? '').replace(/\.mdx?$/, '');
      return completions(document.getText(), params.position, {
        pillars: index.pillars(),
        briefIds: index.briefIds(),
        ownId,
      });
    }),
  );

  connection.onShutdown(() => {
    stopWatching?.();
  });

  documents.listen(connection);
  connection.listen();
}
