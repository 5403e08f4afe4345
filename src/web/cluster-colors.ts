/**
 * One colour per Career Cluster, in wheel order (01 at the top, clockwise): equal lightness in
 * OKLCH (L 0.50, C 0.12) with the hue stepping 22.5° per cluster, so the wheel reads as one
 * even band of colour and white text on every colour keeps a contrast above 5:1.
 */
export const CLUSTER_COLORS: readonly string[] = [
  '#2f7434',
  '#007855',
  '#007872',
  '#00738b',
  '#006c9d',
  '#3363a6',
  '#5759a6',
  '#71509b',
  '#854888',
  '#934370',
  '#9b4153',
  '#9c4534',
  '#964d09',
  '#885800',
  '#746300',
  '#576d05',
];

/** Colour of a cluster by its two-digit code ("01" → first colour); codes past 16 wrap around. */
export function clusterColor(code: string): string {
  const n = Number.parseInt(code, 10);
  const index = Number.isFinite(n) && n > 0 ? (n - 1) % CLUSTER_COLORS.length : 0;
  return CLUSTER_COLORS[index] ?? '#333333';
}
