import type { BenchResult } from './bench-result.js';

const WIDTH = 980;
const LABEL_WIDTH = 400;
const BAR_AREA = WIDTH - LABEL_WIDTH - 70;
const ROW_HEIGHT = 22;
const GROUP_GAP = 34;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders every group of every suite as horizontal bars of throughput relative to the group's
 * baseline (a dashed line at 1×, a red tick at the target), so a reader sees at a glance where the
 * SDK stands against raw calls and its peers.
 */
export function renderChart(results: readonly BenchResult[]): string {
  const groups = results.flatMap((result) => result.groups);
  const maxRatio = Math.max(1.2, ...groups.flatMap((group) => group.rows.map((row) => row.ratio)));
  const scale = (ratio: number): number => (ratio / maxRatio) * BAR_AREA;
  const parts: string[] = [];
  let y = 30;
  for (const group of groups) {
    parts.push(
      `<text x="8" y="${y}" font-weight="bold" font-size="14">${escapeXml(group.name)}</text>`,
      `<text x="8" y="${y + 16}" font-size="11" fill="#555">throughput relative to ${escapeXml(group.baseline)}; higher is faster</text>`,
    );
    y += 26;
    const top = y;
    for (const row of group.rows) {
      const width = Math.max(1, scale(row.ratio));
      const fill = row.ours ? '#1f7a4d' : row.name === group.baseline ? '#7a7a7a' : '#8fb3d9';
      parts.push(
        `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="12">${escapeXml(row.name)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="${fill}"/>`,
        `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + 15}" font-size="12">${row.ratio.toFixed(2)}×</text>`,
      );
      y += ROW_HEIGHT;
    }
    const one = LABEL_WIDTH + scale(1);
    parts.push(
      `<line x1="${one.toFixed(1)}" y1="${top}" x2="${one.toFixed(1)}" y2="${y}" stroke="#333" stroke-dasharray="4 3"/>`,
    );
    if (group.target !== undefined) {
      const target = LABEL_WIDTH + scale(group.target);
      parts.push(
        `<line x1="${target.toFixed(1)}" y1="${top}" x2="${target.toFixed(1)}" y2="${y}" stroke="#c0392b" stroke-width="2"/>`,
        `<text x="${(target + 3).toFixed(1)}" y="${top - 1}" font-size="10" fill="#c0392b">target ${group.target}×</text>`,
      );
    }
    y += GROUP_GAP;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="system-ui, sans-serif">`,
    '<title>Benchmark ratios of the Ummah SDK against raw calls and peer SDKs (higher is better)</title>',
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
