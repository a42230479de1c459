/**
 * The URL of a module beside `from` (an `import.meta.url`), with `from`'s own extension: `.ts`
 * from the sources, `.js` in the published package. A worker's entry is a URL, not an import,
 * so the compiler does not rewrite its extension.
 */
export function siblingModule(name: string, from: string): URL {
  return new URL(`./${name}${/\.[cm]?[jt]s$/.exec(from)?.[0] ?? '.js'}`, from);
}
