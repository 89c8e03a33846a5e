/**
 * Tracking rules on the ladder's `dynamic` world (issue: detection, "Tracking on dynamic"): the
 * windows' detections are computed once per seed and cached in bench/tmp/ (keyed by the sources
 * that make them), then every tracking option set given is scored on the same detections — tracked
 * ids per planted swarm, lifespans within a day, event F1, account F1 and AMI — so a rule is
 * compared with the defaults on identical input in seconds.
 *
 *   npx tsx bench/tracking.ts [--seeds 1,2,3,4] [--tracking '[{}, {"threshold": 0.2}]'] [--detail S01]
 *
 * The scores use evaluateTracking's defaults (METRICS.md §5.4: the majority id, §4.3's lineages);
 * each seed also prints the other conventions (`identity: 'plurality'`, `lineage: 'planted'`) on
 * the same tracked swarms.
 *
 * `--detail S01` prints, for the first seed, each window's swarms that hold a member of planted
 * swarm S01, with their tracked id and composition by planted swarm.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateSwarms, evaluateTracking } from '../src/evaluate/index.js';
import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import type { WindowSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import type { ScenarioTruth } from '../src/synthetic/index.js';
import { trackSwarms } from '../src/track/index.js';
import type { TrackingOptions } from '../src/track/index.js';
import { windowPostsSync } from '../src/windows/index.js';
import { REPO_ROOT } from './lib/inputs.js';
import { arg } from './lib/args.js';

const seeds = arg('seeds', '1,2,3,4').split(',').map(Number);
const trackingArg = JSON.parse(arg('tracking', '[{}]')) as TrackingOptions | TrackingOptions[];
const variants = Array.isArray(trackingArg) ? trackingArg : [trackingArg];
const detail = arg('detail', '');

interface Cached {
  readonly truth: ScenarioTruth;
  readonly windows: { index: number; startMs: number; endMs: number }[];
  readonly results: WindowSwarms[];
}

/** Hash of the sources that make the detections: a changed stage recomputes them. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const stage of ['synthetic', 'windows', 'graph', 'groups', 'swarms', '_lib']) {
    const dir = path.join(REPO_ROOT, 'src', stage);
    for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(path.join(dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

function detections(seed: number, key: string): Cached {
  const dir = path.join(REPO_ROOT, 'bench', 'tmp', 'tracking');
  const file = path.join(dir, `dynamic-${seed}-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Cached;
  const scenario = generateScenario({ scenario: 'dynamic', seed, accounts: 1500 });
  const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
  const results = windows.map((w) => detectSwarms(buildAccountGraph(w), w));
  const cached: Cached = { truth: scenario.truth, windows: windows.map((w) => ({ index: w.index, startMs: w.startMs, endMs: w.endMs })), results };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(cached));
  return cached;
}

const fmt = (x: number | null | undefined, d = 2): string => (x === null || x === undefined ? '–' : x.toFixed(d));
const key = sourcesHash();
const data = seeds.map((seed) => ({ seed, ...detections(seed, key) }));
for (const options of variants) {
  console.log(`tracking ${JSON.stringify(options)}`);
  let ids = 0;
  let lifespans = 0;
  const others = [
    { name: 'majority + planted', options: { identity: 'majority', lineage: 'planted' } },
    { name: 'plurality + planted', options: { identity: 'plurality', lineage: 'planted' } },
    { name: 'plurality + dominant', options: { identity: 'plurality', lineage: 'dominant' } },
  ] as const;
  const sums = others.map(() => ({ ids: 0, lifespans: 0 }));
  for (const { seed, truth, windows, results } of data) {
    const tracked = trackSwarms(results, options);
    const ev = evaluateTracking(tracked, truth, { windows });
    const scores = evaluateSwarms(tracked, truth);
    ids += ev.meanTrackedIds ?? 0;
    lifespans += ev.lifespansWithinDay ?? 0;
    const perSwarm = ev.swarms.map((s) => `${s.truthId}:${s.trackedIds}/${s.lifespanErrorMs === null ? '–' : Math.round(s.lifespanErrorMs / 3_600_000)}h`).join(' ');
    console.log(
      `  seed ${seed}: ids ${fmt(ev.meanTrackedIds)}, lifespans ${fmt(ev.lifespansWithinDay)}, events F1 ${fmt(ev.events.overall.f1)}, ` +
        `F1 ${fmt(scores.accounts.f1, 3)}, AMI ${fmt(scores.ami, 3)} | ${perSwarm}`,
    );
    // The same tracking under the evaluator's other conventions (METRICS.md §5.4).
    const alt = others.map(({ name, options: conv }, i) => {
      const e = evaluateTracking(tracked, truth, { windows, ...conv });
      sums[i]!.ids += e.meanTrackedIds ?? 0;
      sums[i]!.lifespans += e.lifespansWithinDay ?? 0;
      return `${name}: ids ${fmt(e.meanTrackedIds)}, lifespans ${fmt(e.lifespansWithinDay)}`;
    });
    console.log(`    ${alt.join(' | ')}`);
    if (detail !== '' && seed === seeds[0]) {
      const plantedOf = new Map<string, string[]>();
      for (const s of truth.swarms) for (const m of s.members) plantedOf.set(m, [...(plantedOf.get(m) ?? []), s.id]);
      const idOf = new Map<string, string>();
      for (const s of tracked.swarms) for (const k of s.candidateKeys) idOf.set(k, s.id);
      for (const r of results) {
        const parts = r.candidates.filter((c) => c.significance.isSwarm && c.members.some((m) => plantedOf.get(m)?.includes(detail))).map((c) => {
          const mix = new Map<string, number>();
          for (const m of c.members) for (const t of plantedOf.get(m) ?? ['organic']) mix.set(t, (mix.get(t) ?? 0) + 1);
          return `${idOf.get(c.key) ?? '?'} [${[...mix].map(([t, n]) => `${t}:${n}`).join(' ')}]`;
        });
        console.log(`    window ${r.windowIndex}: ${parts.join('  ')}`);
      }
    }
  }
  console.log(`  mean: ids ${fmt(ids / data.length)}, lifespans ${fmt(lifespans / data.length)} | ` +
    others.map(({ name }, i) => `${name}: ids ${fmt(sums[i]!.ids / data.length)}, lifespans ${fmt(sums[i]!.lifespans / data.length)}`).join(' | '));
}
