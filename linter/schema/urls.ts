/**
 * Which URLs content may use: relative ones, and absolute ones whose protocol the HTML sanitizer
 * allows by default (`hast-util-sanitize`'s `defaultSchema.protocols`, through `rehype-sanitize`).
 * An allowlist, not a blocklist of bad schemes: a blocklist is always one short (`file:`,
 * `ms-msdt:`). The docs schema (frontmatter links) and `mdx-safe` (body links, URL attributes and
 * props) both ask this module, so the linter and the rendered page agree on what is a safe URL.
 *
 * URLs are read as browsers read them (WHATWG URL): leading and trailing C0 controls and spaces
 * are stripped, tabs and newlines anywhere are removed, then the value is resolved against a
 * placeholder base, so a relative URL takes the base's `https:` and an absolute one keeps its own.
 */
import { defaultSchema } from 'rehype-sanitize';

/** What a URL is used for, as the sanitizer's schema names it: a link, or a resource to load. */
export type UrlKind = 'href' | 'src' | 'cite' | 'longDesc';

const BASE = 'https://base.invalid/';

/** The allowed protocols per kind, with a trailing colon as `URL#protocol` has it. */
const allowed: Record<UrlKind, ReadonlySet<string>> = {
  href: protocolsOf('href'),
  src: protocolsOf('src'),
  cite: protocolsOf('cite'),
  longDesc: protocolsOf('longDesc'),
};

function protocolsOf(kind: UrlKind): ReadonlySet<string> {
  const list = defaultSchema.protocols?.[kind] ?? [];
  return new Set(list.map((protocol) => `${protocol.toLowerCase()}:`));
}

/** Why a URL was refused: its protocol (`file:`), or that it does not parse. */
export type UrlVerdict = { safe: true } | { safe: false; protocol: string | undefined };

/** The protocols allowed for `kind`, for messages: "`http:`, `https:`, `mailto:`…". */
export function allowedProtocols(kind: UrlKind = 'href'): string[] {
  return [...allowed[kind]];
}

/** Whether `value`, used as `kind` (default a link), is relative or uses an allowed protocol. */
export function checkUrl(value: string, kind: UrlKind = 'href'): UrlVerdict {
  const cleaned = browserClean(value);
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    // A browser cannot follow it either; refuse rather than guess what a later parser makes of it.
    return { safe: false, protocol: undefined };
  }
  return allowed[kind].has(url.protocol) ? { safe: true } : { safe: false, protocol: url.protocol };
}

/** True when `value` is a safe URL for `kind`. */
export function isSafeUrl(value: string, kind: UrlKind = 'href'): boolean {
  return checkUrl(value, kind).safe;
}

/**
 * The URL as the WHATWG parser sees it before parsing: no leading or trailing C0 control or
 * space, no tab, LF or CR anywhere. (`new URL` does this too; doing it here keeps the rule
 * independent of that detail and lets messages quote what the browser reads.)
 */
export function browserClean(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}
