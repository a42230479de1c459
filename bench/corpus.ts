/**
 * Deterministic benchmark corpus: N briefs over pillars, quarters, statuses and kinds, with
 * dependencies, 1.5–4 KB of prose each, vision answers and gaps, and a fixed share of faulty
 * briefs (one of each per-file fault of the spec, in turn).
 *
 *   npm run bench:corpus -- DIR N [SEED] [--no-faults]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Share of briefs that carry a fault. */
export const FAULT_SHARE = 0.02;

/** mulberry32: a tiny seeded PRNG, so the same seed always writes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PILLARS = ['dispatch-intelligence', 'connected-back-office', 'platform-reliability'];
const RETIRED = 'homeowner-marketplace';
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'];
const STATUSES = ['proposed', 'active', 'done', 'exploratory', 'deprioritized'] as const;
const KINDS = ['feature', 'tech-debt', 'experiment', 'enablement'] as const;
const OWNERS = [
  '@dana',
  '@sam',
  '@aiko',
  '@lee',
  '@payments-team',
  '@mobile-team',
  '@ops',
  '@rui',
  '@noor',
  '@kofi',
];
const TOPICS = [
  'dispatch',
  'invoicing',
  'routing',
  'offline sync',
  'payments',
  'scheduling',
  'notifications',
  'reporting',
  'the mobile app',
  'integrations',
];
const SENTENCES = [
  'Dispatchers spend the first hour of each day rebuilding the schedule board by hand, which delays every first appointment.',
  'Customers told us in twelve interviews that late arrival windows are the main reason homeowners call the office.',
  "The current implementation was written for a tenth of today's load and now fails under peak Monday traffic.",
  'Technicians lose signal in basements and crawl spaces, so every form must work offline and sync without conflicts.',
  'Finance teams reconcile payments in spreadsheets because our export drops partial refunds and tips.',
  'Support tickets about this area doubled over the last two quarters while the customer base grew by a third.',
  'A smaller first step lets us learn from real usage before we commit the whole team for a quarter.',
  'The competing products in this segment already offer this, and two lost deals last quarter named it explicitly.',
  'Without this work the on-call rotation keeps absorbing incidents that a better design would prevent entirely.',
  'We will measure the effect weekly and report it in the monthly roadmap review so the decision stays visible.',
  'The change touches three services and the mobile app, so we sequence it behind the data model cleanup.',
  'Owners of small trade businesses care more about getting paid on time than about any dashboard we build.',
];
const CRITERIA = [
  'Median time to first dispatch under 4 minutes by {date}',
  'p95 schedule board load time under 900 ms for boards with 200 jobs',
  'Invoice export errors below 0.5% of exported invoices per month',
  'At least 60% of active teams use the feature weekly by {quarter}',
  'Support tickets tagged with this area down 30% quarter over quarter',
  'Sync conflicts below 1 per 1,000 job forms by {date}',
  'Days sales outstanding down from 38 to 30 days for pilot customers',
  'Churn among accounts with more than 20 technicians below 2% per quarter',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function prose(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(rand, SENTENCES)).join(' ');
}

interface BriefSpec {
  id: string;
  folder: string;
  quarter: string;
  status: (typeof STATUSES)[number];
  kind: (typeof KINDS)[number];
  pillar: string;
  dependsOn: string[];
}

function briefSource(rand: () => number, brief: BriefSpec, index: number): string {
  const fields = [
    '---',
    `title: ${titleCase(pick(rand, ['Improve', 'Rebuild', 'Simplify', 'Automate', 'Speed up', 'Retire']))} ${pick(rand, TOPICS)} ${index}`,
    `owner: "${pick(rand, OWNERS)}"`,
    `quarter: ${brief.quarter}`,
    `status: ${brief.status}`,
    `pillar: ${brief.pillar}`,
    `kind: ${brief.kind}`,
  ];
  if (brief.dependsOn.length > 0) fields.push(`dependsOn: [${brief.dependsOn.join(', ')}]`);
  fields.push(
    `reviewed: 2026-${String(6 + Math.floor(rand() * 5)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`,
  );
  if (brief.kind === 'tech-debt')
    fields.push(
      `risk: ${pick(rand, ['low', 'medium', 'high'])}`,
      'impact: Outages in this area cost about 40k USD per hour of downtime.',
    );
  if (brief.status === 'deprioritized')
    fields.push('reason: Superseded by the platform plan agreed at the quarterly prioritization.');
  fields.push('---', '');
  const body = [
    '## Why',
    '',
    prose(rand, 4 + Math.floor(rand() * 4)),
    '',
    prose(rand, 2 + Math.floor(rand() * 3)),
    '',
  ];
  if (brief.kind === 'experiment') {
    body.push(
      '## Hypothesis',
      '',
      prose(rand, 2),
      '',
      '## Exit criteria',
      '',
      `- Decide by ${brief.quarter} after a pilot with 10 customers.`,
      '- Stop if adoption stays under 15% after four weeks.',
      '',
    );
  }
  body.push('## Success criteria', '');
  for (let i = 0; i < 2 + Math.floor(rand() * 3); i++)
    body.push(
      `- ${pick(rand, CRITERIA).replace('{date}', '2027-03-31').replace('{quarter}', brief.quarter)}`,
    );
  body.push('', '## Scope', '', prose(rand, 3 + Math.floor(rand() * 6)), '');
  if (brief.dependsOn[0])
    body.push(`It builds on [the earlier work](/initiatives/${brief.dependsOn[0]}/).`, '');
  body.push('## Risks', '', prose(rand, 2 + Math.floor(rand() * 3)), '');
  return `${fields.join('\n')}\n${body.join('\n')}`;
}

/** Per-file faults, applied to the generated source of every 1/FAULT_SHARE-th brief in turn. */
const FAULTS: ((source: string) => string)[] = [
  (s) => s.replace(/^owner: "(@[^"]+)"$/m, 'owner: $1'), // frontmatter-yaml
  (s) => s.replace(/^status: \w+$/m, 'status: actve'), // frontmatter-schema
  (s) => s.replace('## Why\n\n', '## Why\n\nSee <details for more. '), // mdx-parse
  (s) => s.replace(/## Why\n\n[^\n]*\n\n[^\n]*\n/, '## Why\n\nTBD\n'), // brief-why
  (s) => s.replace(/^pillar: .*$/m, 'pillar: dispatch-inteligence'), // brief-pillar
  (s) =>
    s.replace(
      /## Success criteria\n\n(- [^\n]*\n)+/,
      '## Success criteria\n\nWe will know it when we see it.\n',
    ), // brief-success-criteria
  (s) =>
    s
      .replace(/^kind: \w+$/m, 'kind: experiment')
      .replace(/## Hypothesis[\s\S]*?(?=## Success)/, ''), // brief-experiment
  (s) => s.replace(/^reviewed:/m, 'dependsOn: [no-such-brief]\nreviewed:'), // brief-depends-on
  (s) => s.replace('## Why\n', "import { readFileSync } from 'node:fs'\n\n## Why\n"), // mdx-safe
  (s) => s.replace('## Scope\n\n', '## Scope\n\nSee [the old plan](/initiatives/no-such-plan/). '), // link-resolves
  (s) => s.replace(/^reviewed: .*$/m, 'reviewed: 2025-01-15'), // stale-review (warning)
];

const VISION_QUESTIONS = [
  'Who is our ideal customer?',
  'Why would someone choose our product over the competition?',
  'What feeling or impact is our product intended to create?',
  'Where do we see ourselves in three years?',
  'Where do we see ourselves in five years?',
  'Where do we see ourselves in ten years?',
];

export interface CorpusOptions {
  /** Plant the per-file faults (default true); false writes a lint-clean corpus (for site builds, which stop on errors). */
  faults?: boolean;
}

/** Writes a corpus of `count` briefs under `dir/content` (replacing any earlier one). */
export async function generateCorpus(
  dir: string,
  count: number,
  seed = 42,
  options: CorpusOptions = {},
): Promise<{ briefs: number; faulty: number }> {
  const rand = random(seed);
  const content = join(dir, 'content');
  await rm(content, { recursive: true, force: true });
  for (const sub of ['strategy', 'pillars', 'vision/gaps'])
    await mkdir(join(content, sub), { recursive: true });

  await writeFile(
    join(content, 'strategy', 'north-star.mdx'),
    '---\ntitle: Weekly active crews\nmetric: Crews that complete two or more scheduled jobs in the app in a week\ncurrent: { value: 1240, asOf: 2026-10-31 }\ntarget: { value: 2000, by: 2027-06-30 }\nowner: "@alex"\nreviewed: 2026-10-01\n---\n\nThe North Star of the benchmark corpus.\n',
  );
  for (const [index, id] of [...PILLARS, RETIRED].entries()) {
    const status = id === RETIRED ? 'retired' : 'active';
    await writeFile(
      join(content, 'pillars', `${id}.mdx`),
      `---\ntitle: ${titleCase(id.replace(/-/g, ' '))}\nowner: "${OWNERS[index]}"\nsummary: ${prose(rand, 1)}\ndrives: ${prose(rand, 1)}\nindicators:\n  - { name: Weekly usage, target: "60%" }\nstatus: ${status}\n---\n\n${prose(rand, 4)}\n`,
    );
  }

  const briefs: BriefSpec[] = [];
  for (let i = 0; i < count; i++) {
    const quarter = QUARTERS[Math.floor((i / count) * QUARTERS.length)] as string;
    const folder = quarter.toLowerCase();
    const dependsOn: string[] = [];
    // Depend only on earlier briefs: no cycles in a healthy corpus.
    if (i > 10 && rand() < 0.25) dependsOn.push(briefs[Math.floor(rand() * i)]?.id ?? 'brief-0');
    briefs.push({
      id: `brief-${i}`,
      folder,
      quarter,
      status: pick(rand, STATUSES),
      kind: pick(rand, KINDS),
      pillar: pick(rand, PILLARS),
      dependsOn,
    });
  }
  const folders = new Set(briefs.map((b) => b.folder));
  for (const folder of folders)
    await mkdir(join(content, 'initiatives', folder), { recursive: true });

  const every = Math.round(1 / FAULT_SHARE);
  let faulty = 0;
  await Promise.all(
    briefs.map(async (brief, index) => {
      let source = briefSource(random(seed * 7919 + index), brief, index);
      if (options.faults !== false && index % every === every - 1) {
        const fault = FAULTS[Math.floor(index / every) % FAULTS.length];
        if (fault) {
          source = fault(source);
          faulty++;
        }
      }
      await writeFile(join(content, 'initiatives', brief.folder, `${brief.id}.mdx`), source);
    }),
  );

  for (const [index, name] of ['alex-kim', 'jordan-lee', 'sam-ortiz'].entries()) {
    const answers = VISION_QUESTIONS.map(
      (question) => `## ${question}\n\n${prose(rand, 2 + index)}\n`,
    ).join('\n');
    await writeFile(
      join(content, 'vision', `${name}.mdx`),
      `---\nrespondent: ${titleCase(name.replace('-', ' '))}\nrole: ${['CEO', 'CTO', 'VP Product'][index]}\ndate: 2026-10-1${index}\n---\n\n${answers}`,
    );
  }
  await writeFile(
    join(content, 'vision', 'gaps', 'customer-size.mdx'),
    '---\ntitle: Small crews or enterprise fleets\nquestion: customer\nowner: "@alex"\nstatus: open\nopened: 2026-10-15\n---\n\nLeaders disagree on the ideal customer size.\n',
  );
  await writeFile(
    join(content, 'vision', 'gaps', 'ten-year.mdx'),
    '---\ntitle: Platform or product in ten years\nquestion: horizon-10\nowner: "@jordan"\nstatus: closed\nopened: 2026-06-01\nclosed: 2026-09-30\n---\n\nSettled at the September offsite.\n',
  );
  return { briefs: count, faulty };
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)\S/g, (letter) => letter.toUpperCase());
}

// CLI: npm run bench:corpus -- DIR N [SEED] [--no-faults]
if (import.meta.main) {
  const args = process.argv.slice(2);
  const [dir, n, seed] = args.filter((arg) => !arg.startsWith('--'));
  if (!dir || !n || !/^\d+$/.test(n)) {
    console.error('usage: npm run bench:corpus -- DIR N [SEED]');
    process.exitCode = 2;
  } else {
    const { briefs, faulty } = await generateCorpus(dir, Number(n), seed ? Number(seed) : 42, {
      faults: !args.includes('--no-faults'),
    });
    console.log(`wrote ${briefs} briefs (${faulty} faulty) to ${join(dir, 'content')}`);
  }
}
