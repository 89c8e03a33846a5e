/**
 * Every example in examples/ runs as a user would run it (`npx tsx examples/NN-….ts`), imports
 * only the public API (checked here), and prints what it promises.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const tsx = join(root, 'node_modules', '.bin', 'tsx');

async function runExample(name: string, args: string[] = []): Promise<string> {
  const { stdout } = await run(tsx, [join('examples', name), ...args], { cwd: root, timeout: 120_000, maxBuffer: 16 * 2 ** 20 });
  return stdout;
}

describe('examples', () => {
  const files = readdirSync(join(root, 'examples')).filter((f) => /^\d\d-.*\.ts$/.test(f));

  it('import nothing but the public API (the root or a subpath export) and node built-ins', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const published = new Set(Object.keys(pkg.exports).map((k) => k.replace(/^\./, 'hashtag-swarms')));
    for (const f of files) {
      const code = readFileSync(join(root, 'examples', f), 'utf8');
      const specs = [...code.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
      expect(specs.filter((s) => !published.has(s) && !s.startsWith('node:')), f).toEqual([]);
    }
  });

  it('01 quick start finds the #MakeTVShowsCanadian swarms in the bundled IRA sample', async () => {
    const out = await runExample('01-quick-start.ts');
    expect(out).toMatch(/records 2091: 2091 accepted, 0 rejected/);
    expect(out).toMatch(/maketvshowscanadian/);
    expect(Number(/swarms: (\d+)/.exec(out)?.[1])).toBeGreaterThanOrEqual(1);
  });

  it('02 reads a Twitter v2 export and writes the JSON and HTML reports', async () => {
    const out = await runExample('02-twitter-v2-export.ts');
    expect(out).toMatch(/^2217 tweets from \d+ accounts, [1-9]\d* swarms/m);
    expect(out).toMatch(/wrote .*report\.json and .*report\.html/);
  });

  it('03 finds the same swarms in the Mastodon and Bluesky exports', async () => {
    const out = await runExample('03-mastodon-bluesky.ts');
    const m = /swarms found on both platforms: (\d+) of (\d+)/.exec(out);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(2);
    expect(m?.[1]).toBe(m?.[2]);
  });

  it('04 streams window by window and reports tracking events', async () => {
    const out = await runExample('04-streaming-ndjson.ts');
    expect(out).toMatch(/generated \d+ posts/);
    expect(out).toMatch(/birth swarm-/);
    expect(out).toMatch(/done: \d+ posts, \d+ windows, [1-9]\d* tracked swarms/);
  });

  it('05 maps custom columns onto the generic fields', async () => {
    const out = await runExample('05-column-mapping.ts');
    expect(out).toMatch(/2217 rows: 2217 accepted, 0 rejected/);
    expect(out).toMatch(/^swarm-\d+-\d+: /m);
  });

  it('08 shows a planted group becoming the influencer, from the verdict the report computed (issue #24 item 7)', async () => {
    const out = await runExample('08-group-becomes-influencer.ts');
    expect(Number(/Jaccard ([\d.]+) with the planted ones/.exec(out)?.[1]), out).toBeGreaterThanOrEqual(0.8);
    const reach = /group reach: ([\d.]+) % .* alone: ([\d.]+) %/.exec(out);
    expect(reach, out).not.toBeNull();
    expect(Number(reach![1])).toBeGreaterThan(Number(reach![2]));
    expect(out).toMatch(/^collective influencer: yes/m);
    // every criterion passed, the reach comparison among them
    const why = out.slice(out.indexOf('why:\n') + 5).split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(':')[0]);
    expect(why).toEqual(['swarm-lift-unsupported', 'burst-lift-significant', 'collective', 'members-weak', 'reach-above-best-member']);
    expect(out).toMatch(/^So the group is the influencer: /m);
  });

  it('07 scores detection against the planted truth', async () => {
    const out = await runExample('07-research-benchmark.ts', ['easy']);
    const f1 = /│ 'easy'.*?│ \d+\s+│ \d+\s+│ \d+\s+│ '([\d.]+)'/.exec(out);
    expect(f1, out).not.toBeNull();
    expect(Number(f1?.[1])).toBeGreaterThan(0.5);
  });
});
