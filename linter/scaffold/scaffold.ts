/**
 * Turns complete answers into a new content file: picks its path and id, checks that the id is
 * free, renders the template and writes it atomically. Every expected failure is a
 * `UsageError` (one line, exit code 2) and leaves the handbook untouched.
 */
import { join, relative, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { contentModel, routeOf } from '../core/collections.ts';
import type { CollectionName } from '../core/collections.ts';
import { UsageError } from '../errors.ts';
import { isoDay } from '../core/dates.ts';
import type { ContentType } from './fields.ts';
import type { HandbookIndex } from './handbook.ts';
import { activePillars } from './handbook.ts';
import { deriveId, isValidId, MAX_ID_LENGTH } from './ids.ts';
import { briefTemplate, gapTemplate, pillarTemplate, visionTemplate } from './templates.ts';
import { FileExistsError, writeFileAtomic } from './write.ts';

/** The collection each content type is written to. */
const collectionOfType: Record<ContentType, CollectionName> = {
  brief: 'initiatives',
  pillar: 'pillars',
  vision: 'vision',
  gap: 'gaps',
};

/** Complete, normalised answers (flags, prompts and defaults merged). */
export interface Answers {
  title?: string | undefined;
  owner?: string | undefined;
  quarter?: string | undefined;
  pillar?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  respondent?: string | undefined;
  role?: string | undefined;
  question?: string | undefined;
  id?: string | undefined;
  dir?: string | undefined;
}

export interface ScaffoldRequest {
  type: ContentType;
  answers: Answers;
  root: string;
  config: ResolvedConfig;
  index: HandbookIndex;
  now: Date;
  force?: boolean | undefined;
}

export interface Scaffolded {
  id: string;
  /** Root-relative POSIX path of the new file. */
  path: string;
  /** Where the page is served, e.g. `/initiatives/<id>/`. */
  route: string;
  text: string;
}

/** The id the file will get: `--id`, or derived from the title (the respondent for vision answers). */
export function idFor(type: ContentType, answers: Answers): string {
  if (answers.id !== undefined) {
    if (!isValidId(answers.id))
      throw new UsageError(
        `\`--id ${answers.id}\` is not an id, expected lowercase kebab-case such as \`cut-checkout-latency\``,
      );
    return answers.id;
  }
  const source = (type === 'vision' ? answers.respondent : answers.title) ?? '';
  const id = deriveId(source, MAX_ID_LENGTH);
  if (id === '') throw new UsageError(`cannot derive an id from \`${source}\`; pass one with --id`);
  return id;
}

/** Folder of the new brief under `content/initiatives/`: `--dir`, else the quarter's folder when the handbook files briefs by quarter. */
export function briefFolder(answers: Answers, index: HandbookIndex): string {
  if (answers.dir !== undefined) {
    const dir = answers.dir
      .replace(/\\/g, '/')
      .replace(/^\.\/|\/+$/g, '')
      .replace(/^content\/initiatives\/?/, '');
    const segments = dir === '' ? [] : dir.split('/');
    if (segments.some((segment) => !isValidId(segment))) {
      throw new UsageError(
        `\`--dir ${answers.dir}\` is not a folder name, expected kebab-case segments such as \`2026-q4\``,
      );
    }
    return segments.join('/');
  }
  const byQuarter = index.initiativeFolders.some((name) => /^\d{4}-q[1-4]$/.test(name));
  return byQuarter && answers.quarter !== undefined ? answers.quarter.toLowerCase() : '';
}

/** Renders the file for `request` without writing it. */
export function planScaffold(request: ScaffoldRequest): Scaffolded {
  const { type, answers, index, config, now } = request;
  const id = idFor(type, answers);
  const today = isoDay(now);
  let contentPath: string;
  let text: string;
  switch (type) {
    case 'brief': {
      const pillar = answers.pillar ?? '';
      const known = index.pillars.find((p) => p.id === pillar);
      if (known === undefined || known.status !== 'active') {
        const active = activePillars(index).map((p) => `\`${p.id}\``);
        const problem =
          known === undefined
            ? `no pillar \`${pillar}\``
            : `pillar \`${pillar}\` is ${known.status}`;
        throw new UsageError(
          `${problem}; expected an active pillar: ${active.length > 0 ? active.join(', ') : 'none found in content/pillars/'}`,
        );
      }
      const folder = briefFolder(answers, index);
      contentPath = `${contentModel.initiatives.folder}/${folder === '' ? '' : `${folder}/`}${id}.mdx`;
      text = briefTemplate({
        title: answers.title ?? '',
        owner: answers.owner ?? '',
        quarter: answers.quarter ?? '',
        status: answers.status ?? 'proposed',
        pillar,
        kind: answers.kind ?? 'feature',
        reviewed: today,
      });
      break;
    }
    case 'pillar':
      contentPath = `${contentModel.pillars.folder}/${id}.mdx`;
      text = pillarTemplate({
        title: answers.title ?? '',
        owner: answers.owner ?? '',
        status: answers.status ?? 'active',
      });
      break;
    case 'vision':
      contentPath = `${contentModel.vision.folder}/${id}.mdx`;
      text = visionTemplate(
        { respondent: answers.respondent ?? '', role: answers.role ?? '', date: today },
        config.vision.questions,
      );
      break;
    case 'gap': {
      const question = answers.question ?? '';
      const ids = config.vision.questions.map((q) => q.id);
      if (!ids.includes(question)) {
        throw new UsageError(
          `unknown question \`${question}\`, expected one of ${ids.map((q) => `\`${q}\``).join(', ')}`,
        );
      }
      contentPath = `${contentModel.gaps.folder}/${id}.mdx`;
      text = gapTemplate({
        title: answers.title ?? '',
        question,
        owner: answers.owner ?? '',
        opened: today,
      });
      break;
    }
  }
  const path = `content/${contentPath}`;
  const taken = index.ids.get(id);
  if (taken !== undefined && taken !== path) {
    throw new UsageError(
      `id \`${id}\` is already used by ${taken}; ids are unique across the handbook, pass another with --id`,
    );
  }
  const collection = collectionOfType[type];
  return { id, path, route: routeOf(collection, contentPath, id) ?? '/', text };
}

/** Plans and writes the file; refuses to replace an existing one unless `force`. */
export async function scaffold(request: ScaffoldRequest): Promise<Scaffolded> {
  const planned = planScaffold(request);
  const absolute = join(request.root, ...planned.path.split('/'));
  try {
    await writeFileAtomic(absolute, planned.text, { force: request.force });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new UsageError(
        `${planned.path} already exists; nothing was written (pass --force to overwrite it, or --id for another name)`,
      );
    }
    throw error;
  }
  return planned;
}

/** A path relative to `cwd` for messages, POSIX separators. */
export function displayPath(root: string, path: string, cwd: string): string {
  const shown = relative(cwd, join(root, ...path.split('/')));
  return shown.split(sep).join('/');
}
