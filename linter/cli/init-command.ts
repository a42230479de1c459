/**
 * `handbook init [DIR]`: starts a handbook in a folder (default: the current one) with the
 * organization's North Star and pillars, a starter brief per pillar, the strategy docs and brief
 * templates, the CI workflows and pull-request template, and the two-line `astro.config.mjs`
 * that takes the site from the installed package. The result lints clean and builds. Answers
 * come from flags, a terminal prompt, or `--yes` defaults. It never touches a non-empty
 * `content/` and never overwrites a file; an existing `package.json` only gains missing scripts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { packageRoot } from '../package/package-root.ts';
import {
  astroConfigText,
  githubFiles,
  gitignoreText,
  mergeScripts,
  newPackageJson,
  packageNameOf,
} from '../package/project-files.ts';
import { checkField, normaliseField } from '../scaffold/fields.ts';
import { createClackPrompter } from '../scaffold/prompts.ts';
import type { Prompter } from '../scaffold/prompts.ts';
import { pillarIds, skeletonDefaults, skeletonFiles } from '../scaffold/skeleton.ts';
import type { SkeletonAnswers, SkeletonFile } from '../scaffold/skeleton.ts';
import { FileExistsError, writeFileAtomic } from '../scaffold/write.ts';
import { parseCommandArgs } from './args.ts';
import { shownPath } from './handbook-root.ts';
import type { Command } from './io.ts';
import { toolName, toolVersion } from './version.ts';

export const INIT_HELP = `Usage: handbook init [DIR] [options]
       npx handbook init --north-star "Weekly active teams" --pillar "Reliability" --pillar "Self-serve growth"

Starts a handbook in DIR (default: the current folder): the North Star, 2 to 4 pillars with a
starter brief each, the strategy docs and brief templates, the CI workflows, the pull-request
template, astro.config.mjs, and the npm scripts (dev, build, preview, lint, new). In a terminal,
missing answers are asked for. Refuses a non-empty content/ folder; never overwrites a file.

Options:
  --north-star TEXT   The North Star's short name, e.g. "Weekly active teams"
  --metric TEXT       Its definition: what exactly is counted
  --owner HANDLE      Who is accountable for the North Star and the pillars. Default: @leadership
  --pillar TEXT       A pillar's title; repeat for each (2 to 4)
  -y, --yes           Take the defaults for every answer not given, without asking
  -h, --help          Show this help

Without a terminal, pass --north-star, --metric and two --pillar flags, or --yes.
`;

const HELP_HINT = 'Run `handbook init --help` for usage.';

const initOptions = {
  'north-star': { type: 'string' },
  metric: { type: 'string' },
  owner: { type: 'string' },
  pillar: { type: 'string', multiple: true },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface InitCommandOptions {
  /** The prompter used in a terminal; default @clack/prompts. */
  prompter?: (() => Promise<Prompter>) | undefined;
}

/** Answers so far: flags, then prompts or defaults. */
interface Partial {
  northStar?: string | undefined;
  metric?: string | undefined;
  owner?: string | undefined;
  pillars: string[];
}

/** The `init` command; prompts are replaceable for tests. */
export function createInitCommand(options: InitCommandOptions = {}): Command {
  return {
    summary: 'Start a new handbook in an empty folder',
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, initOptions, HELP_HINT);
      if (values.help) {
        io.stdout(INIT_HELP);
        return 0;
      }
      if (positionals.length > 1)
        throw new UsageError(`unexpected argument \`${positionals[1]}\`, expected one folder`, {
          hint: HELP_HINT,
        });
      const dir = resolve(io.cwd, positionals[0] ?? '.');
      refuseExistingContent(io.cwd, dir);

      const partial = fromFlags(values);
      const missing = missingAnswers(partial);
      let prompter: Prompter | undefined;
      if (values.yes === true) fillDefaults(partial);
      else if (missing.length > 0) {
        if (io.interactive !== true) {
          throw new UsageError(
            `missing ${missing.join(', ')} for \`handbook init\`; pass them, or --yes for the defaults`,
            { hint: HELP_HINT },
          );
        }
        prompter = await (options.prompter ?? createClackPrompter)();
        prompter.intro('New strategy handbook');
        if (!(await ask(prompter, partial))) {
          io.stderr('handbook: cancelled; nothing was written\n');
          return 2;
        }
      }
      const answers = complete(partial);
      const now = io.now ?? new Date();
      const report = await writeHandbook(dir, answers, now);
      const where = shownPath(io.cwd, dir);
      const lines = [
        ...report.created.map((path) => `Created ${join(where, path).split('\\').join('/')}`),
        ...report.kept.map((path) => `Kept ${path} (already there)`),
        ...report.notes,
      ];
      io.stdout(`${lines.join('\n')}\n`);
      const next = `${where === '.' ? '' : `cd ${where} && `}npm install && npm run lint && npm run dev`;
      if (prompter) prompter.outro(`Handbook ready. Next: ${next}`);
      else io.stdout(`Next: ${next}, then edit the values marked \`edit\` in content/.\n`);
      return 0;
    },
  };
}

/** A `content/` folder with anything in it belongs to a handbook: init never touches it. */
function refuseExistingContent(cwd: string, dir: string): void {
  const content = join(dir, 'content');
  if (!existsSync(content)) return;
  const shown = shownPath(cwd, content);
  if (!statSync(content).isDirectory())
    throw new UsageError(`\`${shown}\` is a file, expected no \`content/\` or an empty folder`);
  if (readdirSync(content).length > 0) {
    throw new UsageError(
      `\`${shown}/\` is not empty, expected an empty or missing folder; \`handbook init\` never changes an existing handbook (add files with \`handbook new\`)`,
    );
  }
}

function fromFlags(values: {
  'north-star'?: string | undefined;
  metric?: string | undefined;
  owner?: string | undefined;
  pillar?: string[] | undefined;
}): Partial {
  const text = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const normalised = normaliseField('title', value);
    if (normalised === '')
      throw new UsageError(`\`--${name}\` is empty, expected some text`, { hint: HELP_HINT });
    return normalised;
  };
  const pillars = (values.pillar ?? []).map((title) => text('pillar', title) ?? '');
  if (pillars.length > 4)
    throw new UsageError(`${pillars.length} \`--pillar\` flags, expected 2 to 4 pillars`, {
      hint: HELP_HINT,
    });
  checkPillars(pillars);
  let owner: string | undefined;
  if (values.owner !== undefined) {
    owner = normaliseField('owner', values.owner);
    const problem = checkField('owner', owner, 'pillar');
    if (problem !== undefined) throw new UsageError(problem, { hint: HELP_HINT });
  }
  return {
    northStar: text('north-star', values['north-star']),
    metric: text('metric', values.metric),
    owner,
    pillars,
  };
}

/** Each pillar needs an id of its own (the file name and URL). */
function checkPillars(titles: readonly string[]): void {
  const ids = pillarIds(titles);
  ids.forEach((id, i) => {
    if (id !== undefined) return;
    const title = titles[i] ?? '';
    const reason =
      titles.findIndex((other, j) => j < i && pillarIds([other])[0] === pillarIds([title])[0]) >= 0
        ? 'gives the same id as another pillar'
        : 'has no letters or digits for an id';
    throw new UsageError(`pillar \`${title}\` ${reason}, expected distinct titles`, {
      hint: HELP_HINT,
    });
  });
}

function missingAnswers(partial: Partial): string[] {
  const missing: string[] = [];
  if (partial.northStar === undefined) missing.push('--north-star');
  if (partial.metric === undefined) missing.push('--metric');
  if (partial.pillars.length < 2) missing.push(`--pillar (${2 - partial.pillars.length} more)`);
  return missing;
}

function fillDefaults(partial: Partial): void {
  partial.northStar ??= skeletonDefaults.northStar;
  partial.metric ??=
    partial.northStar === skeletonDefaults.northStar
      ? skeletonDefaults.metric
      : `${partial.northStar}: edit this line to say exactly what is counted, and over which period`;
  for (const title of skeletonDefaults.pillars) {
    if (partial.pillars.length >= 2) break;
    if (!partial.pillars.some((other) => pillarIds([other])[0] === pillarIds([title])[0]))
      partial.pillars.push(title);
  }
}

function complete(partial: Partial): SkeletonAnswers {
  return {
    northStar: partial.northStar ?? skeletonDefaults.northStar,
    metric: partial.metric ?? skeletonDefaults.metric,
    owner: partial.owner ?? skeletonDefaults.owner,
    pillars: partial.pillars,
  };
}

/** Asks for what the flags did not give; false when the author cancels. */
async function ask(prompter: Prompter, partial: Partial): Promise<boolean> {
  const required = (value: string) => (value.trim() === '' ? 'Expected some text' : undefined);
  if (partial.northStar === undefined) {
    const answer = await prompter.text({
      message: 'North Star: the one metric the strategy moves (a short name)',
      placeholder: skeletonDefaults.northStar,
      validate: required,
    });
    if (answer === undefined) return false;
    partial.northStar = normaliseField('title', answer);
  }
  if (partial.metric === undefined) {
    const answer = await prompter.text({
      message: 'Its definition: what exactly is counted?',
      placeholder: skeletonDefaults.metric,
      validate: required,
    });
    if (answer === undefined) return false;
    partial.metric = normaliseField('title', answer);
  }
  if (partial.owner === undefined) {
    const validate = (value: string) =>
      checkField('owner', normaliseField('owner', value), 'pillar');
    const answer = await prompter.text({
      message: 'Who is accountable for it? (a person or team handle)',
      initialValue: skeletonDefaults.owner,
      validate,
    });
    if (answer === undefined) return false;
    partial.owner = normaliseField('owner', answer);
  }
  while (partial.pillars.length < 2) {
    const taken = partial.pillars;
    const validate = (value: string) => {
      const title = normaliseField('title', value);
      if (title === '') return 'Expected a title';
      const id = pillarIds([title])[0];
      if (id === undefined) return 'Expected letters or digits (the title gives the file name)';
      return taken.some((other) => pillarIds([other])[0] === id)
        ? 'Expected a title different from the other pillar'
        : undefined;
    };
    const answer = await prompter.text({
      message: `Pillar ${partial.pillars.length + 1} of 2: a strategic bet that drives the North Star`,
      placeholder: skeletonDefaults.pillars[partial.pillars.length],
      validate,
    });
    if (answer === undefined) return false;
    partial.pillars.push(normaliseField('title', answer));
  }
  return true;
}

interface WriteReport {
  created: string[];
  kept: string[];
  notes: string[];
}

/** Writes the content (all of it is new), then the project files that do not exist yet. */
async function writeHandbook(
  dir: string,
  answers: SkeletonAnswers,
  now: Date,
): Promise<WriteReport> {
  const report: WriteReport = { created: [], kept: [], notes: [] };
  const project: SkeletonFile[] = [
    { path: 'astro.config.mjs', text: astroConfigText(toolName()) },
    { path: '.gitignore', text: gitignoreText },
    ...(await githubFiles(packageRoot())),
  ];
  for (const file of skeletonFiles(answers, now)) {
    try {
      await writeFileAtomic(join(dir, ...file.path.split('/')), file.text);
    } catch (error) {
      if (error instanceof FileExistsError)
        throw new UsageError(
          `${file.path} appeared while \`handbook init\` ran; it was kept, and the handbook is incomplete`,
        );
      throw error;
    }
    report.created.push(file.path);
  }
  for (const file of project) {
    try {
      await writeFileAtomic(join(dir, ...file.path.split('/')), file.text);
      report.created.push(file.path);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      report.kept.push(file.path);
    }
  }
  await addScripts(dir, report);
  return report;
}

/** Creates `package.json`, or adds the scripts an existing one lacks. */
async function addScripts(dir: string, report: WriteReport): Promise<void> {
  const path = join(dir, 'package.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    await writeFileAtomic(
      path,
      newPackageJson(packageNameOf(basename(dir)), { name: toolName(), version: toolVersion() }),
    );
    report.created.push('package.json');
    return;
  }
  let merge: ReturnType<typeof mergeScripts>;
  try {
    merge = mergeScripts(text);
  } catch {
    report.notes.push(
      `package.json is not valid JSON; add the scripts yourself: "lint": "handbook lint", "build": "astro build", "dev": "astro dev"`,
    );
    return;
  }
  if (merge.text !== undefined) {
    await writeFileAtomic(path, merge.text, { force: true });
    report.notes.push(
      `Added the scripts ${merge.added.map((name) => `\`${name}\``).join(', ')} to package.json`,
    );
  }
  if (merge.kept.length > 0) {
    report.notes.push(
      `Kept your scripts ${merge.kept.map((name) => `\`${name}\``).join(', ')} in package.json; the workflows run \`npm run lint\` and \`npm run build\``,
    );
  }
}
