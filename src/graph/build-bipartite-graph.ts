/**
 * The account–hashtag bipartite graph B_W (METRICS.md §1.2.9): an edge (i, h) with weight
 * n_ih, the posts of i using h. Account and hashtag names can collide (an account called
 * `news` and the hashtag `news`), so node keys are prefixed: `a:<account>` and
 * `h:<hashtag>`; the `kind` and `label` attributes carry the type and the bare name.
 * Nodes are inserted accounts first, then hashtags, each in code-unit order.
 */
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../_lib/compare.js';
import type { Post } from '../ingest/index.js';
import type { Window } from '../windows/index.js';
import { postsOf } from './build-hashtag-graph.js';
import { buildOccurrenceTable } from './occurrence-table.js';
import type { BipartiteEdgeAttributes, BipartiteGraphResult, BipartiteNodeAttributes } from './types.js';

/**
 * Build the account–hashtag graph of a window.
 * @param input a window or a list of posts (any order).
 * @returns the graph (`a:`/`h:` keys, weight = uses) with account and hashtag counts.
 * @example
 * const { graph } = buildBipartiteGraph(window);
 * graph.getEdgeAttribute('a:alice', 'h:news', 'weight'); // posts of alice with #news
 */
export function buildBipartiteGraph(input: Window | readonly Post[]): BipartiteGraphResult {
  const posts = postsOf(input);
  const table = buildOccurrenceTable(posts);
  const nA = table.accounts.length;
  const graph = new UndirectedGraph<BipartiteNodeAttributes, BipartiteEdgeAttributes>();
  const postCount = new Int32Array(nA);
  for (let p = 0; p < table.postAccount.length; p++) postCount[table.postAccount[p]!]!++;
  const accountOrder = Array.from(table.accounts.keys()).sort((x, y) =>
    compareStrings(table.accounts[x]!, table.accounts[y]!),
  );
  for (const a of accountOrder) {
    graph.addNode(`a:${table.accounts[a]!}`, { kind: 'account', label: table.accounts[a]!, posts: postCount[a]! });
  }
  const hashtagOrder = Array.from(table.hashtags.keys()).sort((x, y) =>
    compareStrings(table.hashtags[x]!, table.hashtags[y]!),
  );
  const uses = new Int32Array(nA);
  const rows: { account: string; hashtag: string; weight: number }[] = [];
  for (const h of hashtagOrder) {
    const s = table.hashtagStart[h]!;
    const e = table.hashtagStart[h + 1]!;
    graph.addNode(`h:${table.hashtags[h]!}`, { kind: 'hashtag', label: table.hashtags[h]!, posts: e - s });
    for (let i = s; i < e; i++) uses[table.occAccount[i]!]!++;
    for (let i = s; i < e; i++) {
      const a = table.occAccount[i]!;
      if (uses[a] === 0) continue;
      rows.push({ account: table.accounts[a]!, hashtag: table.hashtags[h]!, weight: uses[a]! });
      uses[a] = 0;
    }
  }
  rows.sort((x, y) => compareStrings(x.account, y.account) || compareStrings(x.hashtag, y.hashtag));
  rows.forEach((r, k) => graph.addEdgeWithKey(String(k), `a:${r.account}`, `h:${r.hashtag}`, { weight: r.weight }));
  return { graph, accounts: nA, hashtags: table.hashtags.length };
}
