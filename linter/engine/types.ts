/**
 * The linter's shared vocabulary: rules, reports, parsed files and the facts that
 * cross-file rules read. Plain types, no runtime code, no Astro.
 */
import type { Root } from 'mdast';
import type { z } from 'zod';
import type { CollectionName } from '../schema/index.ts';
import type { ResolvedConfig } from '../config/types.ts';

/**
 * Every rule id of the spec, alphabetically: the one list of rule ids. `rules/index.ts` maps each
 * to its module, and the compiler refuses a missing, extra or mismatched rule there; the config
 * schema, suppressions, the cache and the rule pages take their ids from here.
 */
export const ruleIds = [
  'brief-depends-on',
  'brief-experiment',
  'brief-pillar',
  'brief-success-criteria',
  'brief-why',
  'frontmatter-schema',
  'frontmatter-yaml',
  'link-resolves',
  'mdx-parse',
  'mdx-safe',
  'pillar-count',
  'pillar-orphan',
  'stale-review',
  'unique-id',
  'unused-suppression',
  'vision-complete',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** Severity of a reported message. */
export type Severity = 'error' | 'warning';
/** Severity as configured per rule. */
export type SeveritySetting = 'off' | 'warn' | 'error';

/** 1-based line and column, as vfile and every editor count them. */
export interface Point {
  line: number;
  column: number;
}
/** A range in a file; `end` is exclusive, like unist positions. */
export interface Place {
  start: Point;
  end?: Point;
}

/** A related location: "pillar `growth` is defined here". */
export interface Related {
  /** Path relative to the handbook root, POSIX separators. */
  file: string;
  place: Place;
  message: string;
}

/** What a rule passes when it reports. */
export interface ReportOptions<MessageId extends string = string> {
  /** Stable id of the message within its rule (one of its `messages`); tests assert these, not prose. */
  messageId: MessageId;
  /** Where; defaults to the start of the file. */
  place?: Place | undefined;
  /** The longer fix, shown under the message. */
  hint?: string | undefined;
  /** Expected values, e.g. the allowed enum members. */
  expected?: readonly string[] | undefined;
  /** Related places (SARIF relatedLocations). */
  related?: readonly Related[] | undefined;
  /**
   * A lower severity for this message only (an item-level warning in an error rule). It can
   * lower the rule's configured severity, never raise it.
   */
  severity?: Severity | undefined;
}

/** One diagnostic, as every formatter receives it. */
export interface LintMessage {
  ruleId: RuleId;
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  hint?: string | undefined;
  expected?: readonly string[] | undefined;
  related?: readonly Related[] | undefined;
  /** Docs url of the rule. */
  url: string;
  source: 'handbook';
}

/** The report for one file. */
export interface FileResult {
  /** Path relative to the handbook root, POSIX separators, e.g. `content/initiatives/x.mdx`. */
  file: string;
  messages: LintMessage[];
}

/** The frontmatter block of a file, with positions. */
export interface Frontmatter {
  /** The YAML source between the fences. */
  yaml: string;
  /** The parsed value; undefined when the YAML does not parse. */
  value: unknown;
  /** Whether the YAML parsed without errors. */
  ok: boolean;
  /** The whole `---` block, fences included. */
  block: Place;
  /**
   * Where a value lives, by its path (as zod reports issue paths). Falls back to the
   * closest existing ancestor, and to the block itself when nothing matches.
   */
  locate(path: readonly PropertyKey[], part?: 'key' | 'value'): Place;
}

/** A parsed content file: what per-file rules see. */
export interface ContentFile {
  /** Path relative to the handbook root, POSIX separators. */
  path: string;
  /** Path relative to `content/`, which decides the collection. */
  contentPath: string;
  collection: CollectionName | undefined;
  /** File name without extension. */
  id: string;
  source: string;
  /** Offset in `source` where the body starts (after the frontmatter's closing fence; 0 without one). */
  bodyOffset: number;
  /** Undefined when the file has no frontmatter block. */
  frontmatter: Frontmatter | undefined;
  /** The schema's output when the frontmatter is valid, else undefined. */
  data: Record<string, unknown> | undefined;
  /** The mdast (with MDX nodes); undefined when the body does not parse. */
  tree: Root | undefined;
  /** What went wrong before any rule ran; the parse rules report these. */
  problems: ParseProblems;
}

/** Problems found while reading and parsing a file. */
export interface ParseProblems {
  /** The file is not text (binary or not UTF-8), or could not be read. */
  unreadable?: { message: string; place: Place } | undefined;
  /** No frontmatter block at the top of the file. */
  noFrontmatter: boolean;
  /** YAML syntax errors in the frontmatter. */
  yaml: { message: string; code: string; place: Place }[];
  /** The body does not parse as MDX. */
  mdx?: { message: string; place: Place } | undefined;
  /** Issues from the collection's zod schema. */
  schema: readonly z.core.$ZodIssue[];
}

/** An id reference made by one file, with where it was made. */
export interface Reference {
  id: string;
  place: Place;
}

/**
 * What one file defines and references: the input of cross-file rules. Small and JSON-safe,
 * so it can cross worker threads and live in the cache.
 */
export interface FileFacts {
  path: string;
  collection: CollectionName | undefined;
  id: string;
  /** The frontmatter block, to report file-level problems. */
  block: Place;
  /** Pillars: status and title (undefined when invalid). */
  pillar?: { status: string; title: string } | undefined;
  /** Briefs: status, pillar reference and dependencies. */
  brief?:
    | {
        status: string | undefined;
        pillar: Reference | undefined;
        dependsOn: Reference[];
      }
    | undefined;
  /**
   * The frontmatter as written, when it is valid for its collection (not for docs): the input of
   * `handbook diff`, which validates it with the collection's schema again when it reads it.
   */
  entry?: Record<string, unknown> | undefined;
  /** Internal links in the body: url as written. */
  links: Reference[];
  /** Heading slugs in the body, for `#fragment` links. */
  anchors: string[];
  /** Suppression comments: the line they apply to, and the rules they name. */
  suppressions: Suppression[];
}

export interface Suppression {
  /** The line the comment suppresses (the next non-blank line). */
  targetLine: number;
  rules: RuleId[];
  place: Place;
}

/** Reports a message on the file being checked. */
export type Report<MessageId extends string = string> = (
  message: string,
  options: ReportOptions<MessageId>,
) => void;
/** Reports a message on any file of the handbook (cross-file rules). */
export type ReportOn<MessageId extends string = string> = (
  file: string,
  message: string,
  options: ReportOptions<MessageId>,
) => void;

/** What cross-file rules see: the facts of every file of the handbook. */
export interface Handbook {
  files: readonly FileFacts[];
}

/**
 * A lint rule: per-file, cross-file or both. One per file under `linter/rules/`, declared with
 * `defineRule`, so `report` accepts only the message ids its `messages` table declares.
 */
export interface Rule<Id extends RuleId = RuleId, MessageId extends string = string> {
  id: Id;
  /** One line: what it checks. */
  description: string;
  /** Its docs in the product's own documentation; reports link `ruleUrl(id, config)` (the configured site). */
  url: string;
  defaultSeverity: Severity;
  /** Message ids this rule reports, with a one-line description of each: the only list of its ids. */
  messages: Readonly<Record<MessageId, string>>;
  /** Checks one parsed file. */
  checkFile?(file: ContentFile, report: Report<MessageId>, config: ResolvedConfig): void;
  /** Checks the whole handbook once, from the facts of every file. */
  checkHandbook?(handbook: Handbook, report: ReportOn<MessageId>, config: ResolvedConfig): void;
}

/** The message ids a rule declares. */
export type MessageIdOf<R> = R extends Rule<RuleId, infer MessageId> ? MessageId : never;
