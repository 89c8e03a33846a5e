import { describe, expect, it } from 'vitest';
import { buildAccountGraph } from 'hashtag-swarms/graph';
import { reachesMoreTogether, scoreAccounts, scoreSwarms } from 'hashtag-swarms/influence';
import type { Post } from 'hashtag-swarms';
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
    expect(g!.reasons.map((r) => r.split(':')[0])).toEqual(['swarm-lift-above-1', 'collective', 'members-weak', 'reach-above-best-member']);
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

describe('the verdict and the headline comparison (issue #24 item 7)', () => {
  /*
   * Five low-follower members post four tags in synchronised bursts (twice each, within 20 s); 30
   * organic accounts with 1 000 followers post other tags. No one outside the group ever takes up
   * its tags, so the group leads no one: group lead reach 0, its strongest member's alone 0. Bursts
   * beyond chance, shared posting and weak members made it a "collective influencer" before the
   * verdict required the group to reach more than its best member alone.
   */
  const rng = createRng(5);
  const quiet: Post[] = [];
  const crew = ['q0', 'q1', 'q2', 'q3', 'q4'];
  for (let k = 0; k < 4; k++) {
    for (const burst of [2, 9]) {
      const at = (burst + 3 * k) * 3_600_000;
      for (const m of crew) quiet.push(post(m, at + rng.next() * 20_000, [`quiet${k}`], { followers: 20 }));
    }
  }
  for (let i = 0; i < 30; i++) for (let j = 0; j < 4; j++) quiet.push(post(`org${i}`, rng.next() * DAY, [`talk${(i + j) % 6}`], { followers: 1000 }));
  const qWindow = windowOf(quiet);

  it('does not judge a group that reaches no one a collective influencer, and says why', () => {
    const [g] = scoreSwarms(qWindow, buildAccountGraph(qWindow), [{ id: 'Q', members: crew }]);
    expect(g!.groupLeadReach).toBe(0);
    expect(g!.strongestMember!.alone.groupLeadReach).toBe(0);
    const codes = g!.reasons.map((r) => r.split(':')[0]);
    // Every other criterion holds: only the reach comparison turns the verdict.
    expect(codes).toEqual(['swarm-lift-unsupported', 'burst-lift-significant', 'collective', 'members-weak', 'reach-not-above-best-member']);
    expect(g!.collectiveInfluencer).toBe(false);
  });

  it('judges a collective influencer only when the headline comparison says the group reaches more', () => {
    const [g] = scoreSwarms(window, graph, [swarm]);
    expect(g!.collectiveInfluencer).toBe(true);
    expect(reachesMoreTogether(g!.groupLeadReach, g!.strongestMember!.alone.groupLeadReach)).toBe(true);
    expect(g!.reasons.at(-1)).toMatch(/^reach-above-best-member: groupLeadReach [\d.]+ > [\d.]+ of \S+ alone$/);
    expect(reachesMoreTogether(0, 0)).toBe(false);
    expect(reachesMoreTogether(null, 0.1)).toBe(false);
  });
});
