/**
 * The fields `handbook new` asks for, per content type: which are required, their flag names,
 * how a typed value is checked and normalised. Used by flags and prompts alike, so a value
 * typed at a prompt gets the same message as one passed as a flag.
 */
import {
  HANDLE_PATTERN as HANDLE,
  QUARTER_PATTERN as QUARTER,
  initiativeKinds,
  initiativeStatuses,
  pillarStatuses,
} from '../schema/index.ts';
import { isValidId } from './ids.ts';

export const contentTypes = ['brief', 'pillar', 'vision', 'gap'] as const;
export type ContentType = (typeof contentTypes)[number];

export type FieldName =
  'title' | 'owner' | 'quarter' | 'pillar' | 'kind' | 'status' | 'respondent' | 'role' | 'question';

/** Fields without which a type cannot be written, in the order they are asked. */
export const requiredFields: Record<ContentType, readonly FieldName[]> = {
  brief: ['title', 'owner', 'quarter', 'pillar', 'kind'],
  pillar: ['title', 'owner'],
  vision: ['respondent', 'role'],
  gap: ['title', 'question', 'owner'],
};

/** Fields that have a default when neither a flag nor a prompt gives them. */
export const defaultedFields: ReadonlySet<FieldName> = new Set(['quarter', 'status']);

/** `dana` → `@dana`: the `@` is easy to forget and always meant. */
export function normaliseOwner(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith('@') ? trimmed : `@${trimmed}`;
}

/** Checks a (normalised) value; returns a message for the author, or undefined when fine. */
export function checkField(name: FieldName, value: string, type: ContentType): string | undefined {
  switch (name) {
    case 'title':
    case 'respondent':
    case 'role':
      return value.trim() === '' ? `\`--${name}\` is empty` : undefined;
    case 'owner':
      return HANDLE.test(value)
        ? undefined
        : `owner \`${value}\` is not a handle, expected e.g. \`@dana\` or \`@payments-team\``;
    case 'quarter':
      return QUARTER.test(value)
        ? undefined
        : `quarter \`${value}\` is not a quarter, expected e.g. \`2026-Q3\``;
    case 'kind':
      return (initiativeKinds as readonly string[]).includes(value)
        ? undefined
        : `unknown kind \`${value}\`, expected one of ${initiativeKinds.join(', ')}`;
    case 'status': {
      const allowed: readonly string[] = type === 'pillar' ? pillarStatuses : initiativeStatuses;
      return allowed.includes(value)
        ? undefined
        : `unknown status \`${value}\`, expected one of ${allowed.join(', ')}`;
    }
    case 'pillar':
    case 'question':
      return isValidId(value)
        ? undefined
        : `\`${value}\` is not an id, expected kebab-case such as \`platform-reliability\``;
  }
}

/** Normalises a raw flag or prompt value for `name`. */
export function normaliseField(name: FieldName, value: string): string {
  if (name === 'owner') return normaliseOwner(value);
  if (name === 'quarter')
    return value
      .trim()
      .toUpperCase()
      .replace(/^(\d{4})-?Q/, '$1-Q');
  if (name === 'title' || name === 'respondent' || name === 'role')
    return value.trim().replace(/\s+/g, ' ');
  return value.trim();
}
