/**
 * An Atom 1.0 feed (RFC 4287) as text: feed and entries each with id, title, updated and a link.
 * Every value is escaped for XML (content text is untrusted), and characters XML 1.0 forbids are
 * dropped. Without a site URL, ids are tag-free URNs and links stay relative to the feed.
 */

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  /** Link to the page the entry is about. */
  href: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** The HTML page with the same entries (rel="alternate"). */
  alternate: string;
  /** Used when there are no entries. */
  updated: Date;
  entries: readonly AtomEntry[];
}

/** Text safe in XML character data and in double-quoted attributes. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The feed document. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), feed.entries[0]?.updated ?? feed.updated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    '  <author><name>Strategy Handbook</name></author>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlEscape(entry.id)}</id>`,
      `    <title>${xmlEscape(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(entry.href)}"/>`,
      `    <summary type="text">${xmlEscape(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
