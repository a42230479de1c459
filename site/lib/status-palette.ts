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
