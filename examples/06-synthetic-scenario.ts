/**
 * Generate the `medium` synthetic scenario (small size for speed) and print a summary of
 * what was planted: posts, accounts, swarms, hashtags, coordinated share, events.
 *
 * Run: npx tsx examples/06-synthetic-scenario.ts
 */
import { generateScenario, evaluateSwarms } from 'hashtag-swarms';

const { posts, truth } = generateScenario({ scenario: 'medium', accounts: 800, days: 2, seed: 42 });

const accounts = new Set(posts.map((p) => p.account)).size;
const hashtags = new Set(posts.flatMap((p) => p.hashtags)).size;
const members = new Set(truth.swarms.flatMap((s) => s.members)).size;
const coordinatedShare = truth.coordinatedPostIds.length / posts.length;

console.log(`scenario: ${truth.scenario} (seed ${truth.options.seed}, ${truth.options.days} days)`);
console.log(`posts: ${posts.length}`);
console.log(`accounts: ${accounts} posting of ${truth.accounts}`);
console.log(`hashtags: ${hashtags}`);
console.log(`swarms: ${truth.swarms.length} with ${members} members`);
console.log(`coordinated share: ${(100 * coordinatedShare).toFixed(2)} %`);
console.log(`shocks: ${truth.shocks.length}`);
for (const swarm of truth.swarms) {
  console.log(
    `  ${swarm.id}  size ${String(swarm.members.length).padStart(2)}  bursts ${String(swarm.bursts).padStart(2)}  ` +
      `participation ${swarm.measuredParticipation.toFixed(2)}  tags ${swarm.hashtags.join(' ')}`,
  );
}

// The truth scores itself perfectly: a sanity check of the evaluation API.
const self = evaluateSwarms(truth.swarms, truth);
console.log(`self-evaluation AMI: ${self.ami?.toFixed(3)}`);
