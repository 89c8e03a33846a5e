import { writeFileSync } from 'node:fs';
import { generateScenario } from './src/synthetic/index.js';
const n = Number(process.argv[2]);
const { posts } = generateScenario({ scenario: 'medium', days: 7, targetPosts: n, seed: 1 });
writeFileSync(`/tmp/posts-${n}.json`, JSON.stringify(posts.map((p) => [p.id, p.account, p.timeMs, p.hashtags])));
console.log(posts.length);
