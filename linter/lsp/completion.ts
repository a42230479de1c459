/**
 * Completion in a brief's frontmatter: pillar ids after `pillar:` (active ones first, retired
 * ones marked deprecated) and brief ids in `dependsOn` (a block list item under it, or its flow
 * list `[a, b]`), from the handbook index, so a new pillar or brief is offered as soon as it
 * exists. Line-based on the text being typed: the YAML may not parse while the author types.
 */
import { CompletionItemKind, CompletionItemTag } from 'vscode-languageserver/node.js';
import type { CompletionItem, Position } from 'vscode-languageserver/node.js';

export interface CompletionSources {
  pillars: readonly { id: string; title: string; status: string }[];
  briefIds: readonly string[];
  /** The id of the file being edited (a brief does not depend on itself). */
  ownId: string;
}

/** The word being typed ends at the cursor; ids are letters, digits, `.`, `_` and `-`. */
const PARTIAL = /[\w.-]*$/;

export function completions(
  text: string,
  position: Position,
  sources: CompletionSources,
): CompletionItem[] {
  const lines = text.split('\n');
  if ((lines[0] ?? '').trimEnd() !== '---') return [];
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (position.line === 0 || (close !== -1 && position.line >= close)) return [];
  const line = (lines[position.line] ?? '').slice(0, position.character);
  const partial = PARTIAL.exec(line)?.[0] ?? '';
  const range = {
    start: { line: position.line, character: position.character - partial.length },
    end: position,
  };

  if (/^pillar:\s*["']?[\w.-]*$/.test(line)) {
    return sources.pillars.map((pillar) => {
      const retired = pillar.status !== 'active';
      return {
        label: pillar.id,
        kind: CompletionItemKind.EnumMember,
        detail: retired ? `${pillar.title} (${pillar.status || 'no status'})` : pillar.title,
        sortText: `${retired ? 1 : 0}${pillar.id}`,
        ...(retired ? { tags: [CompletionItemTag.Deprecated] } : {}),
        textEdit: { range, newText: pillar.id },
      };
    });
  }

  const inFlowList = /^dependsOn:\s*\[[^\]]*$/.test(line) && /[[,]\s*["']?[\w.-]*$/.test(line);
  if (
    inFlowList ||
    (/^\s*-\s*["']?[\w.-]*$/.test(line) && blockKeyAbove(lines, position.line) === 'dependsOn')
  ) {
    const listed = new Set(listedIds(lines, position.line, inFlowList));
    return sources.briefIds
      .filter((id) => id !== sources.ownId && !listed.has(id))
      .sort()
      .map((id) => ({
        label: id,
        kind: CompletionItemKind.Reference,
        detail: 'brief',
        textEdit: { range, newText: id },
      }));
  }
  return [];
}

/** The top-level key whose block holds line `at` (the nearest line above that is not indented). */
function blockKeyAbove(lines: readonly string[], at: number): string | undefined {
  for (let i = at - 1; i > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s/.test(line) || /^-/.test(line)) continue;
    return /^([\w-]+):\s*$/.exec(line)?.[1];
  }
  return undefined;
}

/** Ids already in the list, so they are not offered twice. */
function listedIds(lines: readonly string[], at: number, flow: boolean): string[] {
  if (flow)
    return [...(/\[(.*)$/.exec(lines[at] ?? '')?.[1] ?? '').matchAll(/[\w.-]+/g)].map(
      (match) => match[0],
    );
  const ids: string[] = [];
  for (let i = at - 1; i > 0 && /^\s*-\s*/.test(lines[i] ?? ''); i--)
    ids.push((lines[i] ?? '').replace(/^\s*-\s*["']?|["']?\s*$/g, ''));
  for (let i = at + 1; i < lines.length && /^\s*-\s*/.test(lines[i] ?? ''); i++)
    ids.push((lines[i] ?? '').replace(/^\s*-\s*["']?|["']?\s*$/g, ''));
  return ids;
}
