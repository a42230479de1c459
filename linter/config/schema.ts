/**
 * `handbook.config.{ts,json}`: everything an organisation may tune. Validated with zod,
 * strict so a misspelled key is a clear error rather than a silently ignored setting.
 */
import { z } from 'zod';
import { ruleIds } from '../engine/types.ts';

const severitySetting = z.enum(['off', 'warn', 'error']);

/** An absolute `https:` or `http:` URL. */
export const webUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value), {
    message: 'Expected an absolute `https://` URL',
  });

/**
 * The path the site is served under, written `/handbook/`, `/handbook` or `handbook`; yields
 * `/` or `/segment/…/` (leading and trailing slash), the form Astro's `base` and links use.
 */
export const basePath = z
  .string()
  .refine(
    (value) =>
      /^\/?(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+\/?)?$/.test(value) &&
      !/(^|\/)\.\.?(\/|$)/.test(value),
    {
      message:
        'Expected a path such as `/handbook/` (letters, digits, `-`, `_`, `.` and `~` between slashes)',
    },
  )
  .transform((value) => {
    const trimmed = value.replace(/^\/+|\/+$/g, '');
    return trimmed === '' ? '/' : `/${trimmed}/`;
  });

export const visionQuestionSchema = z.strictObject({
  /** Stable id used by gaps, e.g. `customer`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Expected a kebab-case question id' }),
  /** The question as leaders see it; vision headings match it. */
  text: z.string().min(1),
  /** Other headings that answer the same question. */
  aliases: z.array(z.string().min(1)).default([]),
});

export const defaultVisionQuestions: z.input<typeof visionQuestionSchema>[] = [
  { id: 'customer', text: 'Who is our ideal customer?' },
  {
    id: 'differentiation',
    text: 'Why would someone choose our product over the competition?',
    aliases: ['Why us?'],
  },
  { id: 'impact', text: 'What feeling or impact is our product intended to create?' },
  {
    id: 'horizon-3',
    text: 'Where do we see ourselves in three years?',
    aliases: ['In three years'],
  },
  { id: 'horizon-5', text: 'Where do we see ourselves in five years?', aliases: ['In five years'] },
  { id: 'horizon-10', text: 'Where do we see ourselves in ten years?', aliases: ['In ten years'] },
];

export const configSchema = z.strictObject({
  /** Severity per rule id: `off`, `warn` or `error`. */
  rules: z.partialRecord(z.enum(ruleIds), severitySetting).default({}),
  /** How many active pillars a strategy may have. */
  pillars: z
    .strictObject({
      min: z.number().int().min(1).default(2),
      max: z.number().int().min(1).default(4),
    })
    .refine((p) => p.min <= p.max, { message: '`pillars.min` must not exceed `pillars.max`' })
    .default({ min: 2, max: 4 }),
  /** The vision questions every leader answers. */
  vision: z
    .strictObject({
      questions: z
        .array(visionQuestionSchema)
        .min(1)
        .default(defaultVisionQuestions.map((q) => visionQuestionSchema.parse(q))),
      /** Answers older than this many days are due a check-in. */
      checkInDays: z.number().int().positive().default(180),
    })
    .default({
      questions: defaultVisionQuestions.map((q) => visionQuestionSchema.parse(q)),
      checkInDays: 180,
    }),
  /** Review cadence for briefs and the North Star. */
  review: z
    .strictObject({ cadenceDays: z.number().int().positive().default(180) })
    .default({ cadenceDays: 180 }),
  /** What MDX content may use. */
  mdx: z
    .strictObject({
      /** Components briefs, pillars, vision answers and gaps may use (with literal props). */
      components: z.array(z.string().min(1)).default([]),
      /** Modules strategy docs may import from. */
      docsImports: z.array(z.string().min(1)).default(['@astrojs/starlight/components']),
    })
    .default({ components: [], docsImports: ['@astrojs/starlight/components'] }),
  /** Tech-debt capacity per quarter, as a share of initiatives (0–1). */
  techDebt: z
    .strictObject({ capacity: z.number().min(0).max(1).default(0.2) })
    .default({ capacity: 0.2 }),
  /** Where the site is published. `HANDBOOK_SITE_URL` and `HANDBOOK_BASE` override these. */
  site: z
    .strictObject({
      /** The origin the site is served from, without the base path: `https://org.github.io`. */
      url: webUrl.optional(),
      /** The path every page is served under: `/` (default) or `/handbook/`. */
      base: basePath.default('/'),
      /**
       * A link-preview card (PNG) per brief and pillar, rendered at build time and cached
       * between builds. Unset: on up to 1,000 briefs and pillars, off above (a cold build pays
       * 20–50 ms CPU per card); `true` or `false` decides.
       */
      ogCards: z.boolean().optional(),
    })
    .default({ base: '/' }),
  /** The repository the handbook lives in, for "Edit page" links (default: the git remote `origin`). */
  repository: z
    .strictObject({
      /** Its web address: `https://github.com/org/handbook`. */
      url: webUrl.optional(),
      /** The branch edits go to (default `main`). */
      branch: z
        .string()
        .regex(/^[^\s/][^\s]*$/, { message: 'Expected a branch name such as `main`' })
        .optional(),
      /** The base of edit links, used as is (`HANDBOOK_EDIT_URL` overrides it): `…/edit/main/`. */
      editUrl: webUrl.optional(),
    })
    .default({}),
  /** Base url of the rule docs, for links in reports (default: the site's `/reference/rules/`). */
  docsUrl: webUrl.optional(),
});

export type HandbookConfigInput = z.input<typeof configSchema>;
export type HandbookConfig = z.output<typeof configSchema>;
export type VisionQuestion = z.output<typeof visionQuestionSchema>;
