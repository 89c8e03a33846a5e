import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateScenario, generateScenarioStream, writeScenario, toScenarioRecord } from '../../src/synthetic/index.js';
import { ingest } from '../../src/ingest/index.js';
import { readRecords } from '../../src/sources/index.js';
import { InvalidOptionsError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'hs-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeScenario', () => {
  const options = { scenario: 'medium', accounts: 400, days: 1, seed: 5 } as const;
  const scenario = generateScenario(options);

  it('writes generic NDJSON that the sources and ingest stages read back to the same posts', async () => {
    const written = writeScenario(join(dir, 'a'), scenario);
    expect(written.posts).toBe(scenario.posts.length);
    const result = await ingest(readRecords(written.postsPath, { format: 'ndjson', schema: 'generic' }));
    expect(result.rejected).toEqual([]);
    expect(result.posts.length).toBe(scenario.posts.length);
    const key = (p: { id: string; account: string; timeMs: number; hashtags: readonly string[]; likes?: number }): string =>
      JSON.stringify([p.id, p.account, p.timeMs, p.hashtags, p.likes]);
    expect(result.posts.map(key)).toEqual(scenario.posts.map(key));
    expect(JSON.parse(readFileSync(written.truthPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(scenario.truth)));
  });

  it('writes the same bytes from a stream as from the collected scenario', () => {
    const a = writeScenario(join(dir, 'b'), scenario);
    const b = writeScenario(join(dir, 'c'), generateScenarioStream(options));
    expect(readFileSync(b.postsPath, 'utf8')).toBe(readFileSync(a.postsPath, 'utf8'));
    expect(readFileSync(b.truthPath, 'utf8')).toBe(readFileSync(a.truthPath, 'utf8'));
  });

  it('returns ISO times and only the fields a post has', () => {
    const record = toScenarioRecord({ id: 'p1-0', account: 'u000001', timeMs: Date.UTC(2024, 0, 1, 0, 3, 12), hashtags: ['a'] });
    expect(record).toEqual({ id: 'p1-0', account: 'u000001', time: '2024-01-01T00:03:12.000Z', hashtags: ['a'] });
  });

  it('throws InvalidOptionsError on an empty directory name', () => {
    expect(() => writeScenario('', scenario)).toThrow(InvalidOptionsError);
  });
});
