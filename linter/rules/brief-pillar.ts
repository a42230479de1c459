/**
 * `brief-pillar`: a brief's `pillar` names an existing pillar (a file `content/pillars/<id>.mdx`)
 * whose status is active. The pillar link is how every initiative traces back to the strategy;
 * a typo or a retired pillar silently drops the brief from its pillar's page.
 *
 * Reported at the brief's `pillar` value. An unknown id gets a "did you mean" among the active
 * pillars and the list of them; a retired pillar gets a related location on the pillar file.
 * Briefs that are `done` or `deprioritized` may keep a retired pillar: they record history, and
 * retiring a pillar should not force rewriting it. A pillar whose status is invalid is left to
 * `frontmatter-schema` on the pillar file; a brief without `pillar` likewise. No options.
 */
import { didYouMeanHint, joinHints, listIds } from '../engine/suggest.ts';
import type { FileFacts } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Brief statuses that describe past work, which may point at a retired pillar. */
const historicStatuses = new Set(['done', 'deprioritized']);

export const briefPillar = defineRule({
  id: 'brief-pillar',
  description: 'A brief’s `pillar` names an existing, active pillar',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    unknown: 'The `pillar` value is not the id of any pillar',
    retired: 'The `pillar` value names a retired pillar',
  },
  checkHandbook(handbook, report) {
    const pillars = new Map<string, FileFacts>();
    for (const file of [...handbook.files].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    )) {
      if (file.collection === 'pillars' && !pillars.has(file.id)) pillars.set(file.id, file);
    }
    const active = [...pillars.values()]
      .filter((p) => p.pillar?.status === 'active')
      .map((p) => p.id);
    active.sort();

    for (const file of handbook.files) {
      const ref = file.brief?.pillar;
      if (!ref || ref.id === '') continue;
      const target = pillars.get(ref.id);
      if (!target) {
        report(
          file.path,
          `Unknown pillar \`${ref.id}\`, expected the id of a pillar in content/pillars/`,
          {
            messageId: 'unknown',
            place: ref.place,
            hint: joinHints(
              didYouMeanHint(ref.id, active),
              active.length > 0
                ? `Active pillars: ${listIds(active)}.`
                : 'There are no active pillars yet: add one under content/pillars/.',
            ),
            expected: active,
          },
        );
        continue;
      }
      if (target.pillar?.status === 'retired' && !historicStatuses.has(file.brief?.status ?? '')) {
        report(file.path, `Unexpected retired pillar \`${ref.id}\`, expected an active pillar`, {
          messageId: 'retired',
          place: ref.place,
          hint: joinHints(
            active.length > 0
              ? `Move the brief to an active pillar (${listIds(active)}),`
              : 'Reactivate the pillar,',
            'or set the brief’s status to `deprioritized` with a `reason`.',
          ),
          expected: active,
          related: [
            {
              file: target.path,
              place: target.block,
              message: `pillar \`${ref.id}\` is defined here`,
            },
          ],
        });
      }
    }
  },
});
