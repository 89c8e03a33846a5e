/**
 * The research loop: generate a scenario with planted swarms, analyse it with default options,
 * and score the detection against the ground truth (account F1, AMI, best-match F1), for each
 * rung of the difficulty ladder at a small size.
 *
 * Run: npx tsx examples/07-research-benchmark.ts [scenario …]
 */
import { analyze, evaluateSwarms, generateScenario } from 'hashtag-swarms';
import type { ScenarioName } from 'hashtag-swarms';

const scenarios = (process.argv.length > 2 ? process.argv.slice(2) : ['null', 'easy']) as ScenarioName[];
const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3));
const rows = [];
for (const scenario of scenarios) {
  const { posts, truth } = generateScenario({ scenario, seed: 1, accounts: 800, days: 2 });
  const started = Date.now();
  const report = await analyze(posts, { seed: 1 });
  const scores = evaluateSwarms(report, truth);
  rows.push({
    scenario, posts: posts.length, planted: truth.swarms.length, found: report.swarms.length,
    'account F1': fmt(scores.accounts.f1), AMI: fmt(scores.ami), 'best-match F1': fmt(scores.bestMatchF1),
    seconds: ((Date.now() - started) / 1000).toFixed(1),
  });
}
console.table(rows);
