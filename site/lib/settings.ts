/**
 * Site settings shared by `astro.config.mjs` (Astro's `site` and `base`, Starlight's edit links)
 * and the custom pages (brief and pillar edit links), all from `handbook.config.*` with the
 * environment overrides applied (`linter/config/urls.ts`). Plain TypeScript so the config can
 * import it. No setting, no placeholder: without a repository there is no edit link.
 */
import type { ResolvedConfig } from '../../linter/config/types.ts';
import { editBaseUrl } from '../../linter/config/urls.ts';
import { originRemote } from '../../linter/git/remote.ts';

/**
 * Where "Edit page" points, ending in `/`: the configured edit URL or repository, else the git
 * remote `origin` (`…/edit/<branch>/`); undefined when there is none.
 */
export async function editBaseUrlOf(config: Pick<ResolvedConfig, 'repository'>, root: string): Promise<string | undefined> {
  const { editUrl, url, branch } = config.repository;
  if (editUrl !== undefined || url !== undefined) return editBaseUrl(config, undefined);
  const origin = await originRemote(root);
  if (origin === undefined) return undefined;
  return editBaseUrl({ repository: { branch: branch ?? origin.branch } }, origin.url);
}

/** The edit url of a file given its path relative to the handbook root (`content/…`), or undefined without an edit base. */
export function editUrlFor(filePath: string, base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return (base.endsWith('/') ? base : `${base}/`) + filePath.replace(/^\.?\//, '');
}
