/**
 * Language server speed and memory on a generated handbook (not part of the timed tests):
 * starts `handbook lsp --stdio` as a child process, waits for its index, opens one brief and
 * sends unsaved edits that break and repair its pillar link; each edit is timed from the
 * `didChange` to the `publishDiagnostics` of that version (cross-file rules included). Memory is
 * the server's RSS from /proc after the edits, and its peak (VmHWM, the index build included).
 *
 *   node bench/lsp.ts [--briefs 5000] [--edits 40] [--cold] [--dir bench/.work/lsp-5000]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-jsonrpc/node';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    briefs: { type: 'string', default: '5000' },
    edits: { type: 'string', default: '40' },
    cold: { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
});
const briefs = Number(values.briefs);
const edits = Number(values.edits);
const dir = resolve(values.dir ?? join(repo, 'bench', '.work', `lsp-${briefs}`));
const node = join(repo, 'node_modules', '.bin', 'node');

if (!existsSync(join(dir, 'content'))) {
  await new Promise<void>((done, fail) =>
    spawn(node, [join(repo, 'bench', 'corpus.ts'), dir, String(briefs)], { stdio: 'inherit' }).on(
      'exit',
      (code) => (code === 0 ? done() : fail(new Error(`corpus.ts exited ${code}`))),
    ),
  );
}
if (values.cold) rmSync(join(dir, 'node_modules', '.cache'), { recursive: true, force: true });

const brief = 'content/initiatives/2026-q1/brief-1.mdx';
const uri = pathToFileURL(join(dir, brief)).href;
const original = readFileSync(join(dir, brief), 'utf8');
const pillar = /^pillar: (.+)$/m.exec(original)?.[1];
if (!pillar) throw new Error(`no pillar in ${brief}`);

const started = performance.now();
const child = spawn(node, [join(repo, 'linter', 'bin.ts'), 'lsp', '--stdio'], {
  cwd: dir,
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = createMessageConnection(
  new StreamMessageReader(child.stdout),
  new StreamMessageWriter(child.stdin),
);
const waiting = new Map<number, (codes: string[]) => void>();
let indexed: (line: string) => void = () => undefined;
const indexedLine = new Promise<string>((done) => (indexed = done));
connection.onNotification('window/logMessage', (params: { message: string }) => {
  if (params.message.includes('indexed')) indexed(params.message);
});
connection.onNotification(
  'textDocument/publishDiagnostics',
  (params: { uri: string; version?: number; diagnostics: { code: string }[] }) => {
    if (params.uri !== uri || params.version === undefined) return;
    waiting.get(params.version)?.(params.diagnostics.map((d) => d.code));
  },
);
connection.listen();

const published = (version: number) => new Promise<string[]>((done) => waiting.set(version, done));
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(dir).href,
  capabilities: {},
  workspaceFolders: null,
});
await connection.sendNotification('initialized', {});
const line = await indexedLine;
const indexMs = performance.now() - started;

let version = 1;
const first = published(version);
await connection.sendNotification('textDocument/didOpen', {
  textDocument: { uri, languageId: 'mdx', version, text: original },
});
await first;

/** The server's CPU time so far (user + system), from /proc, in ms. */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const cpuBefore = cpuMs();
const times: number[] = [];
for (let i = 0; i < edits; i++) {
  version++;
  const broken = i % 2 === 0;
  const text = broken ? original.replace(`pillar: ${pillar}`, `pillar: ${pillar}x`) : original;
  const done = published(version);
  const sent = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ text }],
  });
  const codes = await done;
  times.push(performance.now() - sent);
  if (codes.includes('brief-pillar') !== broken)
    throw new Error(
      `edit ${i}: expected brief-pillar ${broken ? 'present' : 'absent'}, got ${codes.join(', ')}`,
    );
}

const cpuPerEdit = (cpuMs() - cpuBefore) / edits;
const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
const kib = (field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `handbook lsp on ${briefs} briefs (${values.cold ? 'cache deleted first' : 'cache as the last run left it; cold after any linter change'}): ${line.replace(/^handbook: /, '')}; ready after ${(indexMs / 1000).toFixed(2)} s`,
);
console.log(
  `diagnostics after an unsaved edit (${edits} edits): median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(times[times.length - 1] ?? NaN)} (target ≤ 150 ms); server CPU ${ms(cpuPerEdit)} per edit; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
);
console.log(
  `server memory: RSS ${(kib('VmRSS') / 1024).toFixed(0)} MiB after the edits, peak ${(kib('VmHWM') / 1024).toFixed(0)} MiB (target ≤ 300 MiB)`,
);
