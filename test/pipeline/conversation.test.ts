/**
 * An organic conversation is not a swarm: three accounts answering each other on a hashtag every
 * 40–80 s for two hours, on two days, inside a small null world (METRICS.md §6.5: a post and a
 * direct reply to it are never a pair). The same posts without their reply links are flagged.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { generateScenario } from '../../src/synthetic/index.js';

function world(withReplies: boolean) {
  const sc = generateScenario({ scenario: 'null', seed: 1, accounts: 600 });
  const start = Math.min(...sc.posts.map((p) => p.timeMs)) + 10 * 3_600_000;
  const records: { id: string; account: string; time: number; hashtags: string[]; replyTo?: string }[] = sc.posts.map((p) => ({ id: p.id, account: p.account, time: p.timeMs, hashtags: [...p.hashtags] }));
  const people = ['alice', 'bob', 'carol'];
  for (let day = 0; day < 2; day++) {
    let t = start + day * 86_400_000;
    let previous: string | undefined;
    for (let k = 0; k < 90; k++) {
      const id = `talk-${day}-${k}`;
      records.push({ id, account: people[k % 3]!, time: t, hashtags: ['rstats'], ...(withReplies && previous !== undefined ? { replyTo: previous } : {}) });
      previous = id;
      t += 40_000 + ((k * 7919) % 40_000);
    }
  }
  return records;
}

describe('a conversation on a hashtag', () => {
  it('is not a swarm when its posts reply to each other, and is one without the reply links', async () => {
    const flagged = async (withReplies: boolean) =>
      (await analyze(world(withReplies), { seed: 1 })).swarms.filter((s) => s.significance.isSwarm).map((s) => [...s.members].sort());
    expect(await flagged(true)).toEqual([]);
    expect(await flagged(false)).toContainEqual(['alice', 'bob', 'carol']);
  }, 60_000);
});
