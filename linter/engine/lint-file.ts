/**
 * Lints one file on its own: parses it, runs every per-file rule and records the facts
 * the cross-file rules need. Pure and JSON-safe in and out, so it can run in a worker.
 */
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
  const messages: LintMessage[] = [];
  for (const rule of rules) {
    if (!rule.checkFile) continue;
    const severity = severityOf(rule, config);
    if (!severity) continue;
    const url = ruleUrl(rule.id, config);
    try {
      rule.checkFile(
        file,
        (message, options) =>
          messages.push(createMessage(rule.id, severity, url, message, options)),
        config,
      );
    } catch (error) {
      // A rule bug must not hide the rest of the report; say which rule failed, where.
      messages.push(
        createMessage(
          rule.id,
          'error',
          url,
          `Internal error in rule \`${rule.id}\`: ${error instanceof Error ? error.message : String(error)}`,
          { messageId: 'internal-error' },
        ),
      );
    }
  }
  const { facts, unknownSuppressions, unsuppressible } = collectFacts(file);
  // Always an error, whatever the config says of `unused-suppression`: the comment tries to hide a safety rule.
  const url = ruleUrl('unused-suppression', config);
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
  const publication = publish?.(file);
  return publication
    ? { messages, facts, unknownSuppressions, publication }
    : { messages, facts, unknownSuppressions };
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
