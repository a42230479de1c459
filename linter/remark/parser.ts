/**
 * `remarkHandbookParse`: the preset's parser. It replaces whatever parser the processor has
 * (remark-cli's remark-parse) with the engine's own parse (`engine/parse.ts`: the frontmatter
 * split, the `yaml` reading and the micromark configuration of the file type), keeps the
 * resulting `ContentFile` in `file.data.handbook` for the rules, and loads the handbook's config
 * (`handbook.config.*` of the root found upward from the file, once per root), so severities,
 * vision questions and allowlists are those of `handbook lint`. A config error fails the file
 * with the config's one-line message.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { loadConfig } from '../config/load.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { handbookDataOf } from '../engine/file-data.ts';

const emptyRoot = (): Root => ({ type: 'root', children: [] });
const configs = new Map<string, Promise<ResolvedConfig>>();

export function remarkHandbookParse(this: Processor): (tree: Root, file: VFile) => Promise<void> {
  // unified calls the parser with the file's text and the file; the bytes are read from the
  // file itself, so a binary or non-UTF-8 file is reported as `handbook lint` reports it.
  this.parser = (_document: string, file: VFile): Root =>
    handbookDataOf(file).content.tree ?? emptyRoot();
  return async (_tree, file) => {
    const data = handbookDataOf(file);
    if (data.root === undefined) return;
    let config = configs.get(data.root);
    if (!config) {
      config = loadConfig(data.root);
      configs.set(data.root, config);
    }
    try {
      data.config = await config;
    } catch (error) {
      file.fail(error instanceof Error ? error.message : String(error), {
        ruleId: 'config',
        source: 'handbook',
      });
    }
  };
}
