/**
 * Synthetic generator benchmark: generation time and peak RSS for 100k and 1M posts of the
 * `medium` scenario over 7 days (fixed per-account rate, more accounts), streamed and
 * collected, each in a fresh child process so that peak RSS is its own; then the ladder
 * table (posts, accounts, swarms, members, hashtags, coordinated share) at default sizes.
 *
 * Run: npx tsx bench/synthetic.ts [--quick]   (--quick: 100k only, ladder at 1 day)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { generateScenario, generateScenarioStream } from 'hashtag-swarms';
import { SCENARIO_NAMES } from 'hashtag-swarms/synthetic';

interface Measure {
  readonly mode: string;
  readonly target: number;
  readonly posts: number;
  readonly accounts: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

function measure(mode: 'stream' | 'collect', target: number): Measure {
  const options = { scenario: 'medium', targetPosts: target, days: 7, seed: 1 } as const;
  const start = performance.now();
  let posts = 0;
  let accounts = 0;
  if (mode === 'stream') {
    const stream = generateScenarioStream(options);
    for (const post of stream) if (post.timeMs >= 0) posts++;
    accounts = stream.truth().accounts;
  } else {
    const scenario = generateScenario(options);
    posts = scenario.posts.length;
    accounts = scenario.truth.accounts;
  }
  const seconds = (performance.now() - start) / 1000;
  return { mode, target, posts, accounts, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  process.stdout.write(JSON.stringify(measure(args[1] as 'stream' | 'collect', Number(args[2]))));
} else {
  const quick = args.includes('--quick');
  const self = fileURLToPath(import.meta.url);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} ×${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log('\nmedium scenario, 7 days, seed 1 (each run in a fresh process)');
  console.log('mode     target     posts  accounts  seconds  peak RSS (MB)');
  for (const target of quick ? [100_000] : [100_000, 1_000_000]) {
    for (const mode of ['stream', 'collect'] as const) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, String(target)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const m = JSON.parse(out) as Measure;
      console.log(
        `${m.mode.padEnd(8)} ${String(m.target).padStart(7)} ${String(m.posts).padStart(9)} ${String(m.accounts).padStart(9)} ` +
          `${m.seconds.toFixed(2).padStart(8)} ${m.peakRssMb.toFixed(0).padStart(14)}`,
      );
    }
  }
  const days = quick ? 1 : undefined;
  console.log(`\nscenario ladder (default sizes${quick ? ', 1 day' : ''}, seed 1)`);
  console.log('scenario       days    posts  accounts  swarms  members  hashtags  coordinated  shocks  events  seconds');
  for (const scenario of SCENARIO_NAMES) {
    const start = performance.now();
    const { posts, truth } = generateScenario({ scenario, seed: 1, ...(days !== undefined ? { days } : {}) });
    const seconds = (performance.now() - start) / 1000;
    const hashtags = new Set<string>();
    for (const p of posts) for (const h of p.hashtags) hashtags.add(h);
    const members = new Set(truth.swarms.flatMap((s) => s.members)).size;
    const share = (100 * truth.coordinatedPostIds.length) / posts.length;
    console.log(
      `${scenario.padEnd(12)} ${String(truth.options.days).padStart(6)} ${String(posts.length).padStart(8)} ${String(truth.accounts).padStart(9)} ` +
        `${String(truth.swarms.length).padStart(7)} ${String(members).padStart(8)} ${String(hashtags.size).padStart(9)} ` +
        `${share.toFixed(2).padStart(10)} % ${String(truth.shocks.length).padStart(6)} ${String(truth.events.length).padStart(7)} ${seconds.toFixed(2).padStart(8)}`,
    );
  }
}
