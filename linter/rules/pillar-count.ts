/**
 * `pillar-count`: the strategy has between `pillars.min` and `pillars.max` active pillars
 * (default 2 to 4). One pillar is a goal, not a strategy; many pillars mean nothing was chosen.
 *
 * Where it reports: too many — on each active pillar beyond the maximum (the last ones by path),
 * at the start of its frontmatter, with the counted pillars as related locations; too few — once,
 * on the North Star (`content/strategy/north-star.mdx`) when it exists, else on the first pillar
 * file by path (active or retired), at the start of its frontmatter; a handbook with neither is
 * not reported (there is no file to point at). Pillars with an invalid status are not counted.
 * Options: `pillars.min`, `pillars.max` in `handbook.config.*`.
 */
import type { FileFacts, Related } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const pillarCount = defineRule({
  id: 'pillar-count',
  description: 'The strategy has 2 to 4 active pillars (configurable)',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    'too-few': 'Fewer active pillars than `pillars.min`',
    'too-many': 'More active pillars than `pillars.max`',
  },
  checkHandbook(handbook, report, config) {
    const { min, max } = config.pillars;
    const byPath = (a: FileFacts, b: FileFacts) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const pillars = handbook.files.filter((file) => file.collection === 'pillars').sort(byPath);
    const active = pillars.filter((file) => file.pillar?.status === 'active');
    const range = min === max ? `${min}` : `${min} to ${max}`;
    const definedHere = (file: FileFacts): Related => ({
      file: file.path,
      place: { start: file.block.start },
      message: `active pillar \`${file.id}\` is defined here`,
    });

    if (active.length > max) {
      const kept = active.slice(0, max);
      for (const file of active.slice(max)) {
        report(file.path, `Unexpected ${active.length} active pillars, expected ${range}`, {
          messageId: 'too-many',
          place: { start: file.block.start },
          hint: 'Retire a pillar (`status: retired`) or merge two: a strategy that keeps every pillar has not chosen.',
          related: kept.map(definedHere),
        });
      }
      return;
    }

    if (active.length < min) {
      const target = handbook.files.find((file) => file.collection === 'northStar') ?? pillars[0];
      if (!target) return;
      report(target.path, `Missing active pillars, expected ${range} but found ${active.length}`, {
        messageId: 'too-few',
        place: { start: target.block.start },
        hint: `Add a pillar under content/pillars/ with \`status: active\`${pillars.length > active.length ? ', or reactivate a retired one' : ''}.`,
        related: active.map(definedHere),
      });
    }
  },
});
