/**
 * The text of new content files. Frontmatter is complete and valid so the file builds at once;
 * the sections only the author can write are left empty with an MDX comment saying what goes
 * there, so `handbook lint` points at exactly those (e.g. `brief-why`, `brief-success-criteria`).
 */
import { stringify } from 'yaml';
import type { VisionQuestion } from '../config/schema.ts';

export interface BriefFields {
  title: string;
  owner: string;
  quarter: string;
  status: string;
  pillar: string;
  kind: string;
  reviewed: string;
}

export interface PillarFields {
  title: string;
  owner: string;
  status: string;
}

export interface VisionFields {
  respondent: string;
  role: string;
  date: string;
}

export interface GapFields {
  title: string;
  question: string;
  owner: string;
  opened: string;
}

/** A frontmatter line; values go through the YAML serializer so titles with `:` or `#` stay strings. */
export function field(key: string, value: string, comment?: string): string {
  const scalar = stringify(value, { lineWidth: 0 }).trimEnd();
  return `${key}: ${scalar}${comment === undefined ? '' : `  # ${comment}`}`;
}

/** A frontmatter block of ready-made lines. */
export function frontmatter(lines: readonly string[]): string {
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A heading with an MDX comment saying what to write under it. */
export function section(heading: string, guidance: string): string {
  const safeHeading = heading.replace(/[{}<]/g, (c) => `\\${c}`);
  const safeGuidance = guidance.replace(/\*\//g, '* /');
  return `## ${safeHeading}\n\n{/* ${safeGuidance} */}\n`;
}

const TODO_IMPACT =
  'TODO: what leaving this debt alone costs the business (incidents, hours, money).';
const TODO_REASON = 'TODO: why this initiative was stopped, and what replaces it.';

/** An initiative brief. */
export function briefTemplate(fields: BriefFields): string {
  const lines = [
    field('title', fields.title),
    field('owner', fields.owner),
    field('quarter', fields.quarter),
    field('status', fields.status),
    field('pillar', fields.pillar),
    field('kind', fields.kind),
  ];
  if (fields.kind === 'tech-debt') {
    lines.push(
      field(
        'risk',
        'medium',
        'edit: low | medium | high, how likely and how bad the failure it prevents',
      ),
    );
    lines.push(
      field('impact', TODO_IMPACT, 'edit: replace with the cost of leaving this debt alone'),
    );
  }
  if (fields.status === 'deprioritized')
    lines.push(field('reason', TODO_REASON, 'edit: replace with the reason'));
  lines.push(field('reviewed', fields.reviewed));

  const sections = [
    section(
      'Why',
      'Why this, and why now: the customer or business problem in a few sentences of prose, with evidence (a number, a quote, an incident). Say how it moves the pillar. Not "TBD".',
    ),
  ];
  if (fields.kind === 'experiment') {
    sections.push(
      section('Hypothesis', 'If we do X for Y, then Z changes by N. One falsifiable sentence.'),
      section(
        'Exit criteria',
        'A list: when we stop, scale up or roll back, e.g. "- Stop if fewer than 8% of invited users try it within 4 weeks."',
      ),
    );
  }
  sections.push(
    section(
      'Success criteria',
      'A list. Each item names a measure and a target: a number, a percentage, an amount or a date, e.g. "- p95 checkout latency from 1.8 s to under 900 ms by 2026-09-30."',
    ),
  );
  if (fields.kind === 'tech-debt') {
    sections.push(
      section(
        'Scope',
        'Optional: what changes and what stays. Also edit `risk` and `impact` in the frontmatter.',
      ),
    );
  }
  return `${frontmatter(lines)}\n${sections.join('\n')}`;
}

/** A strategic pillar. */
export function pillarTemplate(fields: PillarFields): string {
  const lines = [
    field('title', fields.title),
    field('owner', fields.owner),
    field('summary', 'TODO: one sentence on what this pillar is about.', 'edit'),
    field('drives', 'TODO: how this pillar moves the North Star.', 'edit'),
    'indicators:  # edit: leading indicators that move before the North Star does',
    `  - { name: ${stringify('TODO: what is measured', { lineWidth: 0 }).trimEnd()}, target: "TODO" }`,
    field('status', fields.status),
  ];
  const body = [
    '{/* The pillar page shows this text above its initiatives. In a few paragraphs: the problem, for whom, why it moves the North Star, and what we deliberately do not do. */}\n',
  ];
  return `${frontmatter(lines)}\n${body.join('\n')}`;
}

/** A leader's vision answers: one heading per configured question. */
export function visionTemplate(fields: VisionFields, questions: readonly VisionQuestion[]): string {
  const lines = [
    field('respondent', fields.respondent),
    field('role', fields.role),
    field('date', fields.date),
  ];
  const sections = questions.map((question) =>
    section(
      question.text,
      `Your answer to “${question.text}” in your own words: a few sentences, concrete and specific.`,
    ),
  );
  return `${frontmatter(lines)}\n${sections.join('\n')}`;
}

/** An alignment gap between leaders' answers. */
export function gapTemplate(fields: GapFields): string {
  const lines = [
    field('title', fields.title),
    field('question', fields.question),
    field('owner', fields.owner),
    field('status', 'open'),
    field('opened', fields.opened),
  ];
  const sections = [
    section('What differs', 'Whose answers differ and how, quoting them briefly.'),
    section('How we close it', 'The decision needed, who makes it, and by when.'),
  ];
  return `${frontmatter(lines)}\n${sections.join('\n')}`;
}
