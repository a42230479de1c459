/**
 * The handbook root, resolved once: `handbookAstroConfig(root)` (or the CLI's
 * `cli/handbook-root.ts`) decides it, and the integration serves it to everything Vite loads as
 * the virtual module `virtual:handbook/root` (`export const root`): the content loaders
 * (`site/content.config.ts`), `site/lib/handbook.ts` (config, edit links) and git dates. Nothing
 * in the site falls back to `process.cwd()` or an environment variable, so a build started from
 * another folder reads the same handbook. A plain Vite plugin object; no Astro import.
 */

/** The id pages and the content config import. */
export const ROOT_MODULE_ID = 'virtual:handbook/root';
const resolved = `\0${ROOT_MODULE_ID}`;

/**
 * A Vite plugin that serves `export const root = "<root>"` as {@link ROOT_MODULE_ID}, and
 * `twinBodies`, the folder of the Markdown twins' bodies (`twin-bodies.ts`).
 */
export function rootModulePlugin(root: string, twinBodies = '') {
  return {
    name: 'handbook-root',
    resolveId(id: string): string | undefined {
      return id === ROOT_MODULE_ID ? resolved : undefined;
    },
    load(id: string): string | undefined {
      return id === resolved
        ? `export const root = ${JSON.stringify(root)};\nexport const twinBodies = ${JSON.stringify(twinBodies)};\n`
        : undefined;
    },
  };
}
