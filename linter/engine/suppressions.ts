/**
 * Inline suppressions: `{/* handbook-disable-next-line RULE … *\/}` in the MDX body, or
 * `# handbook-disable-next-line RULE …` inside the frontmatter. Each silences the named rules
 * on the next line that holds content; one that silences nothing is reported as unused.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { ruleIds } from './types.ts';
import type { ContentFile, LintMessage, RuleId, Suppression } from './types.ts';

const MDX_COMMENT = /^\s*\/\*\s*handbook-disable-next-line\s+([^*]*?)\s*\*\/\s*$/;
const YAML_COMMENT = /^\s*#\s*handbook-disable-next-line\s+(.+?)\s*$/;

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
    const match = YAML_COMMENT.exec(text);
    if (!match?.[1]) return;
    // The YAML starts on line 2 of the file (line 1 is the opening fence).
    const line = index + 2;
    let target = line + 1;
    while (target - 2 < lines.length && (lines[target - 2] ?? '').trim() === '') target++;
    found.push({ names: splitNames(match[1]), targetLine: target, place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } });
  });
}

function collectMdx(tree: Root, found: RawSuppression[]): void {
  visit(tree, (node, index, parent) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const match = MDX_COMMENT.exec(node.value);
    if (!match?.[1] || !node.position) return;
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const sameLineNext = next?.position && next.position.start.line === node.position.end.line;
    // In a paragraph the comment may sit at the end of the line before; otherwise the next node's line.
    const target = node.type === 'mdxFlowExpression' && next?.position && !sameLineNext ? next.position.start.line : node.position.end.line + 1;
    found.push({
      names: splitNames(match[1]),
      targetLine: target,
      place: { start: { ...node.position.start }, end: { ...node.position.end } },
    });
  });
}

function splitNames(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

const known = new Set<string>(ruleIds);

/** Keeps the known rule names; returns the unknown ones separately. */
export function resolveNames(raw: RawSuppression): { suppression: Suppression; unknown: string[] } {
  const rules = raw.names.filter((name): name is RuleId => known.has(name));
  const unknown = raw.names.filter((name) => !known.has(name));
  return { suppression: { targetLine: raw.targetLine, rules, place: raw.place }, unknown };
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
    for (const suppression of suppressions) {
      if (suppression.targetLine === message.line && suppression.rules.includes(message.ruleId)) {
        used.add(`${suppression.place.start.line}:${suppression.place.start.column}:${message.ruleId}`);
        return false;
      }
    }
    return true;
  });
  const unused = suppressions.flatMap((suppression) =>
    suppression.rules
      .filter((rule) => !used.has(`${suppression.place.start.line}:${suppression.place.start.column}:${rule}`))
      .map((rule) => ({ suppression, rule })),
  );
  return { kept, unused };
}
