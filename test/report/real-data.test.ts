/**
 * analyze on the real datasets of ../shared/data (README there): the IRA troll tweets, where
 * swarms are expected (the HashtagGamer campaigns), and the useR! 2019 conference stream, an
 * organic crowd where few should be found. Skipped, with a message, only when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from 'hashtag-swarms';
import type { SwarmReport } from 'hashtag-swarms';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const present = existsSync(dataDir);
if (!present) console.warn(`real-data analyze tests skipped: ${dataDir} is absent`);

describe.skipIf(!present)('analyze on real data', () => {
  let ira: SwarmReport;
  let conference: SwarmReport;

  it('names the IRA swarms with their hashtags, led by the #MakeTVShowsCanadian game', async () => {
    ira = await analyze(path.join(dataDir, 'ira-canada/troll_tweets_canada.csv'), { schema: 'ira', seed: 1 });
    expect(ira.input.records).toBe(14_941);
    expect(ira.input.posts).toBe(7_809);
    // 2 with the default profile null (the #MakeTVShowsCanadian game group and a #cdnpoli group);
    // the uniform null finds 6 but also 16 in the conference crowd (bench/README.md).
    expect(ira.swarms.length).toBeGreaterThanOrEqual(2);
    const tags = new Set(ira.swarms.flatMap((s) => s.hashtags.map((h) => h.hashtag)));
    expect(tags.has('maketvshowscanadian')).toBe(true);
    for (const s of ira.swarms) {
      expect(s.hashtags.length).toBeGreaterThan(0);
      expect(s.significance.isSwarm).toBe(true);
      expect(s.members.length).toBeGreaterThanOrEqual(3);
    }
  }, 120_000);

  it('finds few swarms in the organic useR! 2019 conference crowd', async () => {
    conference = await analyze(path.join(dataDir, 'conference-user2019/user2019.csv'), { schema: 'rtweet', seed: 1 });
    expect(conference.input.records).toBe(8_318);
    const inSwarms = new Set(conference.swarms.flatMap((s) => s.members)).size;
    // Detection model v2 (reposts out of the evidence, the rhythm null): no swarm; the bar
    // is at most one, each explained in bench/README.md.
    expect(conference.swarms.length).toBeLessThanOrEqual(1);
    expect(inSwarms / conference.accounts.length).toBeLessThanOrEqual(0.005);
    // The reposts are counted, not dropped.
    expect(conference.windows.reduce((n, w) => n + w.repostPosts, 0)).toBeGreaterThan(0);
  }, 120_000);

  it('finds at most one swarm in the organic useR! 2018 conference crowd', async () => {
    const r = await analyze(path.join(dataDir, 'conference-user2018/user2018.ndjson'), { format: 'ndjson', seed: 1 });
    expect(r.swarms.length).toBeLessThanOrEqual(1);
  }, 120_000);
});

interface Campaign { readonly file: string; readonly hashtag: string; readonly category: string; readonly accounts: readonly string[] }
const campaignsPath = path.join(dataDir, 'ira-campaigns/campaigns.json');

describe.skipIf(!existsSync(campaignsPath))('analyze on the documented IRA hashtag operations', () => {
  const campaigns = existsSync(campaignsPath) ? (JSON.parse(readFileSync(campaignsPath, 'utf8')) as Campaign[]) : [];
  const reports = new Map<string, Promise<SwarmReport>>();
  const reportOf = (file: string): Promise<SwarmReport> => {
    if (!reports.has(file)) reports.set(file, analyze(path.join(dataDir, 'ira-campaigns', file), { schema: 'ira', seed: 1 }));
    return reports.get(file)!;
  };
  // Measured with the defaults (bench/README.md): 0.942, 0.901, 0.982, 1.000; NonEnglish 0.303.
  // The English operations are held to the 0.9 (#WearHoodieForTrayvon a little above).
  const floor: Record<string, number> = {
    wearhoodiefortrayvon: 0.93, beingblackis: 0.9, thingsyoucantignore: 0.95, secondhandgifts: 0.95, '5причинбомбитьигил': 0.25,
  };
  for (const c of campaigns) {
    it(`finds the accounts of #${c.hashtag} (${c.category}) in swarms`, async () => {
      const report = await reportOf(c.file);
      const flagged = new Set(report.swarms.filter((s) => s.significance.isSwarm).flatMap((s) => s.members));
      const recall = c.accounts.filter((a) => flagged.has(a)).length / c.accounts.length;
      expect(recall).toBeGreaterThanOrEqual(floor[c.hashtag] ?? 0.9);
      for (const s of report.swarms) {
        // Every swarm says why: member edges whose slot episodes beat their expectation.
        expect(s.significance.edges).toBeGreaterThan(0);
        expect(s.significance.episodes).toBeGreaterThan(s.significance.expectedEpisodes);
      }
    }, 120_000);
  }
});
