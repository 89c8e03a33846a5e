/**
 * The warm half of the pair-step comparison: a step repeated after its timed (cold) call, each
 * repeat on a collected heap (settle.ts), the fastest kept.
 */
import { settle } from './settle.js';

/**
 * Repeat `run` up to `runs` times, stopping once the repeats have taken `budgetMs`.
 * @param run the step (its result is awaited; a repeat may check it and throw)
 * @param runs most repeats
 * @param budgetMs no new repeat once this much time has passed
 * @returns the fastest repeat (undefined when none ran) and the time of all repeats, settling included
 * @example
 * const { fastestMs } = await fastestRepeat(() => build(window), 4, 5_000);
 */
export async function fastestRepeat(run: () => unknown, runs: number, budgetMs: number): Promise<{ fastestMs: number | undefined; spentMs: number }> {
  const start = performance.now();
  let fastestMs: number | undefined;
  for (let k = 0; k < runs && performance.now() - start < budgetMs; k++) {
    settle();
    const t = performance.now();
    await run();
    fastestMs = Math.min(fastestMs ?? Number.POSITIVE_INFINITY, performance.now() - t);
  }
  return { fastestMs, spentMs: performance.now() - start };
}
