/**
 * `pillar-orphan` (warning): every active pillar has at least one proposed or active initiative
 * linked to it (`pillar: <id>`). A pillar nobody works on is a wish, not a strategic choice.
 * Done, exploratory and deprioritized briefs do not count: they are not the current bet.
 * Reported at the start of the pillar's frontmatter. O(files). No options. The decision is
 * `core/orphans.ts`, which `/health/` and `strategy.json` read too.
 */
import { orphanPillars } from '../core/orphans.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const pillarOrphan = defineRule({
  id: 'pillar-orphan',
  description: 'Every active pillar has a proposed or active initiative',
  url: productRuleDocsUrl,
  defaultSeverity: 'warning',
  messages: {
    orphan: 'No proposed or active brief names this pillar',
  },
  checkHandbook(handbook, report) {
    // One decision for lint, /health/ and strategy.json (core/orphans.ts), over lint's facts.
    const pillars = handbook.files.flatMap((file) =>
      file.collection === 'pillars' && file.pillar
        ? [{ id: file.id, data: { status: file.pillar.status }, file }]
        : [],
    );
    const briefs = handbook.files.flatMap((file) =>
      file.brief ? [{ data: { status: file.brief.status, pillar: file.brief.pillar?.id } }] : [],
    );
    for (const { file } of orphanPillars(pillars, briefs)) {
      report(
        file.path,
        `Missing initiatives for pillar \`${file.id}\`, expected at least one proposed or active brief`,
        {
          messageId: 'orphan',
          place: { start: file.block.start },
          hint: `Link a proposed or active brief to it (\`pillar: ${file.id}\`), or retire the pillar.`,
        },
      );
    }
  },
});
