/**
 * End to end on the second scenario family: planted operations among organic repost cascades,
 * live-event crowds and news shocks (small worlds; bench/operations.ts measures the full size).
 */
import { describe, expect, it } from 'vitest';
import { evaluateSwarms } from '../../src/evaluate/index.js';
import { analyze } from '../../src/index.js';
import { generateOperations } from '../../src/synthetic/index.js';

function records(posts: ReturnType<typeof generateOperations>['posts']) {
  return posts.map((p) => ({ id: p.id, account: p.account, time: p.timeMs, hashtags: [...p.hashtags], ...(p.repostOf === undefined ? {} : { repostOf: p.repostOf }) }));
}

describe('detection on generateOperations worlds', () => {
  it('finds the planted operations of a base world with account F1 ≥ 0.9', async () => {
    const world = generateOperations({ family: 'base', seed: 3, accounts: 800, days: 2, operations: 3 });
    const report = await analyze(records(world.posts), { seed: 1 });
    const swarms = report.swarms.filter((s) => s.significance.isSwarm).map((s) => ({ id: s.id, members: s.members }));
    const scores = evaluateSwarms(swarms, world.truth);
    expect(scores.accounts.f1).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('flags nobody in a null world of the same family (cascades, live events, news shocks)', async () => {
    const world = generateOperations({ family: 'null', seed: 3, accounts: 800, days: 2 });
    const report = await analyze(records(world.posts), { seed: 1 });
    expect(report.swarms.filter((s) => s.significance.isSwarm)).toHaveLength(0);
  }, 60_000);
});
