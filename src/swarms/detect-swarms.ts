/**
 * Swarm detection in one window (DESIGN.md §3, METRICS.md §3.3–§3.5, §6.2):
 * seeded Louvain on the kept edges (weight = excess episodes) → connected
 * components of each community → candidates of size ≥ minSwarmSize → scores
 * and two Monte Carlo nulls → the corrected isSwarm rule → growth of each
 * swarm by the accounts significantly synchronised with its own bursts
 * (grow-group.ts), kept when the grown group still passes the rule.
 *
 * Statistic (measured on the synthetic ladder, bench/ladder.ts): the default
 * `'owned-sync'` (synchronised member posts around which the members hold ≥ half
 * of the posts within ±Δt) separated planted swarms from organic groups best;
 * plain syncFraction lost recall on easy and hard data (account F1 0.91 / 0.90
 * vs 0.996 / 0.993), and internal matched pairs is dominated by single large
 * bursts. The permutation null is the exact whole-window null of §6.1
 * (`permutationBinMs: 0`); 1-hour strata cost recall on hijacked hashtags
 * (hard F1 0.81). Selection caveat (§6.3): the nulls test a group Louvain chose
 * because its members co-occur, so small organic groups linked by chance edges
 * can pass; on a graph built with the uniform edge null, 20 % of null-world
 * windows held such a group, 0 % with the graph stage's `null: 'profile'`.
 */
import type Graph from 'graphology';
import { compareStrings } from '../_lib/compare.js';
import { hashSeed } from '../_lib/rng.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Window, WindowView } from '../windows/index.js';
import { graphWeights, measureCohesion } from './cohesion.js';
import { decideSwarms, type Decision } from './decide-swarms.js';
import { evaluateGroup, type EvaluatedGroup, type GroupContext } from './evaluate-group.js';
import { findCommunities } from './find-communities.js';
import { growGroup } from './grow-group.js';
import { splitAtCutVertex } from './split-at-cut-vertex.js';
import { hashtagOverlap, splitAtSparseCut } from './split-at-sparse-cut.js';
import { resolveSwarmOptions } from './options.js';
import type { SwarmCandidate, SwarmOptions, WindowSwarms } from './types.js';
import { buildWindowIndex } from './window-index.js';

/**
 * Kept edges among the members, their episodes and expected episodes: from the members'
 * adjacency in the graph stage's graph (each edge seen from its source), not a scan of every edge.
 */
function edgeEvidence(result: AccountGraphResult, members: readonly string[]): { edges: number; episodes: number; expectedEpisodes: number } {
  const set = new Set(members);
  let edges = 0;
  let episodes = 0;
  let expectedEpisodes = 0;
  for (const m of members) {
    if (!result.graph.hasNode(m)) continue;
    result.graph.forEachEdge(m, (_key, attrs, source, target) => {
      if (source !== m || !attrs.kept || !set.has(target)) return;
      edges++;
      episodes += attrs.episodes;
      expectedEpisodes += attrs.expected;
    });
  }
  return { edges, episodes, expectedEpisodes };
}

function toCandidate(
  g: EvaluatedGroup, d: Decision, key: string, windowIndex: number, grown: readonly string[], result: AccountGraphResult,
): SwarmCandidate {
  const t = g.test;
  return {
    key,
    windowIndex,
    members: g.members,
    grownMembers: grown,
    size: g.members.length,
    posts: g.profile.posts,
    hashtags: g.profile.hashtags,
    internalDensity: g.cohesion.internalDensity,
    conductance: g.cohesion.conductance,
    modularityContribution: g.cohesion.modularityContribution,
    syncFraction: g.syncFraction,
    medianLagMs: g.medianLagMs,
    significance: {
      statistic: t.statistic,
      pValue: d.pValue,
      pTimeShift: t.timeShift.pValue,
      pPermutation: t.permutation.pValue,
      zTimeShift: t.timeShift.z,
      zPermutation: t.permutation.z,
      replicatesTimeShift: t.timeShift.draws,
      replicatesPermutation: t.permutation.draws,
      repeatedBursts: t.observed.episodes,
      ownedHashtags: g.profile.ownedHashtags,
      isSwarm: d.isSwarm,
      reasons: d.reasons,
      ...edgeEvidence(result, g.members),
    },
  };
}

/**
 * The k-core of a community: members with fewer than k edges to the other remaining members
 * are removed until none is left (order-free: the k-core is unique).
 */
function peelToCore(graph: Graph, members: readonly string[], k: number): readonly string[] {
  if (k <= 1) return members;
  const alive = new Set(members);
  const degree = new Map<string, number>();
  for (const m of members) {
    let d = 0;
    graph.forEachNeighbor(m, (n) => {
      if (alive.has(n)) d++;
    });
    degree.set(m, d);
  }
  const queue = members.filter((m) => degree.get(m)! < k);
  for (const m of queue) alive.delete(m);
  while (queue.length > 0) {
    const m = queue.pop()!;
    graph.forEachNeighbor(m, (n) => {
      if (!alive.has(n)) return;
      const d = degree.get(n)! - 1;
      degree.set(n, d);
      if (d < k) {
        alive.delete(n);
        queue.push(n);
      }
    });
  }
  return members.filter((m) => alive.has(m));
}

function decide(groups: readonly EvaluatedGroup[], ctx: GroupContext): Decision[] {
  const o = ctx.options;
  return decideSwarms(
    groups.map((g) => ({
      pTimeShift: g.test.timeShift.pValue,
      pPermutation: g.test.permutation.pValue,
      ownedHashtags: g.profile.ownedHashtags,
      repeatedBursts: g.test.observed.episodes,
      statistic: g.test.statistic,
    })),
    o.alpha,
    o.correction,
    o.minRepeatedBursts,
    o.minStatistic,
    o.groupNulls === 'both',
  );
}

/**
 * Detect and test the candidate swarms of one window.
 * @param graphResult the window's account graph (graph stage).
 * @param window the window whose posts built the graph (same post order as `graphResult.crowdPost`).
 * @param options {@link SwarmOptions}; defaults in `DEFAULT_SWARM_OPTIONS`.
 * @param view the window's rows in the run's window table (`analyze()` passes it, so that the
 *   window's posts are not interned again); without it, they are interned here.
 * @returns every candidate (swarm or not) with scores, sorted by size desc then
 *   first member; a skipped result when the graph was skipped.
 * @throws {InvalidOptionsError} on a bad option.
 * @example
 * const swarms = detectSwarms(buildAccountGraph(window), window, { seed: 7 });
 * swarms.candidates.filter((c) => c.significance.isSwarm);
 */
export function detectSwarms(graphResult: AccountGraphResult, window: Window, options?: SwarmOptions, view?: WindowView): WindowSwarms {
  const o = resolveSwarmOptions(options);
  const base = { windowIndex: window.index, startMs: window.startMs, endMs: window.endMs };
  if (graphResult.status === 'skipped') {
    return { ...base, status: 'skipped', reason: graphResult.reason ?? 'no-edges', candidates: [], modularity: null };
  }
  const index = buildWindowIndex(window, graphResult.crowdPost, view);
  const { graph, components } = findCommunities(graphResult, o.resolution, hashSeed(`${o.seed}|louvain|${window.index}`));
  const weights = graphWeights(graph);
  const ctx: GroupContext = {
    index,
    graph,
    weights,
    maxLagMs: graphResult.maxLagMs,
    windowIndex: window.index,
    options: o,
    scratch: new Int32Array(index.accounts.length).fill(-1),
  };
  let modularity = 0;
  for (const c of components) modularity += measureCohesion(graph, weights, c, o.resolution).modularityContribution;
  const toIds = (names: readonly string[]): Int32Array =>
    Int32Array.from(names.map((n) => index.accountIdOf(n)).filter((a) => a >= 0)).sort();
  const peeled = components.map((c) => peelToCore(graph, c, o.minInternalEdges));
  const cores = peeled.filter((c) => c.length >= o.minSwarmSize).map((c) => evaluateGroup(ctx, toIds(c)));
  // Communities of the minimum size whose k-core is smaller: tested as they are and reported
  // with the rule they failed, never dropped silently.
  const sparse = components
    .filter((c, i) => c.length >= o.minSwarmSize && peeled[i]!.length < o.minSwarmSize)
    .map((c) => evaluateGroup(ctx, toIds(c)));
  const groups = [...cores];
  const grown: string[][] = cores.map(() => []);
  let decisions = decide(groups, ctx);
  if (o.splitAtCutVertex || o.splitAtSparseCut) {
    // A significant core made of groups joined through one account is split at it when a part is
    // significant on its own (split-at-cut-vertex.ts): the parts that are stay swarms, the others
    // are reported as candidates with the rule they failed — an organic crowd hanging on one
    // member of an operation no longer rides on the operation's significance. Two swarms tied by
    // a few accounts are split at the sparse cut between them (split-at-sparse-cut.ts).
    for (let i = 0; i < groups.length; i++) {
      if (!decisions[i]!.isSwarm) continue;
      let pieces = o.splitAtCutVertex ? splitAtCutVertex(graph, groups[i]!.members, o.minSwarmSize) : [];
      const atCutVertex = pieces.length >= 2;
      if (!atCutVertex && o.splitAtSparseCut) {
        pieces = splitAtSparseCut(graph, groups[i]!.members, {
          minSize: o.minSwarmSize,
          resolution: o.sparseCutResolution,
          maxCutRatio: o.sparseCutRatio,
          seed: hashSeed(`${o.seed}|split|${window.index}|${groups[i]!.members[0]!}`),
        });
      }
      if (pieces.length < 2) continue;
      const evaluated = pieces.map((p) => evaluateGroup(ctx, toIds(p)));
      // Two swarms act on different hashtags: pieces of one operation share its hashtags.
      if (!atCutVertex && hashtagOverlap(evaluated.map((g) => g.profile.hashtags)) > o.sparseCutHashtagOverlap) continue;
      const trial = [...groups.slice(0, i), ...evaluated, ...groups.slice(i + 1)];
      const d = decide(trial, ctx);
      // At a cut account one significant part is enough (the rest hung on it); at a sparse cut
      // every part must be significant on its own, so that no member is lost by the split.
      const significant = evaluated.map((_, k) => d[i + k]!.isSwarm);
      if (atCutVertex ? !significant.some(Boolean) : !significant.every(Boolean)) continue;
      groups.splice(i, 1, ...evaluated);
      cores.splice(i, 1, ...evaluated);
      grown.splice(i, 1, ...evaluated.map(() => []));
      decisions = d;
      i--;
    }
  }
  if (o.grow) {
    // An account joins at most one swarm (the first to claim it, in size order), and
    // never leaves a candidate: the output stays a partition. A grown swarm owns more of its
    // bursts than its core did, so growth is repeated from the grown swarm until a round adds
    // nobody (at most growRounds rounds); a swarm whose growth fails the rule goes back to what it
    // was before that round, gives its new accounts back, and stops growing.
    const eligible = new Uint8Array(index.accounts.length).fill(1);
    for (const g of cores) for (const a of g.ids) eligible[a] = 0;
    const growing = decisions.map((d) => d.isSwarm);
    for (let round = 0; round < o.growRounds && growing.some(Boolean); round++) {
      const before = groups.slice();
      const grownBefore = grown.slice();
      const addedNow: number[][] = groups.map(() => []);
      groups.forEach((g, i) => {
        if (!growing[i]) return;
        const added = growGroup(index, g.data, g.background, eligible, ctx.maxLagMs, o.growAlpha, o.growMinSynced);
        if (added.length === 0) {
          growing[i] = false;
          return;
        }
        for (const a of added) eligible[a] = 0;
        addedNow[i] = added;
        groups[i] = evaluateGroup(ctx, Int32Array.from([...g.ids, ...added]).sort());
        grown[i] = [...grown[i]!, ...added.map((a) => index.accounts[a]!)].sort(compareStrings);
      });
      if (!addedNow.some((a) => a.length > 0)) break;
      decisions = decide(groups, ctx);
      let reverted = false;
      groups.forEach((g, i) => {
        if (g !== before[i] && !decisions[i]!.isSwarm) {
          groups[i] = before[i]!;
          grown[i] = grownBefore[i]!;
          for (const a of addedNow[i]!) eligible[a] = 1;
          growing[i] = false;
          reverted = true;
        }
      });
      if (reverted) decisions = decide(groups, ctx);
    }
  }
  const all = [...groups, ...sparse];
  const allDecisions: Decision[] = [
    ...decisions,
    ...decide(sparse, ctx).map((d) => ({ pValue: d.pValue, isSwarm: false, reasons: [...d.reasons, 'sparse-core' as const] })),
  ];
  const allGrown = [...grown, ...sparse.map(() => [])];
  const order = all
    .map((_, i) => i)
    .sort((a, b) => all[b]!.members.length - all[a]!.members.length || compareStrings(all[a]!.members[0]!, all[b]!.members[0]!));
  const candidates = order.map((i, n) => toCandidate(all[i]!, allDecisions[i]!, `w${window.index}-c${n}`, window.index, allGrown[i]!, graphResult));
  return { ...base, status: 'analyzed', candidates, modularity };
}
