/**
 * Document symbols: the frontmatter with its keys, then the body's headings as a tree (a
 * heading's section runs to the next heading of the same or a higher level), from the engine's
 * own parse, so an outline shows exactly the sections the rules see.
 */
import { SymbolKind } from 'vscode-languageserver/node.js';
import type { DocumentSymbol, Range } from 'vscode-languageserver/node.js';
import { parseContentFile } from '../engine/parse.ts';
import { plainText } from '../engine/plain-text.ts';
import type { Place } from '../engine/types.ts';
import { toPosition } from './diagnostics.ts';

export function documentSymbols(path: string, text: string): DocumentSymbol[] {
  const file = parseContentFile(path, path.replace(/^content\//, ''), text);
  const symbols: DocumentSymbol[] = [];
  const end = toPosition(endPoint(file.source));

  if (file.frontmatter) {
    const frontmatter = file.frontmatter;
    const value = frontmatter.value;
    const keys =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value)
        : [];
    symbols.push({
      name: 'frontmatter',
      kind: SymbolKind.Module,
      range: toRange(frontmatter.block),
      selectionRange: toRange(frontmatter.block),
      children: keys.map((key) => {
        const keyPlace = frontmatter.locate([key], 'key');
        const valuePlace = frontmatter.locate([key], 'value');
        const raw = (value as Record<string, unknown>)[key];
        return {
          name: key,
          kind: SymbolKind.Property,
          ...(typeof raw === 'string' || typeof raw === 'number'
            ? { detail: String(raw).slice(0, 80) }
            : {}),
          range: {
            start: toPosition(keyPlace.start),
            end: toPosition(valuePlace.end ?? valuePlace.start),
          },
          selectionRange: toRange(keyPlace),
        };
      }),
    });
  }

  // Headings at the top level of the body, nested by depth with a stack of open sections.
  const open: { depth: number; symbol: DocumentSymbol }[] = [];
  for (const node of file.tree?.children ?? []) {
    if (node.type !== 'heading' || !node.position) continue;
    const start = toPosition(node.position.start);
    while (open.length > 0 && (open[open.length - 1] as { depth: number }).depth >= node.depth) {
      (open.pop() as { symbol: DocumentSymbol }).symbol.range.end = sectionEnd(start);
    }
    const symbol: DocumentSymbol = {
      name: plainText(node).trim() || '(empty heading)',
      detail: '#'.repeat(node.depth),
      kind: SymbolKind.String,
      range: { start, end },
      selectionRange: { start, end: toPosition(node.position.end) },
      children: [],
    };
    const parent = open[open.length - 1];
    if (parent) parent.symbol.children?.push(symbol);
    else symbols.push(symbol);
    open.push({ depth: node.depth, symbol });
  }
  return symbols;
}

function toRange(place: Place): Range {
  return { start: toPosition(place.start), end: toPosition(place.end ?? place.start) };
}

/** The last point of the text. */
function endPoint(source: string): { line: number; column: number } {
  const lines = source.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** A section ends where the next heading's line starts. */
function sectionEnd(start: { line: number; character: number }): {
  line: number;
  character: number;
} {
  return { line: start.line, character: 0 };
}
