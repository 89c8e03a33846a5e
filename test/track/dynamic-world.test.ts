/**
 * End to end on the ladder's `dynamic` world (small: 600 accounts, 7 days): windows, graph,
 * swarms and tracking with default options, scored by evaluateTracking's defaults (METRICS.md
 * §5.4). bench/tracking.ts measures the bench's size on four seeds.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTracking } from '../../src/evaluate/index.js';
import { buildAccountGraph } from '../../src/graph/index.js';
import { detectSwarms } from '../../src/swarms/index.js';
import { generateScenario } from '../../src/synthetic/index.js';
import { trackSwarms } from '../../src/track/index.js';
import { windowPostsSync } from '../../src/windows/index.js';

describe('tracking the dynamic world', () => {
  it('keeps each planted swarm under ≤ 1.5 ids on average and ≥ 75 % of lifespans within a day', () => {
    const scenario = generateScenario({ scenario: 'dynamic', seed: 1, accounts: 600 });
    const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
    const tracked = trackSwarms(windows.map((w) => detectSwarms(buildAccountGraph(w), w)));
    const scores = evaluateTracking(tracked, scenario.truth, { windows });
    expect(scores.conventions).toEqual({ identity: 'majority', lineage: 'dominant' });
    expect(scores.meanTrackedIds).toBeLessThanOrEqual(1.5);
    expect(scores.lifespansWithinDay).toBeGreaterThanOrEqual(0.75);
    // The planted merge is scored as one lineage, and it is tracked under one id.
    const merge = scenario.truth.events.find((e) => e.type === 'merge')!;
    const lineage = scores.swarms.find((s) => s.plantedIds.includes(merge.to![0]!))!;
    expect(lineage.plantedIds.length).toBe(2);
    expect(lineage.trackedIds).toBe(1);
  }, 60_000);
});
