/**
 * Synthetic ladder for the swarms stage (METRICS.md §8.3): for each scenario,
 * generate → window (24 h / 6 h) → buildAccountGraph → detectSwarms →
 * trackSwarms → evaluateSwarms, and print one table (quality next to time).
 *
 *   npx tsx bench/ladder.ts [--scenarios easy,medium] [--accounts 1500 | --posts 100000] [--days 3]
 *       [--seeds 1] [--size 24h] [--step 6h] [--swarm '{"resolution":1}'] [--graph '{"null":"profile"}'] [--tracking '{}' | '[{}, {...}]'] [--causes]
 *
 * With a list of tracking options, the first is the main one and the others are
 * scored on the same detections (one extra line each).
 *
 * Columns: account P/R/F1 and AMI of the tracked swarms (members pooled over each
 * swarm's windows) against the planted swarms; best-match F1; `winF1` = mean over
 * windows of the account F1 of that window's swarms against the swarms active in it;
 * `fpWin` = share of windows with any isSwarm (the null-world false-positive rate);
 * `core F1/AMI` = the same scores with each tracked swarm reduced to its core members.
 * `--causes` lists false-positive accounts of the tracked swarms by cause. Scenarios with planted
 * events (dynamic) also print the tracking event F1 per type, id switches and id purity.
 */
import { evaluateSwarms, evaluateTracking, truthInWindow, accountScores } from '../src/evaluate/index.js';
import { buildAccountGraph } from '../src/graph/index.js';
import type { AccountGraphOptions } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { trackSwarms } from '../src/track/index.js';
import type { SwarmOptions, WindowSwarms } from '../src/swarms/index.js';
import type { TrackingOptions } from '../src/track/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import type { Scenario, ScenarioName } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
import { arg } from './lib/args.js';

const scenarios = arg('scenarios', 'null,easy,medium,hard,adversarial,dynamic').split(',') as ScenarioName[];
const accounts = Number(arg('accounts', '1500'));
// --posts N: size the world by its post count instead (the suite's ladder: 20k quick, 100k full).
const targetPosts = arg('posts', '') === '' ? undefined : Number(arg('posts', ''));
const days = Number(arg('days', '3'));
const seeds = arg('seeds', '1').split(',').map(Number);
const swarmOptions = JSON.parse(arg('swarm', '{}')) as SwarmOptions;
const graphOptions = JSON.parse(arg('graph', '{}')) as AccountGraphOptions;
const trackingArg = JSON.parse(arg('tracking', '{}')) as TrackingOptions | TrackingOptions[];
const trackingAll = Array.isArray(trackingArg) ? trackingArg : [trackingArg];
const trackingOptions = trackingAll[0] ?? {};
const showCauses = process.argv.includes('--causes');
const windowSize = arg('size', '24h');
const windowStep = arg('step', '6h');

const fmt = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '  –  ' : x.toFixed(d));

/** Why an organic account ended up in a detected swarm. */
function causes(scenario: Scenario, fp: readonly string[], grown: ReadonlySet<string>): Record<string, number> {
  const out: Record<string, number> = {};
  const shockPosters = new Set<string>();
  for (const s of scenario.truth.shocks) {
    for (const p of scenario.posts) {
      if (p.timeMs >= s.timeMs && p.timeMs <= s.timeMs + 15 * 60_000 && p.hashtags.includes(s.hashtag)) shockPosters.add(p.account);
    }
  }
  const volume = new Map<string, number>();
  for (const p of scenario.posts) volume.set(p.account, (volume.get(p.account) ?? 0) + 1);
  const top = [...volume.values()].sort((a, b) => b - a)[Math.floor(volume.size * 0.01)] ?? Infinity;
  for (const a of fp) {
    const cause = shockPosters.has(a) ? 'news-shock' : (volume.get(a) ?? 0) >= top ? 'hyperactive(top1%)' : 'other-organic';
    const key = `${cause}${grown.has(a) ? '/grown' : '/core'}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

console.log(`windows ${windowSize}/${windowStep}, accounts ${accounts}, days ${days}, seeds ${seeds.join(',')}, swarm ${JSON.stringify(swarmOptions)}, graph ${JSON.stringify(graphOptions)}, tracking ${JSON.stringify(trackingOptions)}`);
console.log('scenario     seed  posts  win  swarms/true   P      R      F1     AMI    bestF1  winF1  fpWin   graph s  swarm s   core F1/AMI');
for (const name of scenarios) {
  for (const seed of seeds) {
    const size = targetPosts === undefined ? { accounts } : { targetPosts };
    const scenario = generateScenario({ scenario: name, seed, ...size, ...(name === 'dynamic' ? {} : { days }) });
    const { windows } = windowPostsSync(scenario.posts, { size: windowSize, step: windowStep });
    let graphMs = 0;
    let swarmMs = 0;
    const results: WindowSwarms[] = [];
    let winF1 = 0;
    let winCount = 0;
    for (const w of windows) {
      let t = performance.now();
      const g = buildAccountGraph(w, graphOptions);
      graphMs += performance.now() - t;
      t = performance.now();
      const r = detectSwarms(g, w, swarmOptions);
      swarmMs += performance.now() - t;
      results.push(r);
      const truthW = truthInWindow(scenario.truth, w.startMs, w.endMs);
      const flagged = r.candidates.filter((c) => c.significance.isSwarm).flatMap((c) => c.members);
      const positives = truthW.swarms.flatMap((s) => s.members);
      if (positives.length > 0) {
        winF1 += accountScores(flagged, positives).f1 ?? 0;
        winCount++;
      }
    }
    const tracked = trackSwarms(results, trackingOptions);
    const scores = evaluateSwarms(tracked, scenario.truth);
    const core = evaluateSwarms(tracked.swarms.map((s) => ({ id: s.id, members: s.coreMembers })), scenario.truth);
    const fpWin = results.filter((r) => r.candidates.some((c) => c.significance.isSwarm)).length / Math.max(1, results.length);
    console.log(
      `${name.padEnd(12)} ${String(seed).padStart(4)} ${String(scenario.posts.length).padStart(6)} ${String(windows.length).padStart(4)}` +
        `  ${String(tracked.swarms.length).padStart(5)}/${String(scenario.truth.swarms.length).padEnd(5)}` +
        `  ${fmt(scores.accounts.precision)}  ${fmt(scores.accounts.recall)}  ${fmt(scores.accounts.f1)}  ${fmt(scores.ami)}  ${fmt(scores.bestMatchF1)}   ${fmt(winCount ? winF1 / winCount : null)}  ${fmt(fpWin, 2)}` +
        `  ${(graphMs / 1000).toFixed(1).padStart(7)}  ${(swarmMs / 1000).toFixed(1).padStart(7)}` +
        `   core: ${fmt(core.accounts.f1)} ${fmt(core.ami)}`,
    );
    if (scenario.truth.events.length > 0) {
      const spans = windows.map((w) => ({ index: w.index, startMs: w.startMs, endMs: w.endMs }));
      const ev = evaluateTracking(tracked, scenario.truth, { windows: spans });
      const byType = Object.entries(ev.events.byType).map(([k, v]) => `${k} ${fmt(v.f1, 2)} (${v.matched}/${v.planted} planted, ${v.detected} detected)`).join('; ');
      if (process.env.TRACK_DETAIL) for (const s of ev.swarms) console.log(`      ${s.truthId} active ${s.activeWindows} ids ${s.trackedIds} switches ${s.idSwitches} purity ${fmt(s.idPurity, 2)} lifespan err h ${s.lifespanErrorMs === null ? "-" : (s.lifespanErrorMs / 3.6e6).toFixed(0)}`);
      console.log(`   events F1 ${fmt(ev.events.overall.f1)} — ${byType}; id switches ${ev.idSwitches}, id purity ${fmt(ev.idPurity)}, tracked ids per planted swarm ${fmt(ev.meanTrackedIds, 2)}, lifespans within a day ${fmt(ev.lifespansWithinDay, 2)}`);
    }
    for (const alt of trackingAll.slice(1)) {
      const t = trackSwarms(results, alt);
      const sc = evaluateSwarms(t, scenario.truth);
      console.log(`   tracking ${JSON.stringify(alt)}: swarms ${t.swarms.length}, F1 ${fmt(sc.accounts.f1)}, AMI ${fmt(sc.ami)}, bestF1 ${fmt(sc.bestMatchF1)}`);
    }
    if (showCauses) {
      const truthMembers = new Set(scenario.truth.swarms.flatMap((s) => s.members));
      const detected = new Set(tracked.swarms.flatMap((s) => s.members));
      const grown = new Set(results.flatMap((r) => r.candidates.flatMap((c) => c.grownMembers)));
      const fp = [...detected].filter((a) => !truthMembers.has(a));
      const missed = [...truthMembers].filter((a) => !detected.has(a)).length;
      console.log(`   false positives ${fp.length}: ${JSON.stringify(causes(scenario, fp, grown))}; missed members ${missed}`);
    }
  }
}
