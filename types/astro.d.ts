// Types of `strategy-handbook/astro` (lib/site/astro-config.js, compiled at pack time). Written by
// hand: the declaration of the full content model is not portable across Starlight's internals.
import type { AstroUserConfig } from 'astro';

/** The whole Astro config for the handbook whose `content/` lives in `root` (a path or a file URL). */
export declare function handbookAstroConfig(root: string | URL): Promise<AstroUserConfig>;
