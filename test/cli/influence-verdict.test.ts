/**
 * The influence story the summary tells is one story (issue #24 item 7): the table has a verdict
 * column, a swarm judged a collective influencer reaches more accounts than its strongest member
 * alone (the two numbers on its row), and the closing line counts the same rows. Run as a
 * subprocess of the built CLI on a generated world with two planted swarms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/synthetic/generate-scenario.js';
import { ensureBuilt, runCli } from './helpers.js';

let dir: string;
let input: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-verdict-'));
  input = join(dir, 'world.ndjson');
  // Two planted swarms, one with a super-additive adoption response (γ = 2), one additive (γ = 1).
  const { posts } = generateScenario({ scenario: 'easy', seed: 1, accounts: 400, days: 2, swarms: 2, adoptionGammas: [2, 1], adoptionScale: 1, swarmSizeMin: 10, swarmSizeMax: 14 });
  const records = posts.map(({ timeMs, ...p }) => ({ ...p, time: new Date(timeMs).toISOString() }));
  writeFileSync(input, `${records.map((p) => JSON.stringify(p)).join('\n')}\n`);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const number = (s: string): number => (s === '–' ? NaN : Number(s.replace(/,/g, '')));

describe('hashtag-swarms analyze: the collective-influencer verdict', () => {
  it('has a verdict column that agrees with the group and member reach on each row, and a closing line that counts the rows', async () => {
    const r = await runCli(['analyze', input]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('swarm '));
    const cols = lines[header]!.split(/\s{2,}/);
    expect(cols.slice(-4)).toEqual(['group reach', 'strongest member', 'alone', 'collective']);
    const rows = [];
    for (let i = header + 2; i < lines.length && lines[i]!.startsWith('swarm-'); i++) {
      const cells = lines[i]!.split(/\s{2,}/);
      rows.push({ group: number(cells.at(-4)!), alone: number(cells.at(-2)!), verdict: cells.at(-1)! });
    }
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(['yes', 'no']).toContain(row.verdict);
      if (row.verdict === 'yes') expect(row.group, JSON.stringify(row)).toBeGreaterThan(row.alone);
    }
    const yes = rows.filter((x) => x.verdict === 'yes').length;
    expect(yes).toBeGreaterThanOrEqual(1);
    expect(rows.length - yes).toBeGreaterThanOrEqual(1);
    const m = /^collective: (\d+) of (\d+) swarms? reach more accounts together than their strongest member alone; (none|\d+) (?:is|are) judged/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![1])).toBe(rows.filter((x) => x.group > x.alone).length);
    expect(Number(m![2])).toBe(rows.length);
    expect(m![3] === 'none' ? 0 : Number(m![3])).toBe(yes);
  }, 60_000);
});
