/**
 * Null-world false-positive rate of the swarms stage (METRICS.md §8.3 `null`):
 * scenarios without planted swarms (news shocks on), windowed 24 h / 6 h; the
 * share of analysed windows with any isSwarm candidate, over many seeds, next to
 * α + 2·sampling error. Run for each edge null of the graph stage.
 *
 *   npx tsx bench/null-world.ts [--seeds 20] [--accounts 1000] [--days 2] [--nulls rhythm,profile,uniform] [--swarm '{…}'] [--graph '{…}']
 */
import { buildAccountGraph } from '../src/graph/index.js';
import type { AccountGraphOptions } from '../src/graph/index.js';
import { DEFAULT_SWARM_OPTIONS, detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
import { arg } from './lib/args.js';

const seeds = Number(arg('seeds', '20'));
const accounts = Number(arg('accounts', '1000'));
const days = Number(arg('days', '2'));
const graphNull = (JSON.parse(arg('graph', '{}')) as { null?: NonNullable<AccountGraphOptions['null']> }).null;
// `--graph '{"null": …}'` names the one null to run; otherwise each of `--nulls`.
const nulls = graphNull !== undefined ? [graphNull] : (arg('nulls', 'rhythm').split(',') as NonNullable<AccountGraphOptions['null']>[]);
const alpha = DEFAULT_SWARM_OPTIONS.alpha;
const swarmOptions = JSON.parse(arg('swarm', '{}')) as Record<string, unknown>;
const graphOptions = JSON.parse(arg('graph', '{}')) as Record<string, unknown>;

for (const edgeNull of nulls) {
  let windows = 0;
  let analyzed = 0;
  let positive = 0;
  let candidates = 0;
  let swarmAccounts = 0;
  const started = performance.now();
  for (let seed = 1; seed <= seeds; seed++) {
    const scenario = generateScenario({ scenario: 'null', seed, accounts, days });
    for (const w of windowPostsSync(scenario.posts, { size: '24h', step: '6h' }).windows) {
      const r = detectSwarms(buildAccountGraph(w, { ...graphOptions, null: edgeNull }), w, { ...swarmOptions, seed });
      windows++;
      if (r.status === 'analyzed') analyzed++;
      candidates += r.candidates.length;
      const swarms = r.candidates.filter((c) => c.significance.isSwarm);
      if (swarms.length > 0) positive++;
      swarmAccounts += swarms.reduce((n, c) => n + c.size, 0);
    }
  }
  const rate = positive / windows;
  const bound = alpha + 2 * Math.sqrt((alpha * (1 - alpha)) / windows);
  console.log(
    `edge null ${edgeNull.padEnd(8)} seeds ${seeds}  windows ${windows} (analysed ${analyzed}, candidates ${candidates})` +
      `  windows with a swarm ${positive} → FPR ${rate.toFixed(3)} (α + 2se = ${bound.toFixed(3)})` +
      `  swarm accounts ${swarmAccounts}  ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
