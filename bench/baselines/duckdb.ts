/**
 * What a data engineer would write in SQL: load (post, account, hashtag, time) rows into DuckDB,
 * find co-hashtag pairs within Δt with a bucketed equi-join (time bin = floor(t / Δt), joined to
 * the bins −1, 0, +1 of the other side, then |Δ| ≤ Δt and a.account < b.account), and apply
 * CooRTweet's thresholds in SQL (min participation 2, weight = pair count, weight > median).
 * Louvain then runs in JS on the returned edges (the same code as the CooRTweet-style baseline),
 * so equal edge lists give equal groups. Load and join + aggregation are timed separately.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Occurrences } from '../lib/occurrences.js';
import { louvainGroups, type Group, type WeightedEdge } from './louvain-groups.js';
import { settle } from '../lib/settle.js';
import { fastestRepeat } from '../lib/repeat.js';

/** Settings of {@link duckdbCoortweet}. */
export interface DuckdbSettings {
  readonly maxLagMs: number;
  /** DuckDB worker threads (1 = the single core the other methods get). */
  readonly threads?: number;
  readonly seed?: number;
  /** Times the join is run again after the timed one (the fastest is `joinWarmMs`; default 0). */
  readonly warmRuns?: number;
  /** Stop repeating once the repeats have taken this long (ms; default: no limit). */
  readonly warmBudgetMs?: number;
}

/** Result with the phase timings in ms. */
export interface DuckdbResult {
  readonly groups: Group[];
  readonly edges: number;
  readonly keptEdges: WeightedEdge[];
  readonly threshold: number;
  readonly loadMs: number;
  readonly joinMs: number;
  /** Fastest of the `warmRuns` repeated joins (undefined without repeats). */
  readonly joinWarmMs: number | undefined;
  /** Time spent in the repeats (settling included; 0 without). */
  readonly warmRepeatsMs: number;
  readonly louvainMs: number;
}

/** The SQL: participation pre-filter, bucketed Δt join, participation filter, weights. */
export function weightsSql(maxLagMs: number): string {
  const dt = String(maxLagMs);
  return `
CREATE OR REPLACE TEMP TABLE weights AS
WITH x AS (
  SELECT post, account, hashtag, t, CAST(floor(t / ${dt}) AS BIGINT) AS bin
  FROM posts
  WHERE account IN (SELECT account FROM posts GROUP BY account HAVING count(*) >= 2)
),
pairs AS MATERIALIZED (
  SELECT a.post AS post_a, a.account AS acc_a, b.post AS post_b, b.account AS acc_b
  FROM x AS a
  JOIN (SELECT x.*, x.bin + o.d AS jbin FROM x, (VALUES (-1), (0), (1)) AS o(d)) AS b
    ON a.hashtag = b.hashtag AND a.bin = b.jbin
  WHERE abs(a.t - b.t) <= ${dt} AND a.account < b.account
),
matched AS (SELECT post_a AS post FROM pairs UNION SELECT post_b FROM pairs),
kept AS (SELECT x.account FROM x JOIN matched USING (post) GROUP BY x.account HAVING count(*) >= 2)
SELECT acc_a, acc_b, count(*) AS weight
FROM pairs
WHERE acc_a IN (SELECT account FROM kept) OR acc_b IN (SELECT account FROM kept)
GROUP BY acc_a, acc_b`;
}

/**
 * Run the DuckDB baseline.
 * @param occ interned rows
 * @param settings Δt, threads, Louvain seed
 * @returns groups, kept edges and the timings of load, join + aggregation, Louvain
 * @example
 * const r = await duckdbCoortweet(occ, { maxLagMs: 60_000 });
 */
export async function duckdbCoortweet(occ: Occurrences, settings: DuckdbSettings): Promise<DuckdbResult> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(settings.threads ?? 1) });
  const con = await instance.connect();
  try {
    let t0 = performance.now();
    await con.run('CREATE TABLE posts (post INTEGER, account INTEGER, hashtag INTEGER, t DOUBLE)');
    const app = await con.createAppender('posts');
    for (let r = 0; r < occ.rows; r++) {
      app.appendInteger(occ.post[r]!);
      app.appendInteger(occ.account[r]!);
      app.appendInteger(occ.hashtag[r]!);
      app.appendDouble(occ.timeMs[r]!);
      app.endRow();
    }
    app.closeSync();
    const loadMs = performance.now() - t0;
    const join = async (): Promise<unknown[][]> => {
      await con.run(weightsSql(settings.maxLagMs));
      const reader = await con.runAndReadAll(`
      SELECT acc_a, acc_b, weight, (SELECT count(*) FROM weights) AS n,
             (SELECT quantile_cont(weight, 0.5) FROM weights) AS threshold
      FROM weights WHERE weight > (SELECT quantile_cont(weight, 0.5) FROM weights)`);
      return reader.getRowsJS();
    };
    settle();
    t0 = performance.now();
    const rows = await join();
    const joinMs = performance.now() - t0;
    const warm = await fastestRepeat(async () => {
      const again = await join();
      if (again.length !== rows.length) throw new Error(`repeated join returned ${again.length} rows, not ${rows.length}`);
    }, settings.warmRuns ?? 0, settings.warmBudgetMs ?? Number.POSITIVE_INFINITY);
    const joinWarmMs = warm.fastestMs;
    const warmRepeatsMs = warm.spentMs;
    const keptEdges: WeightedEdge[] = rows.map((row) => ({ a: Number(row[0]), b: Number(row[1]), weight: Number(row[2]) }));
    let edges = 0;
    let threshold = Number.NaN;
    if (rows.length > 0) {
      edges = Number(rows[0]![3]);
      threshold = Number(rows[0]![4]);
    } else {
      const summary = (await con.runAndReadAll('SELECT count(*), quantile_cont(weight, 0.5) FROM weights')).getRowsJS()[0]!;
      edges = Number(summary[0]);
      threshold = summary[1] === null ? Number.NaN : Number(summary[1]);
    }
    t0 = performance.now();
    const groups = louvainGroups(keptEdges, occ.accountNames, settings.seed ?? 1, 3);
    return { groups, edges, keptEdges, threshold, loadMs, joinMs, joinWarmMs, warmRepeatsMs, louvainMs: performance.now() - t0 };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
