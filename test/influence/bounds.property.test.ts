/**
 * Every bracket a group record reports holds its value (issue #24 item 7: `audienceUnion` 16
 * outside `[audienceUnionLower 2,088, audienceUnionUpper 3,973]`, two audiences under one name).
 *
 * For every field `X` of a GroupInfluence that comes with `XLower` and `XUpper`, the three are on
 * one base, so `XLower ≤ X ≤ XUpper` whenever all three are present; the audience of observed
 * engagers is bracketed by its best member and its sum; the follower-count bounds of the follower
 * union (no follower lists, so no value) are ordered. Checked on random small windows with follower
 * counts, reposts and replies, and random member sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSwarms } from 'hashtag-swarms/influence';
import type { Post } from 'hashtag-swarms';
import type { GroupInfluence } from 'hashtag-swarms/influence';
import { handGraph, MIN, windowOf } from './helpers.js';

const ACCOUNTS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
const TAGS = ['x', 'y', 'z'];

const postArb = fc.record({
  account: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  minute: fc.integer({ min: 0, max: 120 }),
  tags: fc.subarray(TAGS),
  followers: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  // a link to an earlier post (by index), as a repost or a reply
  link: fc.option(fc.tuple(fc.nat(), fc.boolean()), { nil: undefined }),
});

type RawPost = typeof postArb extends fc.Arbitrary<infer T> ? T : never;

function buildPosts(raw: readonly RawPost[]): Post[] {
  return raw.map((r, i) => {
    const base: Post = { id: `p${i}`, account: ACCOUNTS[r.account]!, timeMs: r.minute * MIN + i, hashtags: r.tags, ...(r.followers === undefined ? {} : { followers: r.followers }) };
    if (r.link === undefined || i === 0) return base;
    const target = `p${r.link[0] % i}`;
    return r.link[1] ? { ...base, repostOf: target } : { ...base, replyTo: target };
  });
}

/** `[name, lower, value, upper]` for every field with a `Lower` and an `Upper` sibling. */
function brackets(g: GroupInfluence): [string, number, number, number][] {
  const rec = g as unknown as Record<string, unknown>;
  const out: [string, number, number, number][] = [];
  for (const key of Object.keys(rec)) {
    if (!key.endsWith('Lower')) continue;
    const name = key.slice(0, -'Lower'.length);
    const [lo, v, hi] = [rec[key], rec[name], rec[`${name}Upper`]];
    if (typeof lo === 'number' && typeof v === 'number' && typeof hi === 'number') out.push([name, lo, v, hi]);
  }
  return out;
}

describe('group influence brackets', () => {
  it('hold their value: lower ≤ value ≤ upper for every Lower/Upper pair, on one base', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 4, maxLength: 40 }), fc.subarray(ACCOUNTS, { minLength: 1 }), (raw, wanted) => {
        const posts = buildPosts(raw);
        const posting = new Set(posts.map((p) => p.account));
        const members = wanted.filter((a) => posting.has(a));
        fc.pre(members.length > 0);
        const [g] = scoreSwarms(windowOf(posts, 0, 3 * 60 * MIN), handGraph([]), [{ id: 'S', members }], { shiftReplicates: 19, bootstrapResamples: 20 });
        if (g!.audienceUnion !== null && g!.followerUnionLower !== null) seen.set('both audiences', (seen.get('both audiences') ?? 0) + 1);
        for (const [name, lo, v, hi] of brackets(g!)) {
          seen.set(name, (seen.get(name) ?? 0) + 1);
          expect(lo, `${name}Lower ≤ ${name}`).toBeLessThanOrEqual(v + 1e-9);
          expect(v, `${name} ≤ ${name}Upper`).toBeLessThanOrEqual(hi + 1e-9);
        }
        // The observed-engager audience: best member ≤ union ≤ sum.
        if (g!.audienceUnion !== null) {
          expect(g!.audienceBestMember).not.toBeNull();
          expect(g!.audienceBestMember!).toBeLessThanOrEqual(g!.audienceUnion);
          expect(g!.audienceUnion).toBeLessThanOrEqual(g!.audienceSum!);
        }
        // The follower union has only bounds (counts, no lists): max f_i ≤ Σ f_i.
        if (g!.followerUnionLower !== null) expect(g!.followerUnionLower).toBeLessThanOrEqual(g!.followerUnionUpper!);
        expect(g!.followerUnionLower === null).toBe(g!.followerCoverage === 0);
      }),
      { numRuns: 150, seed: 24 },
    );
    // Not vacuous: windows with both audiences, and the swarm-lift interval, were checked.
    expect(seen.get('both audiences') ?? 0).toBeGreaterThan(20);
    expect(seen.get('swarmLift') ?? 0).toBeGreaterThan(5);
  });
});
