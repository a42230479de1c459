/**
 * Lints one file on its own: parses it once (`parse.ts`), records the facts the cross-file rules
 * need (`facts.ts`), and runs every per-file rule as the unified plugin it is, through one frozen
 * processor per config (so per worker) on the tree of that parse. The vfile messages become
 * JSON-safe `LintMessage`s, so the outcome can cross threads and live in the cache.
 */
import { unified } from 'unified';
import type { Processor } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/types.ts';
import { discoveryMessage } from '../rules/mdx-parse.ts';
import { rules } from '../rules/index.ts';
import type { DiscoveryProblemKind } from './discover.ts';
import { collectFacts } from './facts.ts';
import { createMessage, ruleUrl, severityOf } from './messages.ts';
import { parseContentFile } from './parse.ts';
import type { Publication } from '../render/publication.ts';
import { UNSUPPRESSIBLE_MESSAGE_ID, unsuppressibleRules } from './suppressions.ts';
import type { ContentFile, FileFacts, LintMessage, Suppression } from './types.ts';
import { toLintMessage } from './vfile-messages.ts';

export interface FileOutcome {
  /** Messages of the per-file rules, before suppressions. */
  messages: LintMessage[];
  facts: FileFacts;
  /** Suppressions naming rules that do not exist. */
  unknownSuppressions: { suppression: Suppression; names: string[] }[];
  /** What the site publishes, when asked for (`publish`); never stored in the lint cache. */
  publication?: Publication | undefined;
}

/**
 * @param path path relative to the handbook root, POSIX
 * @param contentPath path relative to `content/`
 */
export function lintContentFile(
  path: string,
  contentPath: string,
  bytes: Uint8Array | string,
  config: ResolvedConfig,
  publish?: ((file: ContentFile) => Publication | undefined) | undefined,
): FileOutcome {
  const file = parseContentFile(path, contentPath, bytes);
  const collected = collectFacts(file);
  const { facts, unknownSuppressions, unsuppressible } = collected;
  const vfile = new VFile(path ? { path, cwd: '/' } : { cwd: '/' });
  vfile.data.handbook = { content: file, config, facts: collected, recorded: true };
  processorFor(config).runSync(file.tree ?? emptyRoot, vfile);
  const messages: LintMessage[] = [];
  for (const reported of vfile.messages) {
    const message = toLintMessage(reported);
    if (message) messages.push(message);
  }
  messages.push(...unsuppressibleMessages(unsuppressible, config));
  const publication = publish?.(file);
  return publication
    ? { messages, facts, unknownSuppressions, publication }
    : { messages, facts, unknownSuppressions };
}

/**
 * The errors for suppressions naming rules that cannot be suppressed: always errors, whatever
 * the config says of `unused-suppression`, since the comment tries to hide a safety rule.
 */
export function unsuppressibleMessages(
  unsuppressible: readonly { suppression: Suppression; rules: readonly string[] }[],
  config: ResolvedConfig,
): LintMessage[] {
  const url = ruleUrl('unused-suppression', config);
  const messages: LintMessage[] = [];
  for (const { suppression, rules: refused } of unsuppressible) {
    for (const rule of refused) {
      messages.push(
        createMessage(
          'unused-suppression',
          'error',
          url,
          `Unexpected suppression of \`${rule}\`, expected none: this rule cannot be suppressed`,
          {
            messageId: UNSUPPRESSIBLE_MESSAGE_ID,
            place: suppression.place,
            hint: `Remove \`${rule}\` from the comment and fix what it reports: ${[...unsuppressibleRules].map((id) => `\`${id}\``).join(', ')} keep unsafe or unparsable content out of the build.`,
          },
        ),
      );
    }
  }
  return messages;
}

/** A tree for a body that did not parse: the rules read the `ContentFile`, whose problems say why. */
const emptyRoot: Root = { type: 'root', children: [] };

const processors = new WeakMap<ResolvedConfig, Processor<undefined, Root, Root>>();

/**
 * One frozen processor per config (a worker has one config), with every per-file rule the
 * config leaves on, at its configured severity.
 */
function processorFor(config: ResolvedConfig): Processor<undefined, Root, Root> {
  let processor = processors.get(config);
  if (!processor) {
    const created = unified() as unknown as Processor<undefined, Root, Root>;
    for (const rule of rules) {
      const severity = rule.checkFile ? severityOf(rule, config) : undefined;
      if (severity) created.use(rule, severity === 'error' ? 'error' : 'warn');
    }
    processor = created.freeze();
    processors.set(config, processor);
  }
  return processor;
}

/**
 * The outcome for an entry that was not read: it could not be (deleted, no permission) or
 * discovery refused it (a symbolic link, a `node_modules` folder); an `mdx-parse` error.
 */
export function unreadableOutcome(
  path: string,
  contentPath: string,
  reason: string,
  config: ResolvedConfig,
  kind: DiscoveryProblemKind = 'unreadable',
): FileOutcome {
  const outcome = lintContentFile(path, contentPath, '', config);
  const url = ruleUrl('mdx-parse', config);
  const { message, options } = discoveryMessage(kind, path, reason);
  // A refused entry is not content: cross-file rules must not count it (a linked folder `x` next to `x.mdx`).
  const facts = kind === 'unreadable' ? outcome.facts : { ...outcome.facts, collection: undefined };
  return {
    ...outcome,
    facts,
    messages: [createMessage('mdx-parse', 'error', url, message, options)],
  };
}
