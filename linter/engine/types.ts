/**
 * The linter's shared vocabulary: rules, reports, parsed files and the facts that
 * cross-file rules read. Plain types, no runtime code, no Astro.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { CollectionName } from '../schema/index.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { DependencyFacts } from '../rules/brief-depends-on.ts';
import type { LinkFacts } from '../rules/link-resolves.ts';

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
 * What every file records for the cross-file checks, whichever rules run: its identity, its
 * frontmatter block, what it is (a pillar's status and title, a brief's status and pillar, which
 * several rules, the language server and `handbook diff` read) and its suppressions
 * (`engine/facts.ts`). What only one rule needs, that rule records itself (`Rule.record`).
 */
export interface SharedFacts {
  path: string;
  collection: CollectionName | undefined;
  id: string;
  /** The frontmatter block, to report file-level problems. */
  block: Place;
  /** Pillars: status and title (undefined when invalid). */
  pillar?: { status: string; title: string } | undefined;
  /** Briefs: status and pillar reference. */
  brief?: { status: string | undefined; pillar: Reference | undefined } | undefined;
  /**
   * The frontmatter as written, when it is valid for its collection (not for docs): the input of
   * `handbook diff`, which validates it with the collection's schema again when it reads it.
   */
  entry?: Record<string, unknown> | undefined;
  /** Suppression comments: the line they apply to, and the rules they name. */
  suppressions: Suppression[];
}

/**
 * What one file defines and references: the shared facts plus what each cross-file rule records
 * (declared in the rule's own module). Small and JSON-safe, so it can cross worker threads and
 * live in the cache.
 */
export type FileFacts = SharedFacts & DependencyFacts & LinkFacts;

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
 * What a rule declares (`defineRule`): per-file checks, cross-file checks or both. One per file
 * under `linter/rules/`, so `report` accepts only the message ids its `messages` table declares.
 */
export interface RuleSpec<Id extends RuleId = RuleId, MessageId extends string = string> {
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
  /**
   * Records on the file's facts what this rule's `checkHandbook` needs beyond the shared facts
   * (phase one); JSON values only. Runs whatever the rule's severity, so the facts of a file
   * do not depend on the config.
   */
  record?(file: ContentFile, facts: FileFacts): void;
  /** Checks the whole handbook once, from the facts of every file. */
  checkHandbook?(handbook: Handbook, report: ReportOn<MessageId>, config: ResolvedConfig): void;
}

/**
 * How a rule is configured as a unified plugin, as with `unified-lint-rule`: a severity, or a
 * tuple of severity and options (the rules take no options yet). Without a severity the handbook
 * config's (or the rule's default) applies.
 */
export type SeverityLevel = 'off' | 'warn' | 'on' | 'error' | 0 | 1 | 2 | boolean;
export type RuleSetting = SeverityLevel | readonly [SeverityLevel, unknown?] | undefined;

/** The part of a unified-engine `FileSet` a rule uses to add its completer. */
export interface FileSetLike {
  use(completer: ((set: FileSetLike) => void | Promise<void>) & { pluginId?: string }): unknown;
  valueOf(): VFile[];
}

/**
 * A lint rule: a unified attacher (`unified().use(briefWhy)` or `.use(briefWhy, 'warn')`) that
 * reports `VFileMessage`s, carrying its declaration as properties (`defineRule`).
 */
export interface Rule<
  Id extends RuleId = RuleId,
  MessageId extends string = string,
> extends RuleSpec<Id, MessageId> {
  (
    this: unknown,
    setting?: RuleSetting,
    fileSet?: FileSetLike,
  ): ((tree: Root, file: VFile) => void) | undefined;
}

/** The message ids a rule declares. */
export type MessageIdOf<R> = R extends RuleSpec<RuleId, infer MessageId> ? MessageId : never;
