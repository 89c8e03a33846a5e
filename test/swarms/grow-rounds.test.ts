/**
 * Growth in rounds (METRICS.md §6.5 "Growth"), on the bundled IRA slice: the hashtag game
 * #MakeTVShowsCanadian (2017-08-03, 22 accounts posting every few minutes for two hours) comes out
 * of the edge filter as two swarms that each share every burst with players outside them, so each
 * owns few bursts and takes in few players in one round; grown swarms own more, and three rounds
 * take in every player.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyze, readRecords } from '../../src/index.js';

const FILE = fileURLToPath(new URL('../../examples/data/ira-canada-2017q3.csv', import.meta.url));

async function players(): Promise<Set<string>> {
  const accounts = new Set<string>();
  for await (const r of readRecords(FILE, { schema: 'ira' })) {
    if (r.kind === 'record' && /#maketvshowscanadian\b/i.test(String(r.value.text ?? ''))) accounts.add(String(r.value.account));
  }
  return accounts;
}

async function flagged(options: object): Promise<Set<string>> {
  const report = await analyze(FILE, { schema: 'ira', seed: 1, ...options });
  return new Set(report.swarms.filter((s) => s.significance.isSwarm).flatMap((s) => s.members));
}

describe('growth in rounds', () => {
  it('takes in every player of the hashtag game with the defaults, and fewer in one round', async () => {
    const game = await players();
    expect(game.size).toBe(22);
    const all = await flagged({});
    expect([...game].filter((a) => all.has(a))).toHaveLength(22);
    // Nobody outside the game is flagged either way.
    expect([...all].filter((a) => !game.has(a))).toEqual([]);
    const oneRound = await flagged({ swarms: { growRounds: 1 } });
    expect([...game].filter((a) => oneRound.has(a)).length).toBeLessThan(22);
    expect([...oneRound].every((a) => all.has(a))).toBe(true);
  }, 60_000);
});
