/**
 * Swarm colours shared by the GEXF and HTML writers (Okabe–Ito-like qualitative
 * palette, readable on white; colour-blind-safe for the first eight).
 */

/** Qualitative colours, by swarm rank. */
export const SWARM_COLORS: readonly string[] = Object.freeze([
  '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#b8a000', '#7b52ab',
  '#2f8f8f', '#a0522d', '#6b8e23', '#c71585',
]);

/** Colour of accounts outside every swarm. */
export const NO_SWARM_COLOR = '#9aa0a6';

/**
 * Colour of the swarm at a given rank (cycling through the palette).
 * @param rank 0-based position of the swarm in the report.
 * @returns a `#rrggbb` colour.
 */
export function swarmColor(rank: number): string {
  return SWARM_COLORS[rank % SWARM_COLORS.length] ?? NO_SWARM_COLOR;
}
