/**
 * What an OpenGraph card costs: renders N distinct brief cards (site/lib/og/card-svg.ts →
 * linter/build/card-png.ts) C at a time and prints wall and CPU milliseconds per card and bytes
 * per card, so the build's budget can be estimated without a 5,000-brief build.
 *
 *   node bench/og-cards.ts [N=100] [C=1]
 */
import { cardPng } from '../linter/build/card-png.ts';
import { cardSvg } from '../site/lib/og/card-svg.ts';

const count = Number(process.argv[2] ?? 100);
const concurrency = Number(process.argv[3] ?? 1);
const statuses = ['active', 'proposed', 'exploratory', 'done', 'deprioritized'];
const svg = (i: number) =>
  cardSvg({
    handbook: 'Strategy Handbook',
    kind: 'Initiative',
    title: `Brief ${i}: move checkout onto the new payment service before the holiday freeze`,
    status: statuses[i % statuses.length] as string,
    statusLabel: 'Active',
    facts: ['Platform reliability', `@team-${i % 17}`, '2026-Q3'],
  });

await cardPng(svg(-1)); // Load librsvg and fontconfig outside the measurement.
const started = performance.now();
const cpu = process.cpuUsage();
let bytes = 0;
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const png = await cardPng(svg(next++));
      bytes += png.length;
    }
  }),
);
const used = process.cpuUsage(cpu);
const wall = performance.now() - started;
console.log(
  `${count} cards, ${concurrency} at a time: ${(wall / count).toFixed(1)} ms wall and ${((used.user + used.system) / 1000 / count).toFixed(1)} ms CPU per card, ${Math.round(bytes / count)} bytes per card, ${(wall / 1000).toFixed(2)} s in all`,
);
