import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from 'hashtag-swarms';
import type { Window } from 'hashtag-swarms/windows';
import { compareStrings } from '../../src/_lib/compare.js';
import { buildLeadGraph } from '../../src/influence/lead-graph.js';
import { computeLeadRank } from '../../src/influence/compute-lead-rank.js';
import type { LeadGraph } from '../../src/influence/lead-graph.js';
import { buildWindowContext, type WindowContext } from '../../src/influence/window-context.js';
import { createWindowTable } from '../../src/windows/index.js';
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

describe('buildWindowContext on the run\'s window table', () => {
  it('returns the same context from a streamed table\'s rows as from the window alone', () => {
    fc.assert(fc.property(postsArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (posts, sizeH, stepH) => {
      const table = createWindowTable();
      const held = new Set<Post>();
      for (const w of slide(posts, sizeH * HOUR, stepH * HOUR)) {
        for (const p of w.posts) held.add(p);
        const graph = handGraph(w.posts.length > 1 ? [[w.posts[0]!.account, w.posts[1]!.account, 1]] : []);
        const inRun = snapshot(buildWindowContext(w, graph, [], MIN, table.sync(w)));
        // copies have new identities: interned afresh
        const copy = { ...w, posts: w.posts.map((p) => ({ ...p })) };
        const fresh = snapshot(buildWindowContext(copy, graph, [], MIN));
        expect(inRun).toEqual(fresh);
      }
      // each post interned once, whatever the number of windows that held it
      expect(table.internedPosts).toBe(held.size);
    }));
  });

  it('numbers lookback-only accounts after the window\'s (a table of its own)', () => {
    const w: Window = { index: 0, startMs: HOUR, endMs: 2 * HOUR, posts: [post('b', HOUR, ['x']), post('c', HOUR + MIN, ['x'])] };
    const ctx = buildWindowContext(w, handGraph([]), [post('a', 0, ['x']), post('b', MIN, ['y'])], MIN);
    expect([...ctx.accounts]).toEqual(['b', 'c', 'a']);
    expect(ctx.n).toBe(2);
    expect([...ctx.hashtags]).toEqual(['x', 'y']);
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
