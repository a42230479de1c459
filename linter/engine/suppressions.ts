/**
 * Inline suppressions: `{/* handbook-disable-next-line RULE … *\/}` in an MDX body,
 * `<!-- handbook-disable-next-line RULE … -->` in a Markdown (`.md`) body, or
 * `# handbook-disable-next-line RULE …` inside the frontmatter. Each silences the named rules
 * on the next line that holds content; one that silences nothing is reported as unused.
 *
 * The rules whose failure makes the build unsafe or crash (`unsuppressibleRules`) cannot be
 * silenced: naming one is an error at the comment, and the comment silences nothing of it.
 */
import { walk } from './walk.ts';
import type { Root } from 'mdast';
import { ruleIds } from './types.ts';
import type { ContentFile, LintMessage, RuleId, Suppression } from './types.ts';

// Linear-time patterns: no two adjacent quantifiers can match the same whitespace (a lazy group
// followed by `\s*` backtracks quadratically on a long run of spaces). The names are trimmed after.
const MDX_COMMENT = /^\s*\/\*\s*handbook-disable-next-line(\s[^*]*)\*\/\s*$/;
const YAML_COMMENT = /^\s*#\s*handbook-disable-next-line(\s[\s\S]*)$/;
const DIRECTIVE = 'handbook-disable-next-line';

/** Rules no comment can silence: a suppressed failure would let unsafe or unparsable content build. */
export const unsuppressibleRules: ReadonlySet<RuleId> = new Set<RuleId>([
  'frontmatter-schema',
  'frontmatter-yaml',
  'mdx-parse',
  'mdx-safe',
]);

/** The message id of `unused-suppression` for a comment naming an unsuppressible rule. */
export const UNSUPPRESSIBLE_MESSAGE_ID = 'unsuppressible';

/** Whether a suppression may drop this message: never one of the unsuppressible rules, nor the error about naming one. */
export function isSuppressible(message: Pick<LintMessage, 'ruleId' | 'messageId'>): boolean {
  if (unsuppressibleRules.has(message.ruleId)) return false;
  return !(
    message.ruleId === 'unused-suppression' && message.messageId === UNSUPPRESSIBLE_MESSAGE_ID
  );
}

/** A suppression as written, before its rule names are checked. */
export interface RawSuppression extends Omit<Suppression, 'rules'> {
  names: string[];
}

/** Finds every suppression comment in a parsed file. */
export function findSuppressions(file: ContentFile): RawSuppression[] {
  const found: RawSuppression[] = [];
  if (file.frontmatter) collectYaml(file.frontmatter.yaml, found);
  if (file.tree) collectMdx(file.tree, found);
  return found;
}

function collectYaml(yaml: string, found: RawSuppression[]): void {
  const lines = yaml.split('\n');
  lines.forEach((text, index) => {
    const names = YAML_COMMENT.exec(text)?.[1]?.trim();
    if (!names) return;
    // The YAML starts on line 2 of the file (line 1 is the opening fence).
    const line = index + 2;
    let target = line + 1;
    while (target - 2 < lines.length && (lines[target - 2] ?? '').trim() === '') target++;
    found.push({
      names: splitNames(names),
      targetLine: target,
      place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } },
    });
  });
}

/** Block containers: an `html` node directly inside one is a block, not text in a paragraph. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function collectMdx(tree: Root, found: RawSuppression[]): void {
  walk(tree, (node, parent, index) => {
    let names: string | undefined;
    let flow: boolean;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      names = MDX_COMMENT.exec(node.value)?.[1]?.trim();
      flow = node.type === 'mdxFlowExpression';
    } else if (node.type === 'html') {
      // Only `.md` files have `html` nodes: remark-mdx parses `<` as JSX.
      names = htmlCommentNames(node.value);
      flow = parent !== undefined && FLOW_PARENTS.has(parent.type);
    } else {
      return;
    }
    if (!names || !node.position) return;
    const next = parent?.children[index + 1];
    const sameLineNext = next?.position && next.position.start.line === node.position.end.line;
    // In a paragraph the comment may sit at the end of the line before; otherwise the next node's line.
    const target =
      flow && next?.position && !sameLineNext
        ? next.position.start.line
        : node.position.end.line + 1;
    found.push({
      names: splitNames(names),
      targetLine: target,
      place: { start: { ...node.position.start }, end: { ...node.position.end } },
    });
  });
}

/**
 * The rule names of `<!-- handbook-disable-next-line RULE … -->`, or undefined for any other
 * HTML. String operations only: linear on any input.
 */
function htmlCommentNames(html: string): string | undefined {
  const text = html.trim();
  if (!text.startsWith('<!--') || !text.endsWith('-->') || text.length < 7) return undefined;
  const inner = text.slice(4, -3).trim();
  if (!inner.startsWith(DIRECTIVE)) return undefined;
  const rest = inner.slice(DIRECTIVE.length);
  if (!/^\s/.test(rest) || rest.includes('-->')) return undefined;
  return rest.trim() || undefined;
}

function splitNames(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

const known = new Set<string>(ruleIds);

/**
 * Keeps the names of rules a comment may silence; returns the unknown names and the
 * unsuppressible ones separately (neither silences anything).
 */
export function resolveNames(raw: RawSuppression): {
  suppression: Suppression;
  unknown: string[];
  unsuppressible: RuleId[];
} {
  const isKnown = (name: string): name is RuleId => known.has(name);
  const rules = raw.names.filter(isKnown).filter((name) => !unsuppressibleRules.has(name));
  const unsuppressible = raw.names.filter(isKnown).filter((name) => unsuppressibleRules.has(name));
  const unknown = raw.names.filter((name) => !known.has(name));
  return {
    suppression: { targetLine: raw.targetLine, rules, place: raw.place },
    unknown,
    unsuppressible,
  };
}

/**
 * Drops the messages a suppression covers and returns the suppressions that covered nothing
 * (per rule name), so the caller can report them.
 */
export function applySuppressions(
  messages: LintMessage[],
  suppressions: readonly Suppression[],
): { kept: LintMessage[]; unused: { suppression: Suppression; rule: RuleId }[] } {
  const used = new Set<string>();
  const kept = messages.filter((message) => {
    // Checked here too, so no suppression list (from a cache, or built by hand) can silence them.
    if (!isSuppressible(message)) return true;
    for (const suppression of suppressions) {
      if (suppression.targetLine === message.line && suppression.rules.includes(message.ruleId)) {
        used.add(
          `${suppression.place.start.line}:${suppression.place.start.column}:${message.ruleId}`,
        );
        return false;
      }
    }
    return true;
  });
  const unused = suppressions.flatMap((suppression) =>
    suppression.rules
      .filter((rule) => !unsuppressibleRules.has(rule))
      .filter(
        (rule) =>
          !used.has(`${suppression.place.start.line}:${suppression.place.start.column}:${rule}`),
      )
      .map((rule) => ({ suppression, rule })),
  );
  return { kept, unused };
}
