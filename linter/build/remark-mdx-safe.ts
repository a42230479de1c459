/**
 * `mdx-safe` inside the MDX compile itself: a remark plugin that `@astrojs/mdx` runs on the exact
 * tree it is about to compile, before any module exists or is evaluated. It reads nothing from
 * disk and nothing from the lint cache, ignores severities and suppressions (the rule cannot be
 * turned off where it guards the build), and fails the file on the first unsafe construct, in
 * `astro build` and in `astro dev` alike (where the error overlay shows it).
 *
 * Every file MDX compiles is checked; only strategy docs may import (from `mdx.docsImports`).
 */
import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/types.ts';
import { printable } from '../formatters/printable.ts';
import { mdxSafe } from '../rules/mdx-safe.ts';
import { collectionOf, idOf } from '../core/collections.ts';
import type { ContentFile } from '../engine/types.ts';

export interface RemarkMdxSafeOptions {
  root: string;
  config: ResolvedConfig;
}

export function remarkMdxSafe(options: RemarkMdxSafeOptions) {
  return (tree: Root, file: VFile): void => {
    const absolute = file.path || '';
    const path = absolute ? relative(options.root, absolute).split(sep).join('/') : '<mdx>';
    const contentPath = path.startsWith('content/') ? path.slice('content/'.length) : path;
    // Outside the data collections (docs, or an .mdx file anywhere else) the docs policy applies.
    const collection = collectionOf(contentPath);
    const checked: ContentFile = {
      path,
      contentPath,
      collection: collection && collection !== 'docs' ? collection : 'docs',
      id: idOf(contentPath),
      source: String(file.value ?? ''),
      bodyOffset: 0,
      frontmatter: undefined,
      data: undefined,
      tree,
      problems: { noFrontmatter: false, yaml: [], schema: [] },
    };
    let first: { message: string; line: number; column: number } | undefined;
    mdxSafe.checkFile?.(
      checked,
      (message, report) => {
        first ??= {
          message,
          line: report.place?.start.line ?? 1,
          column: report.place?.start.column ?? 1,
        };
      },
      options.config,
    );
    if (first) {
      file.fail(
        `${printable(path)}:${first.line}:${first.column} mdx-safe ${printable(first.message)}`,
        {
          place: { line: first.line, column: first.column },
          ruleId: 'mdx-safe',
          source: 'handbook',
        },
      );
    }
  };
}
