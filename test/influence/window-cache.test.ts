import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from 'hashtag-swarms';
import type { Window } from 'hashtag-swarms/windows';
import { compareStrings } from '../../src/_lib/compare.js';
import { buildLeadGraph } from '../../src/influence/lead-graph.js';
import { computeLeadRank } from '../../src/influence/compute-lead-rank.js';
import type { LeadGraph } from '../../src/influence/lead-graph.js';
import { buildWindowContext, type WindowContext } from '../../src/influence/window-context.js';
import { NameTable, WindowPostCache, type PostFields } from '../../src/influence/window-post-cache.js';
import { HOUR, MIN, handGraph, post } from './helpers.js';

/** Random posts over 12 h, sorted by (time, id) like the windows stage does. */
const postsArb = fc
  .array(
    fc.record({
      account: fc.nat(12),
      minute: fc.nat(12 * 60),
      tags: fc.array(fc.nat(9), { maxLength: 4 }),
      likes: fc.option(fc.nat(30), { nil: undefined }),
      followers: fc.option(fc.nat(1000), { nil: undefined }),
      replyTo: fc.option(fc.nat(79), { nil: undefined }),
    }),
    { maxLength: 80 },
  )
  .map((rows) => {
    const made = rows.map((r) => post(`a${r.account}`, r.minute * MIN, r.tags.map((t) => `h${t}`), {
      ...(r.likes === undefined ? {} : { likes: r.likes }),
      ...(r.followers === undefined ? {} : { followers: r.followers }),
    }));
    // some posts reply to another one (engagement links)
    const posts = made.map((p, i) => (rows[i]!.replyTo === undefined ? p : { ...p, replyTo: made[rows[i]!.replyTo! % made.length]!.id }));
    return posts.sort((a, b) => a.timeMs - b.timeMs || compareStrings(a.id, b.id));
  });

/** Sliding windows [k·step, k·step + size) over `posts` (each a slice of the same objects). */
function slide(posts: readonly Post[], sizeMs: number, stepMs: number): Window[] {
  const out: Window[] = [];
  for (let k = 0, start = 0; start < 12 * HOUR; k++, start += stepMs) {
    out.push({ index: k, startMs: start, endMs: start + sizeMs, posts: posts.filter((p) => p.timeMs >= start && p.timeMs < start + sizeMs) });
  }
  return out;
}

/** The fields of a read with names instead of global ids. */
function named(cache: WindowPostCache, f: PostFields) {
  return Array.from({ length: f.total }, (_, p) => ({
    account: cache.accounts.names[f.account[p]!],
    time: f.time[p],
    tags: Array.from(f.tag.subarray(f.tagStart[p]!, f.tagStart[p + 1]!), (g) => cache.hashtags.names[g]),
    ...(p < f.windowPosts ? { followers: f.followers[p], engagement: f.engagement[p], flags: f.flags[p] } : {}),
  }));
}

/** The integer arrays and names of a context, as plain values. */
function snapshot(ctx: WindowContext) {
  const arrays = ['postAccount', 'postTime', 'postTagId', 'postFollowers', 'postEngagement', 'postFlags', 'occStart', 'occTime',
    'occAccount', 'occPost', 'accStart', 'accPost', 'adjStart', 'adjNode', 'adjWeight', 'linkStart', 'linkEngager'] as const;
  return {
    accounts: [...ctx.accounts], hashtags: [...ctx.hashtags], n: ctx.n, windowPosts: ctx.windowPosts,
    postTagStart: Array.from(ctx.postTagStart.subarray(0, ctx.posts.length + 1)),
    ...Object.fromEntries(arrays.map((k) => [k, Array.from(ctx[k])])),
    ids: ctx.accounts.map((a) => ctx.accountId.get(a)).concat([ctx.accountId.get('nobody')]),
  };
}

describe('NameTable', () => {
  it('returns every id sorted by name after names are added in batches', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ maxLength: 4 }), { maxLength: 12 }), { maxLength: 6 }), (batches) => {
      const table = new NameTable();
      for (const batch of batches) {
        for (const name of batch) table.id(name);
        const expected = table.names.map((_, i) => i).sort((x, y) => compareStrings(table.names[x]!, table.names[y]!));
        expect(Array.from(table.sortedIds())).toEqual(expected);
      }
    }));
  });
});

describe('WindowPostCache', () => {
  it('reads sliding windows like a fresh cache, reusing the posts the windows share', () => {
    fc.assert(fc.property(postsArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (posts, sizeH, stepH) => {
      const shared = new WindowPostCache();
      let previous: readonly Post[] = [];
      for (const w of slide(posts, sizeH * HOUR, stepH * HOUR)) {
        const fresh = new WindowPostCache();
        const lookback = posts.filter((p) => p.timeMs < w.startMs).slice(-5);
        const got = shared.read(w.posts, lookback, 0);
        const gotNamed = named(shared, got);
        expect(gotNamed).toEqual(named(fresh, fresh.read(w.posts, lookback, 0)));
        const overlap = w.posts.length > 0 ? previous.indexOf(w.posts[0]!) : -1;
        expect(got.reused).toBe(overlap < 0 ? 0 : Math.min(w.posts.length, previous.length - overlap));
        previous = w.posts;
      }
    }));
  });

  it('reuses only the run of identical post objects and reads the rest', () => {
    const cache = new WindowPostCache();
    const [p0, p1, p2] = [post('a', 0, ['x']), post('b', MIN, ['y']), post('c', 2 * MIN, ['z'])];
    cache.read([p0, p1, p2], [], 0);
    // same first post, then another object where p2 was
    const other = { ...p2, account: 'd', hashtags: ['w'] };
    const f = cache.read([p1, other], [], 0);
    expect(f.reused).toBe(1);
    expect(named(cache, f).map((r) => [r.account, r.tags])).toEqual([['b', ['y']], ['d', ['w']]]);
  });

  it('drops its name tables when a window shares no post with the previous one', () => {
    const cache = new WindowPostCache();
    cache.read([post('a', 0, ['x'])], [], 0);
    cache.read([post('b', 0, ['y'])], [], 0);
    expect(cache.accounts.names).toEqual(['b']);
    expect(cache.hashtags.names).toEqual(['y']);
  });

  it('drops its name tables once they hold more than 4x the last window\'s names + 4,096, and reads the same fields', () => {
    // A long run of overlapping windows in which every window brings new accounts and hashtags.
    const cache = new WindowPostCache();
    let prev: Post[] = [];
    let largest = 0;
    let dropped = 0;
    for (let w = 0; w < 60; w++) {
      const fresh = Array.from({ length: 200 }, (_, i) => post(`u${w}-${i}`, w * MIN + i, [`t${w}-${i % 50}`]));
      const posts = [...prev.slice(-100), ...fresh];
      const before = cache.accounts.names.length + cache.hashtags.names.length;
      const f = cache.read(posts, [], 400);
      const after = cache.accounts.names.length + cache.hashtags.names.length;
      if (after < before) dropped++;
      largest = Math.max(largest, after);
      const check = new WindowPostCache();
      expect(named(cache, f)).toEqual(named(check, check.read(posts, [], 0)));
      prev = posts;
    }
    expect(dropped).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(4 * 400 + 4096 + 300 + 250);
  });

  it('de-duplicates repeated hashtags inside a post, also when the post is reused', () => {
    const cache = new WindowPostCache();
    const posts = [post('a', 0, ['x', 'y', 'x']), post('b', MIN, ['y', 'y'])];
    for (let i = 0; i < 2; i++) {
      const f = cache.read(posts, [], 0);
      expect(Array.from(f.tag.subarray(0, f.tagStart[2]!), (g) => cache.hashtags.names[g])).toEqual(['x', 'y', 'y']);
      expect(Array.from(f.tagStart.subarray(0, 3))).toEqual([0, 2, 3]);
    }
  });
});

describe('buildWindowContext across windows', () => {
  it('returns the same context in a run of sliding windows as for fresh post objects', () => {
    fc.assert(fc.property(postsArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (posts, sizeH, stepH) => {
      for (const w of slide(posts, sizeH * HOUR, stepH * HOUR)) {
        const lookback = posts.filter((p) => p.timeMs < w.startMs).slice(-5);
        const graph = handGraph(w.posts.length > 1 ? [[w.posts[0]!.account, w.posts[1]!.account, 1]] : []);
        const inRun = snapshot(buildWindowContext(w, graph, lookback, MIN));
        // copies have new identities: nothing is reused
        const copy = { ...w, posts: w.posts.map((p) => ({ ...p })) };
        const fresh = snapshot(buildWindowContext(copy, graph, lookback.map((p) => ({ ...p })), MIN));
        expect(inRun).toEqual(fresh);
      }
    }));
  });
});

/**
 * G_lead by spreading each credit in turn (the definition of lead-graph.ts): for each hashtag and
 * new adoption in order, credit 1/|C| to each of the ≤ maxLeaders most recent earlier adopters
 * within τ, appended to the leader's row; repeated targets merged in row order.
 */
function referenceLeadGraph(ctx: WindowContext, tauMs: number, maxLeaders: number) {
  const rows: [number, number][][] = Array.from({ length: ctx.n }, () => []);
  let credited = 0;
  for (let h = 0; h < ctx.hashtags.length; h++) {
    const adopters: { account: number; time: number }[] = [];
    const seen = new Set<number>();
    for (let r = ctx.occStart[h]!; r < ctx.occStart[h + 1]!; r++) {
      if (seen.has(ctx.occAccount[r]!)) continue;
      seen.add(ctx.occAccount[r]!);
      adopters.push({ account: ctx.occAccount[r]!, time: ctx.occTime[r]! });
    }
    adopters.forEach((j, k) => {
      if (j.time < ctx.startMs) return;
      const leaders = adopters.slice(0, k).filter((i) => i.time < j.time && i.time >= j.time - tauMs).slice(-maxLeaders);
      if (leaders.length === 0) return;
      credited++;
      for (const i of leaders) if (i.account < ctx.n) rows[i.account]!.push([j.account, 1 / leaders.length]);
    });
  }
  const outNode: number[] = [];
  const outWeight: number[] = [];
  const outStart = [0];
  const leadFollowers = rows.map((row) => {
    const at = new Map<number, number>();
    let sum = 0;
    for (const [j, w] of row) {
      sum += w;
      const k = at.get(j);
      if (k === undefined) {
        at.set(j, outNode.length);
        outNode.push(j);
        outWeight.push(w);
      } else outWeight[k]! += w;
    }
    outStart.push(outNode.length);
    return sum;
  });
  return { outStart, outNode, outWeight, leadFollowers, creditedAdoptions: credited };
}

describe('buildLeadGraph', () => {
  it('matches credit spreading credit by credit, bit for bit (ties, lookback, small maxLeaders)', () => {
    fc.assert(fc.property(postsArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 180 }), (posts, maxLeaders, tauMin) => {
      // coarse times make ties; the first 3 h are lookback
      const coarse = posts.map((p) => ({ ...p, timeMs: Math.floor(p.timeMs / (20 * MIN)) * 20 * MIN }));
      const window: Window = { index: 0, startMs: 3 * HOUR, endMs: 12 * HOUR, posts: coarse.filter((p) => p.timeMs >= 3 * HOUR) };
      const ctx = buildWindowContext(window, handGraph([]), coarse.filter((p) => p.timeMs < 3 * HOUR), MIN);
      const lead = buildLeadGraph(ctx, tauMin * MIN, maxLeaders, 0.1);
      expect({
        outStart: Array.from(lead.outStart), outNode: Array.from(lead.outNode), outWeight: Array.from(lead.outWeight),
        leadFollowers: Array.from(lead.leadFollowers), creditedAdoptions: lead.creditedAdoptions,
      }).toEqual(referenceLeadGraph(ctx, tauMin * MIN, maxLeaders));
    }));
  });
});

/** PageRank pulled row by row in index order (the plain loop the typed engine must equal bit for bit). */
function referenceRank(lead: LeadGraph, alpha: number, maxIterations: number, tolerance: number): Float64Array | null {
  const n = lead.outStart.length - 1;
  const received = new Float64Array(n);
  for (let k = 0; k < lead.outNode.length; k++) received[lead.outNode[k]!]! += lead.outWeight[k]!;
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < maxIterations; it++) {
    let dangle = 0;
    for (let j = 0; j < n; j++) if (received[j] === 0) dangle += x[j]!;
    const base = alpha * dangle * (1 / n) + (1 - alpha) * (1 / n);
    const share = x.map((v, j) => (received[j] === 0 ? 0 : v / received[j]!));
    const next = new Float64Array(n);
    let error = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = lead.outStart[i]!; k < lead.outStart[i + 1]!; k++) sum += share[lead.outNode[k]!]! * lead.outWeight[k]!;
      next[i] = base + alpha * sum;
      error += Math.abs(next[i]! - x[i]!);
    }
    x = next;
    if (error < n * tolerance) return x;
  }
  return null;
}

describe('computeLeadRank (typed arrays)', () => {
  it('equals the plain row-by-row power iteration bit for bit', () => {
    const graph = fc.integer({ min: 1, max: 11 }).chain((n) => fc.tuple(fc.constant(n),
      fc.array(fc.array(fc.tuple(fc.nat(n - 1), fc.double({ min: 0.01, max: 3, noNaN: true })), { maxLength: 12 }), { minLength: n, maxLength: n })));
    fc.assert(fc.property(graph, ([n, rows]) => {
      const outStart = new Int32Array(n + 1);
      rows.forEach((r, i) => (outStart[i + 1] = outStart[i]! + r.length));
      const lead: LeadGraph = {
        outStart, outNode: Int32Array.from(rows.flat(), ([j]) => j), outWeight: Float64Array.from(rows.flat(), ([, w]) => w),
        leadFollowers: new Float64Array(n), firstMoverHashtags: new Int32Array(n), hashtagDegree: new Int32Array(n), creditedAdoptions: 0,
      };
      const got = computeLeadRank(Array.from({ length: n }, (_, i) => `a${i}`), lead, { engine: 'typed-arrays', alpha: 0.85, maxIterations: 100, tolerance: 1e-9 });
      const expected = referenceRank(lead, 0.85, 100, 1e-9) ?? referenceRank(lead, 0.85, 1000, 1e-9);
      expect(got.rank === null ? null : Array.from(got.rank)).toEqual(expected === null ? null : Array.from(expected));
    }));
  });
});
