/** The configuration every rule receives: the validated file plus run-time facts. */
import type { HandbookConfig } from './schema.ts';

export interface ResolvedConfig extends HandbookConfig {
  /** "Today" for staleness checks; injected so tests are deterministic. */
  now: Date;
}
