/**
 * `handbook new brief|pillar|vision|gap`: scaffolds a content file that passes every check
 * except the sections only its author can write. Missing fields are asked for in a terminal;
 * elsewhere (CI, scripts) they must be flags, and a missing one is a one-line usage error.
 */
import { loadConfig } from '../config/load.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { UsageError } from '../errors.ts';
import { initiativeKinds } from '../schema/index.ts';
import { nextQuarter } from '../core/dates.ts';
import {
  checkField,
  contentTypes,
  defaultedFields,
  normaliseField,
  requiredFields,
} from '../scaffold/fields.ts';
import type { ContentType, FieldName } from '../scaffold/fields.ts';
import { activePillars, indexHandbook } from '../scaffold/handbook.ts';
import type { HandbookIndex } from '../scaffold/handbook.ts';
import { createClackPrompter } from '../scaffold/prompts.ts';
import type { Prompter } from '../scaffold/prompts.ts';
import { displayPath, scaffold } from '../scaffold/scaffold.ts';
import type { Answers } from '../scaffold/scaffold.ts';
import { parseCommandArgs } from './args.ts';
import { resolveHandbookRoot } from './handbook-root.ts';
import type { Command } from './io.ts';

export const NEW_HELP = `Usage: handbook new <brief|pillar|vision|gap> [options]
       npm run new -- brief --title "Cut checkout latency in half"

Writes a new content file with complete frontmatter and the sections to fill in, each with a
comment saying what to write. In a terminal, missing fields are asked for; otherwise pass them.

Options:
  --title TEXT        Title (brief, pillar, gap); the id is derived from it
  --owner HANDLE      Accountable person or team, e.g. @dana (brief, pillar, gap)
  --quarter YYYY-Qn   Planned quarter (brief). Default: next quarter
  --pillar ID         An active pillar (brief)
  --kind KIND         feature, tech-debt, experiment or enablement (brief)
  --status STATUS     Brief: proposed (default), active, done, exploratory, deprioritized;
                      pillar: active (default) or retired
  --respondent NAME   Who answers (vision); the id is derived from it
  --role ROLE         Their role, e.g. CEO (vision)
  --question ID       The vision question a gap is about (gap)
  --id ID             File name without .mdx. Default: derived, lowercase kebab-case
  --dir DIR           Brief subfolder under content/initiatives/. Default: the quarter's
                      folder (e.g. 2026-q4) when briefs are filed by quarter
  --root DIR          The handbook. Default: the nearest folder upward with content/
  --force             Overwrite an existing file
  -h, --help          Show this help

Required without a terminal: brief --title --owner --pillar --kind; pillar --title --owner;
vision --respondent --role; gap --title --question --owner.
`;

const HELP_HINT = 'Run `handbook new --help` for usage.';

const newOptions = {
  title: { type: 'string' },
  owner: { type: 'string' },
  quarter: { type: 'string' },
  pillar: { type: 'string' },
  kind: { type: 'string' },
  status: { type: 'string' },
  respondent: { type: 'string' },
  role: { type: 'string' },
  question: { type: 'string' },
  id: { type: 'string' },
  dir: { type: 'string' },
  root: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface NewCommandOptions {
  /** The prompter used in a terminal; default @clack/prompts. */
  prompter?: (() => Promise<Prompter>) | undefined;
}

/** The `new` command; prompts are replaceable for tests. */
export function createNewCommand(options: NewCommandOptions = {}): Command {
  return {
    summary: 'Scaffold a brief, pillar, vision answer or gap',
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, newOptions, HELP_HINT);
      if (values.help) {
        io.stdout(NEW_HELP);
        return 0;
      }
      const type = contentTypeOf(positionals);
      const root = resolveHandbookRoot(io.cwd, values.root, HELP_HINT);
      const now = io.now ?? new Date();
      const [config, index] = await Promise.all([loadConfig(root, { now }), indexHandbook(root)]);
      const answers: Answers = { id: values.id, dir: values.dir };
      for (const name of Object.keys(newOptions) as (keyof typeof newOptions)[]) {
        const value = values[name];
        if (typeof value === 'string' && isFieldName(name)) {
          const normalised = normaliseField(name, value);
          const problem = checkField(name, normalised, type);
          if (problem !== undefined) throw new UsageError(problem, { hint: HELP_HINT });
          answers[name] = normalised;
        }
      }

      const missing = requiredFields[type].filter(
        (name) => answers[name] === undefined && !defaultedFields.has(name),
      );
      const interactive =
        io.interactive === true &&
        (missing.length > 0 || (type === 'brief' && answers.quarter === undefined));
      if (missing.length > 0 && !interactive) {
        throw new UsageError(
          `missing ${missing.map((name) => `--${name}`).join(', ')} for \`handbook new ${type}\``,
          { hint: HELP_HINT },
        );
      }
      let prompter: Prompter | undefined;
      if (interactive) {
        prompter = await (options.prompter ?? createClackPrompter)();
        prompter.intro(`New ${type}`);
        const complete = await ask(prompter, type, answers, { config, index, now });
        if (!complete) {
          io.stderr('handbook: cancelled; nothing was written\n');
          return 2;
        }
      }
      if (type === 'brief') answers.quarter ??= nextQuarter(now);

      const created = await scaffold({
        type,
        answers,
        root,
        config,
        index,
        now,
        force: values.force,
      });
      const shown = displayPath(root, created.path, io.cwd);
      const next = nextStep(type, created.route);
      if (prompter) prompter.outro(`Created ${shown}`);
      else io.stdout(`Created ${shown}\n`);
      io.stdout(`Next: ${next}\n`);
      return 0;
    },
  };
}

function contentTypeOf(positionals: readonly string[]): ContentType {
  const [type, extra] = positionals;
  const list = contentTypes.join(', ');
  if (type === undefined)
    throw new UsageError(`missing what to create, expected one of ${list}`, { hint: HELP_HINT });
  if (!(contentTypes as readonly string[]).includes(type)) {
    throw new UsageError(`unknown type \`${type}\`, expected one of ${list}`, { hint: HELP_HINT });
  }
  if (extra !== undefined)
    throw new UsageError(
      `unexpected argument \`${extra}\`; quote a title with spaces: --title "…"`,
      { hint: HELP_HINT },
    );
  return type as ContentType;
}

function isFieldName(name: string): name is FieldName {
  return [
    'title',
    'owner',
    'quarter',
    'pillar',
    'kind',
    'status',
    'respondent',
    'role',
    'question',
  ].includes(name);
}

function nextStep(type: ContentType, route: string): string {
  const url = `http://localhost:4321${route}`;
  const fill: Record<ContentType, string> = {
    brief: 'fill in `## Why` and `## Success criteria` (each comment says what to write)',
    pillar: 'replace the TODO values in the frontmatter and write the narrative',
    vision: 'answer each question under its heading',
    gap: 'describe what differs and how it closes',
  };
  return `${fill[type]}, then run \`npm run lint\`; preview with \`npm run dev\` at ${url}`;
}

interface AskContext {
  config: ResolvedConfig;
  index: HandbookIndex;
  now: Date;
}

/** Asks for every missing field of `type`; false when the author cancels. */
async function ask(
  prompter: Prompter,
  type: ContentType,
  answers: Answers,
  context: AskContext,
): Promise<boolean> {
  for (const name of requiredFields[type]) {
    if (answers[name] !== undefined) continue;
    const answer = await askField(prompter, name, type, context);
    if (answer === undefined) return false;
    answers[name] = answer;
  }
  return true;
}

async function askField(
  prompter: Prompter,
  name: FieldName,
  type: ContentType,
  context: AskContext,
): Promise<string | undefined> {
  const validate = (value: string) => checkField(name, normaliseField(name, value), type);
  const text = async (
    message: string,
    extra: { placeholder?: string; initialValue?: string } = {},
  ) => {
    const value = await prompter.text({ message, validate, ...extra });
    return value === undefined ? undefined : normaliseField(name, value);
  };
  switch (name) {
    case 'title':
      return text(
        type === 'gap'
          ? 'What do leaders disagree on? (a few words)'
          : 'Title (an outcome, e.g. "Cut checkout latency in half")',
      );
    case 'owner':
      return text('Owner (a person or team handle)', { placeholder: '@dana' });
    case 'quarter':
      return text('Quarter', { initialValue: nextQuarter(context.now) });
    case 'respondent':
      return text('Respondent (full name)', { placeholder: 'Alex Kim' });
    case 'role':
      return text('Role', { placeholder: 'CEO' });
    case 'pillar': {
      const pillars = activePillars(context.index);
      if (pillars.length === 0)
        throw new UsageError(
          'no active pillar in content/pillars/; create one first with `handbook new pillar`',
        );
      return prompter.select({
        message: 'Pillar (the active pillar this initiative ladders up to)',
        options: pillars.map((pillar) => ({
          value: pillar.id,
          label: pillar.title,
          hint: pillar.id,
        })),
      });
    }
    case 'kind':
      return prompter.select({
        message: 'Kind',
        initialValue: 'feature',
        options: initiativeKinds.map((kind) => ({
          value: kind,
          label: kind,
          hint: kindHints[kind],
        })),
      });
    case 'question':
      return prompter.select({
        message: 'Which vision question?',
        options: context.config.vision.questions.map((q) => ({
          value: q.id,
          label: q.text,
          hint: q.id,
        })),
      });
    case 'status':
      return undefined;
  }
}

const kindHints: Record<(typeof initiativeKinds)[number], string> = {
  feature: 'new capability for customers',
  'tech-debt': 'adds risk and impact fields',
  experiment: 'adds Hypothesis and Exit criteria',
  enablement: 'helps other teams move faster',
};
