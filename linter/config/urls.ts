/**
 * Every URL the handbook publishes comes from here: the site's origin and base path, the rule
 * docs links in reports, and the base of "Edit page" links. The config file says it once
 * (`site`, `repository`, `docsUrl`); CI may override it with `HANDBOOK_SITE_URL`,
 * `HANDBOOK_BASE` and `HANDBOOK_EDIT_URL`. Nothing falls back to a placeholder host: without a
 * site URL, rule links point at the product's own docs; without a repository, no edit link.
 */
import { UsageError } from '../errors.ts';
import { basePath, webUrl } from './schema.ts';
import type { HandbookConfig } from './schema.ts';

/**
 * Where rule docs live when no site is configured: the "Lint rules" section of this product's
 * README, as the npm registry publishes it with the package (README.md lists every rule id).
 */
export const productRuleDocsUrl = 'https://www.npmjs.com/package/strategy-handbook#lint-rules';

/** The environment variables that override URL settings (CI sets them per deployment). */
export type UrlEnvironment = Readonly<Record<string, string | undefined>>;

type UrlSettings = Pick<HandbookConfig, 'site' | 'repository' | 'docsUrl'>;

/** The config with `HANDBOOK_SITE_URL`, `HANDBOOK_BASE` and `HANDBOOK_EDIT_URL` applied; a bad value is a `UsageError`. */
export function applyUrlEnvironment<T extends UrlSettings>(config: T, env: UrlEnvironment): T {
  const siteUrl = fromEnv(
    env,
    'HANDBOOK_SITE_URL',
    webUrl,
    'an absolute `https://` URL such as `https://org.github.io`',
  );
  const base = fromEnv(env, 'HANDBOOK_BASE', basePath, 'a path such as `/handbook/`');
  const editUrl = fromEnv(
    env,
    'HANDBOOK_EDIT_URL',
    webUrl,
    'an absolute `https://` URL such as `https://github.com/org/repo/edit/main/`',
  );
  return {
    ...config,
    site: {
      ...config.site,
      ...(siteUrl === undefined ? {} : { url: siteUrl }),
      ...(base === undefined ? {} : { base }),
    },
    repository: { ...config.repository, ...(editUrl === undefined ? {} : { editUrl }) },
  };
}

function fromEnv<S extends typeof webUrl | typeof basePath>(
  env: UrlEnvironment,
  name: string,
  schema: S,
  expected: string,
): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) throw new UsageError(`Unexpected ${name} \`${raw}\`, expected ${expected}`);
  return parsed.data;
}

/** Joins the base path (`/` or `/handbook/`) and a root-relative route (`/pillars/x/#why`). */
export function withBase(base: string, route: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + route.replace(/^\/+/, '');
}

/** The absolute URL of the site root (origin + base, ending in `/`), or undefined when unknown. */
export function siteRootUrl(config: Pick<HandbookConfig, 'site'>): string | undefined {
  const url = config.site?.url;
  if (url === undefined) return undefined;
  return withBase(url.replace(/\/+$/, ''), config.site.base ?? '/');
}

/**
 * The docs url of a rule: `docsUrl` + id when configured, else the site's
 * `/reference/rules/<id>/` page when the site URL is known, else the product's own docs.
 */
export function ruleDocsUrl(
  id: string,
  config: Partial<Pick<HandbookConfig, 'site' | 'docsUrl'>>,
): string {
  if (config.docsUrl !== undefined) return `${config.docsUrl.replace(/\/?$/, '/')}${id}/`;
  const root = config.site ? siteRootUrl({ site: config.site }) : undefined;
  if (root !== undefined) return `${root}reference/rules/${id}/`;
  return productRuleDocsUrl;
}

/** The home of the rule docs (SARIF `informationUri`), by the same precedence. */
export function ruleDocsHome(config: Partial<Pick<HandbookConfig, 'site' | 'docsUrl'>>): string {
  if (config.docsUrl !== undefined) return config.docsUrl;
  const root = config.site ? siteRootUrl({ site: config.site }) : undefined;
  return root === undefined ? productRuleDocsUrl : `${root}reference/rules/`;
}

/**
 * The web address of a repository from a git remote: `git@github.com:org/repo.git`,
 * `ssh://git@host/org/repo.git` and `https://host/org/repo(.git)` all give `https://host/org/repo`.
 * Credentials in the remote never reach the result; anything else gives undefined.
 */
export function repositoryUrlFromRemote(remote: string): string | undefined {
  const text = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)([\w.-]+(?:\/[\w.-]+)+)\/?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]!.replace(/\.git$/, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (!/^(?:\/[\w.-]+){2,}$/.test(path)) return undefined;
  return `https://${url.hostname}${path}`;
}

/**
 * The base of "Edit page" links, ending in `/`: `repository.editUrl` (or `HANDBOOK_EDIT_URL`),
 * else `<repository>/edit/<branch>/` from `repository.url` or the git remote; undefined when
 * there is no repository (then no edit link is shown).
 */
export function editBaseUrl(
  config: Pick<HandbookConfig, 'repository'>,
  remote: string | undefined,
): string | undefined {
  const { editUrl, url, branch } = config.repository ?? {};
  if (editUrl !== undefined) return editUrl.endsWith('/') ? editUrl : `${editUrl}/`;
  const repository =
    url?.replace(/\/+$/, '').replace(/\.git$/, '') ??
    (remote === undefined ? undefined : repositoryUrlFromRemote(remote));
  if (repository === undefined) return undefined;
  return `${repository}/edit/${encodeURI(branch ?? 'main')}/`;
}
