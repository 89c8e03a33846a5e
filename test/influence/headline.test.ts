import { describe, expect, it } from 'vitest';
import { buildAccountGraph, scoreAccounts, scoreSwarms } from 'hashtag-swarms';
import { createRng } from '../../src/_lib/rng.js';
import { DAY, post, windowOf } from './helpers.js';
import { plantedWorld } from './worlds.js';

/*
 * The headline case: 8 accounts with 50 followers each push 10 campaign tags, each in one
 * synchronous burst (≈ 6 members within 40 s) followed by solo posts; a burst post recruits on
 * average 1.5 new adopters, a solo post 0.1. 150 organic accounts (500–5 000 followers) post
 * 30 organic tags, and a star with 1 000 000 followers posts #startag 15 times on its own.
 */
const { posts, members } = plantedWorld(11, [
  { id: 'SW', members: 8, followers: 50, tags: 10, perCoordinated: 1.5, perSolo: 0.1, soloPerTag: 1 },
]);
const rng = createRng(99);
for (let i = 0; i < 15; i++) posts.push(post('star', rng.next() * DAY, ['startag'], { followers: 1_000_000 }));
const window = windowOf(posts);
const graph = buildAccountGraph(window);
const swarm = { id: 'SW', members: members.get('SW')! };

describe('scoreSwarms headline', () => {
  it('flags a swarm of low-follower accounts that together dominate its tags as a collective influencer', () => {
    const [g] = scoreSwarms(window, graph, [swarm]);
    expect(g!.reasons.map((r) => r.split(':')[0])).toEqual(['swarm-lift-above-1', 'collective', 'members-weak']);
    expect(g!.collectiveInfluencer).toBe(true);
    expect(g!.swarmLiftLower!).toBeGreaterThan(1);
  });

  it('puts group metrics above those of the strongest member alone', () => {
    const [g] = scoreSwarms(window, graph, [swarm]);
    const alone = g!.strongestMember!.alone;
    expect(g!.shareOfVoice[0]!.shareOfVoice).toBeGreaterThan(alone.shareOfVoice!);
    expect(g!.burstLift!).toBeGreaterThan(alone.burstLift ?? 0);
    expect(g!.burstLift!).toBeGreaterThan(2);
    expect(g!.groupLeadReach!).toBeGreaterThan(alone.groupLeadReach!);
  });

  it('gives the lone star the highest followerReach but no collective verdict', () => {
    const { accounts } = scoreAccounts(window, graph);
    const top = [...accounts].sort((a, b) => (b.followerReach ?? 0) - (a.followerReach ?? 0))[0]!;
    expect(top).toMatchObject({ account: 'star', followerReach: 1_000_000, swarmId: null });
    expect(graph.edges.some((e) => e.source === 'star' || e.target === 'star')).toBe(false);
    const [alone] = scoreSwarms(window, graph, [{ id: 'star', members: ['star'] }]);
    expect(Math.abs(alone!.burstLift! - 1)).toBeLessThan(0.15);
    expect(alone!.collectiveness).toBeNull();
    expect(alone!.collectiveInfluencer).toBe(false);
  });
});
