/**
 * Stream a large NDJSON file through `analyzeStream`: windows close as the input is read, and
 * each window's swarms and tracking events are printed at once — the "command center" use.
 * Memory holds the open windows, not the file. The file is generated here (a synthetic
 * `dynamic` scenario whose swarms are born, merge, split and die), written to a temp folder.
 *
 * Run: npx tsx examples/04-streaming-ndjson.ts [posts.ndjson]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeStream, generateScenarioStream, writeScenario } from 'hashtag-swarms';

let file = process.argv[2];
if (file === undefined) {
  const written = writeScenario(join(tmpdir(), 'hashtag-swarms-example-04'), generateScenarioStream({ scenario: 'dynamic', accounts: 600, days: 4, seed: 4 }));
  file = written.postsPath;
  console.log(`generated ${written.posts} posts in ${file}`);
}

const stream = analyzeStream(file, { window: '24h', step: '12h', seed: 1 });
let step = await stream.next();
while (!step.done) {
  const { window, swarms, events } = step.value;
  const mb = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  const happened = events.map((e) => `${e.type} ${e.swarmIds.join('+')}`).join(', ') || 'no events';
  console.log(`${window.start}  ${String(window.posts).padStart(6)} posts  ${swarms.length} swarms  ${happened}  (rss ${mb} MB)`);
  step = await stream.next();
}
const report = step.value;
console.log(`done: ${report.input.accepted} posts, ${report.windows.length} windows, ${report.swarms.length} tracked swarms`);
