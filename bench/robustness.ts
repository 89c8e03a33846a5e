/**
 * Robustness of the defaults off the ladder: the `medium` world with one generator knob moved at
 * a time (swarm sizes, burst rates and schedules, participation, jitter, shocks, days, overlap,
 * one hijacked hashtag, …), each analysed by `analyze()` with its defaults (seed 1) and scored
 * on accounts (P, R, F1) and partition (AMI). The defaults were tuned on the ladder's named
 * scenarios; this shows where they hold and where they give way when the world moves.
 *
 *   npx tsx bench/robustness.ts [--seeds 1,2] [--accounts 1500] [--only "big swarms"] [--options '{"swarms":{…}}']
 */
import { analyze } from '../src/index.js';
import { evaluateSwarms } from '../src/evaluate/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import type { ScenarioOptions } from '../src/synthetic/index.js';
import { arg } from './lib/args.js';

const seeds = arg('seeds', '1,2').split(',').map(Number);
const accounts = Number(arg('accounts', '1500'));
const only = arg('only', '');
const options = JSON.parse(arg('options', '{}')) as Record<string, unknown>;

/** One knob moved from `medium`; `accounts` is scaled where the knob needs room. */
const VARIANTS: readonly (readonly [string, ScenarioOptions])[] = [
  ['medium', {}],
  ['big swarms 60–150', { swarmSizeMin: 60, swarmSizeMax: 150, accounts: 2 * accounts }],
  ['tiny swarms 3–8', { swarmSizeMin: 3, swarmSizeMax: 8 }],
  ['jitter U[0, 90 s]', { jitterMs: 90_000, jitterDistribution: 'uniform' }],
  ['1 burst a day', { burstsPerDay: 1 }],
  ['12 bursts a day', { burstsPerDay: 12 }],
  ['periodic bursts', { burstSchedule: 'periodic' }],
  ['participation 0.3', { participation: 0.3 }],
  ['coordinated share 0.1', { coordinatedShare: 0.1 }],
  ['8 shocks a day', { shocksPerDay: 8 }],
  ['1 % hyperactive', { hyperactiveShare: 0.01 }],
  ['1 day', { days: 1 }],
  ['14 days', { days: 14 }],
  ['30 swarms', { swarms: 30, accounts: 2 * accounts }],
  ['member overlap 0.3', { overlap: 0.3 }],
  ['one hijacked hashtag', { ownTags: 0, hijackTags: 1 }],
  ['3× activity', { activityMu: 2.2 }],
];

const fmt = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '–' : x.toFixed(d));
console.log(`medium (1,500 accounts unless the knob needs more), seeds ${seeds.join(', ')}, analyze() ${JSON.stringify({ seed: 1, ...options })}\n`);
console.log('| variant | ' + seeds.map((s) => `seed ${s}: F1 (P / R), AMI`).join(' | ') + ' |');
console.log('|---|' + seeds.map(() => '---').join('|') + '|');
for (const [name, knob] of VARIANTS) {
  if (only !== '' && !name.includes(only)) continue;
  const cells: string[] = [];
  for (const seed of seeds) {
    const world = generateScenario({ scenario: 'medium', seed, accounts, ...knob });
    const report = await analyze(world.posts, { seed: 1, ...options });
    const found = report.swarms.filter((s) => s.significance.isSwarm).map((s) => ({ id: s.id, members: s.members }));
    const s = evaluateSwarms(found, world.truth);
    cells.push(`${fmt(s.accounts.f1)} (${fmt(s.accounts.precision, 2)} / ${fmt(s.accounts.recall, 2)}), ${fmt(s.ami, 2)}`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
