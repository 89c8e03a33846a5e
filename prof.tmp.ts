import { buildAccountGraph } from './src/graph/index.js';
import { generateScenario } from './src/synthetic/index.js';
import { windowPostsSync } from './src/windows/index.js';
const { posts } = generateScenario({ scenario: 'medium', days: 7, targetPosts: 100000, seed: 1 });
const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now();
  for (const w of windows) buildAccountGraph(w);
  console.log('rep', rep, performance.now() - t);
}
