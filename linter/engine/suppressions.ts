/**
 * Inline suppressions: `{/* handbook-disable-next-line RULE … *\/}` in the MDX body, or
 * `# handbook-disable-next-line RULE …` inside the frontmatter. Each silences the named rules
 * on the next line that holds content; one that silences nothing is reported as unused.
 */
import { walk } from './walk.ts';
import type { Root } from 'mdast';
import { ruleIds } from './types.ts';
import type { ContentFile, LintMessage, RuleId, Suppression } from './types.ts';

// Linear-time patterns: no two adjacent quantifiers can match the same whitespace (a lazy group
// followed by `\s*` backtracks quadratically on a long run of spaces). The names are trimmed after.
const MDX_COMMENT = /^\s*\/\*\s*handbook-disable-next-line(\s[^*]*)\*\/\s*$/;
const YAML_COMMENT = /^\s*#\s*handbook-disable-next-line(\s[\s\S]*)$/;

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
    found.push({ names: splitNames(names), targetLine: target, place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } });
  });
}

function collectMdx(tree: Root, found: RawSuppression[]): void {
  walk(tree, (node, parent, index) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const names = MDX_COMMENT.exec(node.value)?.[1]?.trim();
    if (!names || !node.position) return;
    const next = parent?.children[index + 1];
    const sameLineNext = next?.position && next.position.start.line === node.position.end.line;
    // In a paragraph the comment may sit at the end of the line before; otherwise the next node's line.
    const target = node.type === 'mdxFlowExpression' && next?.position && !sameLineNext ? next.position.start.line : node.position.end.line + 1;
    found.push({
      names: splitNames(names),
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
