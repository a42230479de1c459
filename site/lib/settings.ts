/**
 * Site settings shared by `astro.config.mjs` (Starlight's edit links) and the custom pages
 * (brief edit links). Plain TypeScript so the config can import it.
 */

/** Where "Edit this page" points: a repository's edit url, ending in `/`. */
export const editBaseUrl: string = withTrailingSlash(
  process.env['HANDBOOK_EDIT_URL'] ?? 'https://github.com/example/strategy-handbook/edit/main/',
);

/** The edit url of a file given its path relative to the handbook root (`content/…`). */
export function editUrlFor(filePath: string, base: string = editBaseUrl): string {
  return withTrailingSlash(base) + filePath.replace(/^\.?\//, '');
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
