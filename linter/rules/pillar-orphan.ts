/**
 * `pillar-orphan` (warning): every active pillar has at least one proposed or active initiative
 * linked to it (`pillar: <id>`). A pillar nobody works on is a wish, not a strategic choice.
 * Done, exploratory and deprioritized briefs do not count: they are not the current bet.
 * Reported at the start of the pillar's frontmatter. O(files). No options.
 */
import type { Rule } from '../engine/types.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Brief statuses that count as current work for a pillar. */
const currentStatuses = new Set(['proposed', 'active']);

export const pillarOrphan: Rule = {
  id: 'pillar-orphan',
  description: 'Every active pillar has a proposed or active initiative',
  url: productRuleDocsUrl,
  defaultSeverity: 'warning',
  messages: {
    orphan: 'No proposed or active brief names this pillar',
  },
  checkHandbook(handbook, report) {
    const backed = new Set<string>();
    for (const file of handbook.files) {
      const brief = file.brief;
      if (brief?.pillar && currentStatuses.has(brief.status ?? '')) backed.add(brief.pillar.id);
    }
    for (const file of handbook.files) {
      if (file.collection !== 'pillars' || file.pillar?.status !== 'active' || backed.has(file.id)) continue;
      report(file.path, `Missing initiatives for pillar \`${file.id}\`, expected at least one proposed or active brief`, {
        messageId: 'orphan',
        place: { start: file.block.start },
        hint: `Link a proposed or active brief to it (\`pillar: ${file.id}\`), or retire the pillar.`,
      });
    }
  },
};
