/**
 * MDX comments (`{/* … *\/}`): notes to editors that compile to nothing. Rules treat them as
 * absent content, and `mdx-safe` allows them where it forbids every other expression.
 */
import type { RootContent } from 'mdast';

/**
 * Whether an MDX expression holds only comments (`/* … *\/`, `// …`) and whitespace, which
 * compiles to nothing. A linear scan: each character is read at most twice.
 */
export function isCommentOnly(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    const c = code.charCodeAt(i);
    if (isJsWhitespace(c)) {
      i++;
    } else if (c === 0x2f && code.charCodeAt(i + 1) === 0x2a) {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return false;
      i = end + 2;
    } else if (c === 0x2f && code.charCodeAt(i + 1) === 0x2f) {
      i += 2;
      while (i < code.length && !isLineTerminator(code.charCodeAt(i))) i++;
    } else {
      return false;
    }
  }
  return true;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function isJsWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether a node is an MDX expression holding only comments. */
export function isComment(node: RootContent): boolean {
  return (
    (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
    isCommentOnly(node.value)
  );
}
