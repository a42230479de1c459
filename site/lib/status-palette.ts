/**
 * The site's one status palette: which tone every status is drawn in, for badges, the roadmap,
 * the strategy map and the dependency graph alike. The colours of each tone live once, as
 * `--hb-status-*` custom properties in `styles/handbook.css`; components only ask for a class here,
 * so a status can never be green in one view and grey in another.
 */
import type { InitiativeStatus } from '../../linter/schema/initiative.ts';

export type Tone = 'active' | 'proposed' | 'exploratory' | 'done' | 'warn';

/** Everything a badge may show: brief statuses, pillar statuses and review states. */
export type BadgeStatus = InitiativeStatus | 'retired' | 'stale' | 'never' | 'ok' | 'attention';

const tones: Record<BadgeStatus, Tone> = {
  active: 'active',
  proposed: 'proposed',
  exploratory: 'exploratory',
  done: 'done',
  deprioritized: 'warn',
  retired: 'warn',
  stale: 'warn',
  never: 'warn',
  attention: 'warn',
  ok: 'active',
};

/** The tone of a status; unknown ones are drawn neutral (`done`). */
export function toneOf(status: string): Tone {
  return (tones as Record<string, Tone>)[status] ?? 'done';
}

/** The class that sets `--hb-fg`, `--hb-bg` and `--hb-line` for a status. */
export function toneClass(status: string): string {
  return `hb-tone--${toneOf(status)}`;
}

/** A tone's three colours, as CSS colour values. */
export interface ToneColours {
  fg: string;
  bg: string;
  line: string;
}

/**
 * The tones in the light theme, for images drawn outside the browser (the OpenGraph cards, which
 * no stylesheet reaches). The values are what `--hb-status-*` resolves to in Starlight's light
 * palette; tests/site/status-palette.test.ts resolves the two stylesheets and checks they agree.
 */
export const lightToneColours: Record<Tone, ToneColours> = {
  active: { fg: 'hsl(101, 80%, 22%)', bg: 'hsl(101, 85%, 90%)', line: 'hsl(101, 90%, 46%)' },
  proposed: { fg: 'hsl(234, 80%, 30%)', bg: 'hsl(234, 88%, 90%)', line: 'hsl(234, 90%, 60%)' },
  exploratory: { fg: 'hsl(281, 90%, 30%)', bg: 'hsl(281, 80%, 90%)', line: 'hsl(281, 90%, 60%)' },
  done: { fg: 'hsl(224, 10%, 23%)', bg: 'hsl(224, 20%, 94%)', line: 'hsl(224, 7%, 36%)' },
  warn: { fg: 'hsl(41, 80%, 25%)', bg: 'hsl(41, 90%, 88%)', line: 'hsl(41, 90%, 60%)' },
};
