import type { Post } from '../../src/ingest/index.js';

/** Catch what `fn` throws (null when it does not throw). */
export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
}

/** Group sorted times into clusters separated by gaps larger than `gapMs`. */
export function clusterTimes(times: readonly number[], gapMs: number): number[][] {
  const sorted = [...times].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const t of sorted) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && t - last[last.length - 1]! <= gapMs) last.push(t);
    else clusters.push([t]);
  }
  return clusters;
}

/** Posts per account, including accounts with none (`total` accounts). */
export function postsPerAccount(posts: readonly Post[], total: number): number[] {
  const counts = new Map<string, number>();
  for (const p of posts) counts.set(p.account, (counts.get(p.account) ?? 0) + 1);
  const out = [...counts.values()];
  while (out.length < total) out.push(0);
  return out.sort((a, b) => a - b);
}
